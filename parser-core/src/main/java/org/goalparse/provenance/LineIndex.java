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
    private int[] lineEnd = new int[64];
    private final String flat;
    private int rows;
    /** The chars of the text (white space left out), {@link #length} of them used. */
    private char[] chars;
    private int length;
    /** Per char of {@link #text}: the index of its line in {@link #lines}. */
    private int[] lineOf;
    /** Per char of {@link #text}: its offset in code points in {@code goalparse text}, -1 when unknown. */
    private int[] offset;

    LineIndex(Layout layout) {
        int capacity = 0;
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    for (Line l : tb.lines()) {
                        capacity += l.text().length();
                    }
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        for (Cell cell : row.cells()) {
                            for (Line l : cell.lines()) {
                                capacity += l.text().length();
                            }
                        }
                    }
                }
            }
        }
        chars = new char[capacity];
        lineOf = new int[capacity];
        offset = new int[capacity];
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    for (Line l : tb.lines()) {
                        add(l, page, -1, null);
                    }
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        int key = rows++;
                        for (Cell cell : row.cells()) {
                            for (Line l : cell.lines()) {
                                add(l, page, key, cell.address());
                            }
                        }
                    }
                }
            }
        }
        flat = new String(chars, 0, length);
        chars = null;
    }

    private void add(Line line, Page page, int row, String cell) {
        int index = lines.size();
        lines.add(new Placed(line, page.number(), page.label(), row, cell));
        String s = line.text();
        int start = line.provenance().start();
        int from = length;
        int k = 0; // code points of the line before the char at i
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            // a surrogate is never white space: both halves of a code point are kept, with its offset
            if (!blank(c)) {
                chars[length] = c;
                lineOf[length] = index;
                offset[length] = start + k;
                length++;
            }
            if (!Character.isHighSurrogate(c) || i + 1 >= len || !Character.isLowSurrogate(s.charAt(i + 1))) {
                k++;
            }
        }
        // offsets hold only for a line as it was stamped (LayoutText.stamped): one changed since has none
        if (start < 0 || line.provenance().end() - start != k) {
            java.util.Arrays.fill(offset, from, length, -1);
        }
        if (index == lineEnd.length) {
            lineEnd = java.util.Arrays.copyOf(lineEnd, index * 2);
        }
        lineEnd[index] = length;
    }

    /** White space, char by char (the common ones decided without Character's tables). */
    private static boolean blank(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        if (c == 0x3000) {
            return true;
        }
        return c < 0x3000 && blank((int) c);
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
        return lineEnd[lineIndex];
    }

    /** The index in {@link #text()} of the first char of the line at {@code lineIndex}. */
    int lineStart(int lineIndex) {
        return lineIndex == 0 ? 0 : lineEnd[lineIndex - 1];
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
