package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.BBox;
import org.junit.jupiter.api.Test;

/** Borderless tables of two prose columns whose rows open side by side (goals beside their results). */
class PairedColumnsTest {
    private static final float EM = 10;
    private static final float PITCH = 13;

    /** Lines one below the other from {@code top}, each {@code width} ems wide (the last one shorter). */
    private static float column(List<TextLine> out, float x, float top, float width, String... texts) {
        float y = top;
        for (int i = 0; i < texts.length; i++) {
            float w = (i == texts.length - 1 ? width / 2 : width) * EM;
            out.add(new TextLine(texts[i], new BBox(x, y, x + w, y + EM), EM, false, false));
            y += PITCH;
        }
        return y;
    }

    private static List<List<String>> cells(StreamTable.Found f) {
        return f.rows().stream().map(r -> r.stream().map(c -> String.join("/", c.stream().map(TextLine::text).toList()))
                .toList()).toList();
    }

    @Test
    void rowsOpeningSideBySideWithTheSameNumbersAreOneTableRowByRow() {
        List<TextLine> lines = new ArrayList<>();
        float y = 100;
        // each row as tall as its taller cell: the results run longer than the goals
        for (int n = 1; n <= 3; n++) {
            column(lines, 50, y, 15, n + " 地域活動の推進", "自治会と連携して", "活動を支えます。");
            float bottom = column(lines, 230, y, 20, n + " 地域活動の推進", "研修会を開き", "参加者が増え", "目標に届きました。");
            y = bottom + 5;
        }
        List<StreamTable.Found> found = PairedColumns.find(lines);
        assertEquals(1, found.size());
        assertEquals(List.of(
                List.of("1 地域活動の推進/自治会と連携して/活動を支えます。", "1 地域活動の推進/研修会を開き/参加者が増え/目標に届きました。"),
                List.of("2 地域活動の推進/自治会と連携して/活動を支えます。", "2 地域活動の推進/研修会を開き/参加者が増え/目標に届きました。"),
                List.of("3 地域活動の推進/自治会と連携して/活動を支えます。", "3 地域活動の推進/研修会を開き/参加者が増え/目標に届きました。")),
                cells(found.get(0)));
        assertEquals(lines.size(), found.get(0).members().size());
    }

    @Test
    void theRestOfACellCarriedOverFromThePageBeforeIsTheFirstRow() {
        List<TextLine> lines = new ArrayList<>();
        float y = column(lines, 230, 60, 20, "説明会を開き周知しました。", "窓口の案内も改めました。");
        column(lines, 50, y + 5, 15, "【人権推進課】", "4 講座の開催", "年に三度開きます。");
        column(lines, 230, y + 5, 20, "4 講座の開催", "講座を三度開きました。");
        column(lines, 50, y + 60, 15, "5 相談の充実", "相談の日を増やします。");
        column(lines, 230, y + 60, 20, "5 相談の充実", "相談の日を増やしました。");
        List<StreamTable.Found> found = PairedColumns.find(lines);
        assertEquals(1, found.size());
        List<List<String>> cells = cells(found.get(0));
        assertEquals(List.of("", "説明会を開き周知しました。/窓口の案内も改めました。"), cells.get(0));
        assertEquals(List.of("【人権推進課】/4 講座の開催/年に三度開きます。", "4 講座の開催/講座を三度開きました。"), cells.get(1));
        assertEquals(3, cells.size());
    }

    @Test
    void independentColumnsStayText() {
        // two columns of numbered paragraphs that open at one height but are numbered differently: an article's
        // two columns, not a table's rows
        List<TextLine> lines = new ArrayList<>();
        column(lines, 50, 100, 15, "1 市の取組について", "今年は新しい講座を", "開きました。");
        column(lines, 230, 100, 20, "4 来年の予定", "講座をさらに増やし", "参加を呼びかけます。");
        column(lines, 50, 145, 15, "2 市の取組の成果", "講座には多くの方が", "参加しました。");
        column(lines, 230, 145, 20, "5 問い合わせ先", "市民協働の窓口まで", "お寄せください。");
        assertEquals(List.of(), PairedColumns.find(lines));
        // and a line running across the gutter ends the table: prose below it is no cell
        lines.clear();
        column(lines, 50, 100, 15, "1 地域活動の推進", "自治会と連携します。");
        column(lines, 230, 100, 20, "1 地域活動の推進", "研修会を開きました。");
        column(lines, 50, 130, 15, "2 防犯の強化", "見守りを進めます。");
        column(lines, 230, 130, 20, "2 防犯の強化", "見守りを広げました。");
        column(lines, 50, 160, 40, "この表は年度末に部長が取りまとめて公表するものです。", "以上");
        List<StreamTable.Found> found = PairedColumns.find(lines);
        assertEquals(1, found.size());
        assertEquals(8, found.get(0).members().size());
    }
}
