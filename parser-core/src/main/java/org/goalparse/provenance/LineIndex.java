package org.goalparse.provenance;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.BBox;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;

/**
 * The text of a layout's lines in reading order (the order of {@code goalparse text}) without white space, each
 * character with the line it stands on and its offset in {@code goalparse text}: a value, also written without white
 * space, is found here whether the parser joined it from several lines, cells or pages or not.
 */
final class LineIndex {
    /**
     * A line with its page (1-based), the page's label (a sheet's name, else null), its table row (a number
     * shared by the lines of one row of one table, -1 outside tables) and its cell's spreadsheet address (else null).
     */
    record Placed(Line line, int page, String label, int row, String cell) {
        BBox box() {
            return line.provenance().bbox();
        }
    }

    private final List<Placed> lines = new ArrayList<>();
    /** Per line of {@link #lines}: the index in {@link #text} just past its last char. */
    private final List<Integer> lineEnd = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final String flat;
    private int rows;
    /** Per char of {@link #text}: the index of its line in {@link #lines}. */
    private int[] lineOf = new int[256];
    /** Per char of {@link #text}: its offset in code points in {@code goalparse text}, -1 when unknown. */
    private int[] offset = new int[256];

    LineIndex(Layout layout) {
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    tb.lines().forEach(l -> add(l, page, -1, null));
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        int key = rows++;
                        for (Cell cell : row.cells()) {
                            cell.lines().forEach(l -> add(l, page, key, cell.address()));
                        }
                    }
                }
            }
        }
        flat = text.toString();
    }

    private void add(Line line, Page page, int row, String cell) {
        int index = lines.size();
        lines.add(new Placed(line, page.number(), page.label(), row, cell));
        String s = line.text();
        int start = line.provenance().start();
        // offsets hold only for a line as it was stamped (LayoutText.stamped): one changed since has none
        boolean known = start >= 0 && line.provenance().end() - start == s.codePointCount(0, s.length());
        int k = 0;
        char[] cs = s.toCharArray();
        ensure(text.length() + cs.length);
        for (int i = 0; i < cs.length; ) {
            int cp = Character.codePointAt(cs, i);
            int n = Character.charCount(cp);
            if (!blank(cp)) {
                for (int u = 0; u < n; u++) {
                    put(cs[i + u], index, known ? start + k : -1);
                }
            }
            i += n;
            k++;
        }
        lineEnd.add(text.length());
    }

    private void ensure(int capacity) {
        if (capacity > lineOf.length) {
            int size = Math.max(capacity, lineOf.length * 2);
            lineOf = java.util.Arrays.copyOf(lineOf, size);
            offset = java.util.Arrays.copyOf(offset, size);
        }
    }

    private void put(char c, int line, int at) {
        int i = text.length();
        text.append(c);
        lineOf[i] = line;
        offset[i] = at;
    }

    static boolean blank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** {@code s} without white space, as values are looked for. */
    static String compact(String s) {
        int len = s.length();
        char[] out = null;
        int k = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            boolean space = !Character.isSurrogate(c) && blank(c);
            if (space) {
                if (out == null) {
                    out = new char[len];
                    s.getChars(0, i, out, 0);
                    k = i;
                }
            } else if (out != null) {
                out[k++] = c;
            }
        }
        return out == null ? s : new String(out, 0, k);
    }

    String text() {
        return flat;
    }

    Placed line(int charIndex) {
        return lines.get(lineOf[charIndex]);
    }

    /** Whether the chars at {@code a} and {@code b} stand in one row of one table. */
    boolean sameRow(int a, int b) {
        int ra = lines.get(lineOf[a]).row();
        return ra >= 0 && ra == lines.get(lineOf[b]).row();
    }

    int lineIndex(int charIndex) {
        return lineOf[charIndex];
    }

    /** The index in {@link #text()} just past the last char of the line at {@code lineIndex}. */
    int lineEnd(int lineIndex) {
        return lineEnd.get(lineIndex);
    }

    /** The index in {@link #text()} of the first char of the line at {@code lineIndex}. */
    int lineStart(int lineIndex) {
        return lineIndex == 0 ? 0 : lineEnd.get(lineIndex - 1);
    }

    /** How many lines the index holds. */
    int lines() {
        return lines.size();
    }

    Placed lineAt(int lineIndex) {
        return lines.get(lineIndex);
    }

    /** The offset in {@code goalparse text} of the char at {@code charIndex}, -1 when unknown. */
    int offset(int charIndex) {
        return offset[charIndex];
    }
}
