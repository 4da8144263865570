package org.goalparse.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;

/**
 * Decoded plain text -> one page of blocks. Runs of consecutive lines holding TAB characters are table rows
 * (one cell per TAB-separated field, empty fields kept so columns stay aligned), and so are lines whose cells
 * are separated by {@code |} (web pages and Markdown flattened to text print their tables as
 * {@code 部局名 | 部長名 |} or {@code | a | b |}); other lines form text blocks separated by blank lines. Every line
 * keeps its character offsets into the decoded text.
 */
public final class TextExtractor {
    static final String NAME = "text";

    /** A line of the text as a [start, end) span without its terminator. */
    record Span(int start, int end) {
    }

    public Layout extract(String text, String mediaType) {
        List<Block> blocks = new ArrayList<>();
        List<Line> paragraph = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int tableStart = -1;
        int tableEnd = -1;
        List<Span> spans = splitLines(text);
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            String line = text.substring(span.start(), span.end());
            char separator = separator(line);
            boolean tabbed = separator != 0;
            if (!tabbed && !rows.isEmpty() && k + 1 < spans.size()) {
                Row wrapped = wrappedRow(text, span, spans.get(k + 1), rows.get(0).cells().size());
                if (wrapped != null) { // a row whose cell wrapped onto the next line: one row, that cell two lines
                    rows.add(wrapped);
                    tableEnd = spans.get(k + 1).end();
                    k++;
                    continue;
                }
            }
            if (!tabbed && !rows.isEmpty()) {
                blocks.add(new Table(rows, Provenance.ofOffsets(1, tableStart, tableEnd)));
                rows = new ArrayList<>();
            }
            if ((tabbed || line.isBlank()) && !paragraph.isEmpty()) {
                blocks.add(textBlock(paragraph));
                paragraph = new ArrayList<>();
            }
            if (tabbed) {
                if (rows.isEmpty()) {
                    tableStart = span.start();
                }
                tableEnd = span.end();
                if (!isRuleRow(line)) {
                    rows.add(row(text, span, separator));
                }
            } else if (!line.isBlank()) {
                paragraph.add(new Line(line, Provenance.ofOffsets(1, span.start(), span.end())));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, Provenance.ofOffsets(1, tableStart, tableEnd)));
        }
        if (!paragraph.isEmpty()) {
            blocks.add(textBlock(paragraph));
        }
        return new Layout(mediaType, null, NAME, List.of(new Page(1, 0, 0, blocks)), List.of());
    }

    private static TextBlock textBlock(List<Line> lines) {
        int start = lines.get(0).provenance().start();
        int end = lines.get(lines.size() - 1).provenance().end();
        return new TextBlock(lines, Provenance.ofOffsets(1, start, end));
    }

    /**
     * What separates a row's cells: TAB, or {@code |} where the line has at least two of them or starts or ends
     * with one (one bar in running text is no table); 0 for a line of text.
     */
    static char separator(String line) {
        if (line.indexOf('\t') >= 0) {
            return '\t';
        }
        int bars = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                bars++;
            }
        }
        String s = line.strip();
        if (bars >= 2 || (bars == 1 && s.length() > 1 && (s.charAt(0) == '|' || s.charAt(s.length() - 1) == '|'))) {
            return '|';
        }
        return 0;
    }

    private static Row row(String text, Span span, char separator) {
        List<Cell> cells = new ArrayList<>();
        int from = span.start();
        int to = span.end();
        if (separator == '|') { // the bars that open and close a row bound it; they separate no cell
            String line = text.substring(from, to);
            int lead = line.indexOf('|');
            if (line.substring(0, lead).isBlank()) {
                from += lead + 1;
            }
            int trail = text.lastIndexOf('|', to - 1);
            if (trail >= from && text.substring(trail + 1, to).isBlank()) {
                to = trail;
            }
        }
        int cellStart = from;
        int column = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == separator) {
                String content = text.substring(cellStart, i);
                Provenance p = Provenance.ofOffsets(1, cellStart, i);
                List<Line> lines = content.isBlank() ? List.of() : List.of(new Line(content, p));
                cells.add(new Cell(lines, column++, p));
                cellStart = i + 1;
            }
        }
        return new Row(cells);
    }

    /**
     * A pipe table's row broken inside a cell ({@code 北部事務所市民局 | 所長 山田一郎} then {@code 局長 川口花子 | 市民課 |
     * 10 |}): the first line has one bar, neither opening nor closing it, and the next is a pipe row; together they
     * fill the header's columns exactly, the cell at the break holding both lines. Else null.
     */
    private static Row wrappedRow(String text, Span first, Span next, int columns) {
        String a = text.substring(first.start(), first.end());
        String b = text.substring(next.start(), next.end());
        if (separator(a) != 0 || a.indexOf('|') < 0 || separator(b) != '|' || b.strip().startsWith("|")) {
            return null;
        }
        Row head = row(text, first, '|');
        Row tail = row(text, next, '|');
        int n = head.cells().size() + tail.cells().size() - 1;
        if (head.cells().size() != 2 || n != columns) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(head.cells().get(0));
        Cell joinA = head.cells().get(1);
        Cell joinB = tail.cells().get(0);
        List<Line> lines = new ArrayList<>(joinA.lines());
        lines.addAll(joinB.lines());
        cells.add(new Cell(lines, 1, Provenance.ofOffsets(1, joinA.provenance().start(), joinB.provenance().end())));
        for (int i = 1; i < tail.cells().size(); i++) {
            Cell c = tail.cells().get(i);
            cells.add(new Cell(c.lines(), i + 1, c.provenance()));
        }
        return new Row(cells);
    }

    /** A Markdown table's header rule ("---\t-----"): structure, not content. */
    static boolean isRuleRow(String line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != ':' && c != '|' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** Splits on LF, CRLF, CR, NEL (U+0085), LINE and PARAGRAPH SEPARATOR; a final empty line is dropped. */
    static List<Span> splitLines(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                spans.add(new Span(start, i));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            spans.add(new Span(start, text.length()));
        }
        return spans;
    }
}
