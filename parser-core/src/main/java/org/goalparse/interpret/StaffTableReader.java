package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goalparse.model.Division;
import org.goalparse.model.Person;
import org.goalparse.outline.TableNode;

/** Organisation tables (課名 / 課長名 / 職員数): divisions with their heads (kana reading kept apart) and staff. */
final class StaffTableReader {
    List<Division> read(TableNode table) {
        List<TableNode.Row> rows = table.rows();
        int h = TableColumns.rowWith(rows, "課名|所属名");
        List<Division> out = new ArrayList<>();
        if (h < 0) {
            return out;
        }
        Map<Integer, String> headers = TableColumns.headers(rows, h, h + 1);
        List<Integer> nameCol = TableColumns.columnsMatching(headers, "^(課名|所属名|課等名)$");
        List<Integer> headCol = TableColumns.columnsMatching(headers, "課長名|所属長|氏名");
        List<Integer> staffCol = TableColumns.columnsMatching(headers, "職員数|人数");
        if (nameCol.isEmpty()) {
            return out;
        }
        for (int i = h + 1; i < rows.size(); i++) {
            String name = Texts.compact(TableColumns.cell(rows.get(i), nameCol.get(0)));
            if (name.isEmpty()) {
                continue;
            }
            Person head = null;
            if (!headCol.isEmpty()) {
                String[] rn = PersonNames.spacedWithReading(TableColumns.cell(rows.get(i), headCol.get(0)));
                if (rn != null) {
                    head = new Person(rn[1], rn[0]);
                }
            }
            Integer staff = null;
            if (!staffCol.isEmpty()) {
                String s = TableColumns.cell(rows.get(i), staffCol.get(0)).replaceAll("[人名\\s]", "");
                if (s.matches("\\d{1,5}")) {
                    staff = Integer.parseInt(s);
                }
            }
            out.add(new Division(name, head, staff, List.of()));
        }
        return out;
    }
}
