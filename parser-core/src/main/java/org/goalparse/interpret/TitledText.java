package org.goalparse.interpret;

import java.util.List;
import org.goalparse.outline.Node;
import org.goalparse.outline.TableNode;

/** A cell that opens with a title line: the title, and the rest as the body (items keep their markers). */
record TitledText(String title, String body) {
    static TitledText of(TableNode.Cell cell) {
        List<Node> content = cell == null ? List.of() : cell.content();
        String title = content.isEmpty() ? null : content.get(0).text();
        String body = String.join("\n", content.stream().skip(1).map(GoalTableReader::raw).toList());
        return new TitledText(title, body);
    }
}
