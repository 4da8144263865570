package org.goalparse.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where a paragraph wrapped in a text that a rendition (a PDF turned into text) printed on one line with
 * a space at each former line end: {@code …意 思疎通を円滑なものとするため、市国際交流 協会と連携し…}. Such a text
 * splits, at its spaces between two full-width characters, into pieces of one width (the column it was set in),
 * the last no wider; that regularity is the evidence, whatever the words on either side are
 * ({@code 交流 協会}, {@code 整備 計画} look like two words to a dictionary, but sit exactly at the column's edge).
 * Widths count full-width characters as 1 and half-width ones as ½; the tolerance covers hanging punctuation and
 * proportional digits. Only a text that ends a sentence ({@code 。}) is read as a paragraph: label and value pairs
 * ({@code 目標値:地域ケア会議の開催 年12回、認知症サポーターの養成 累計4,500人}) can fall into pieces of similar
 * width too.
 * <p>
 * A first piece that is a heading (the text starts with a number or a bullet and the piece holds no {@code 、。})
 * ended its line because the heading ended, so it is neither measured nor joined to its body. Columns narrower
 * than {@link #MIN_WIDTH} (names, lists of divisions) and texts of fewer than two full pieces give no evidence.
 */
final class WrappedLines {
    /** The narrowest column that sets running text. */
    static final double MIN_WIDTH = 12;
    private static final int MIN_PIECES = 2;

    private WrappedLines() {
    }

    /** The indices of the spaces of {@code s} (single spaces, as {@link Whitespace} leaves them) that are line wraps. */
    static Set<Integer> wrapPoints(String s) {
        List<Integer> splits = new ArrayList<>();
        for (int i = 1; i < s.length() - 1; i++) {
            if (s.charAt(i) == ' ' && isWide(s.charAt(i - 1)) && isWide(s.charAt(i + 1))) {
                splits.add(i);
            }
        }
        if (splits.size() < MIN_PIECES || s.charAt(s.length() - 1) != '。') {
            return Set.of();
        }
        int first = startsWithMarker(s) && !hasClauseBreak(s.substring(0, splits.get(0))) ? 1 : 0;
        // pieces first..splits.size()-1 end at a split point; the last piece runs to the end of the text
        int full = splits.size() - first;
        if (full < MIN_PIECES) {
            return Set.of();
        }
        double[] widths = new double[full];
        for (int k = 0; k < full; k++) {
            int p = k + first;
            int from = p == 0 ? 0 : splits.get(p - 1) + 1;
            widths[k] = width(s, from, splits.get(p));
        }
        double w = median(widths);
        double tolerance = Math.max(2, w * 0.1);
        if (w < MIN_WIDTH) {
            return Set.of();
        }
        for (double x : widths) {
            if (Math.abs(x - w) > tolerance) {
                return Set.of();
            }
        }
        if (width(s, splits.get(splits.size() - 1) + 1, s.length()) > w + tolerance) {
            return Set.of();
        }
        return new HashSet<>(splits.subList(first, splits.size()));
    }

    /** Full-width text: kanji, kana and Japanese punctuation and brackets (what NFKC leaves full width). */
    private static boolean isWide(char c) {
        return c >= '\u2E80' && !(c >= '\uFF61' && c <= '\uFF9F');
    }

    private static double width(String s, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ') {
                w += isWide(c) ? 1 : 0.5;
            }
        }
        return w;
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A list number or bullet opens the text: {@code 1 }, {@code (2)}, {@code ③}, {@code ・}, {@code ○}, {@code 【}. */
    private static boolean startsWithMarker(String s) {
        char c = s.charAt(0);
        return CharKind.isDigit(c) || c == '(' || c == '・' || c == '【' || CharKind.isMarkerSymbol(c);
    }

    private static boolean hasClauseBreak(String piece) {
        return piece.indexOf('、') >= 0 || piece.indexOf('。') >= 0;
    }
}
