package org.goalparse.layout;

import java.util.stream.Collectors;

/**
 * Renders a layout as plain text for people ({@code goalparse text}): one line per line, a blank
 * line between blocks, table rows as cells separated by " | " with a cell's lines joined by " / ".
 */
public final class LayoutText {
    private LayoutText() {
    }

    public static String render(Layout layout) {
        StringBuilder sb = new StringBuilder();
        for (Page page : layout.pages()) {
            if (layout.pageCount() != null && layout.pageCount() > 1) {
                sb.append("--- page ").append(page.number()).append(" ---\n");
            }
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    tb.lines().forEach(l -> sb.append(l.text()).append('\n'));
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        sb.append(row.cells().stream()
                                .map(c -> c.lines().stream().map(Line::text).collect(Collectors.joining(" / ")))
                                .collect(Collectors.joining(" | ")));
                        sb.append('\n');
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
