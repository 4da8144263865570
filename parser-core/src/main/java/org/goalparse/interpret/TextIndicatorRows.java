package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.QuantityExtractor;
import org.goalparse.ja.QuantityMatch;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Achievement;
import org.goalparse.model.Goal;
import org.goalparse.model.Quantity;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/**
 * A table of indicators printed as plain text lines, one row a line, under a header naming its columns
 * ({@link Lexicon#TEXT_TABLE_HEADER_CELL}: the target column before the result column, maybe a rate):
 * <pre>
 * 目標値 実績
 * (平成18年度)
 * 達成率
 * 1.施設
 * 1-1 図書館数 1館 1館 100%
 * 1-2 自動車図書館数2台 2台 100%
 * 2-1 職員数(内司書数) 6(6)人 5(4)人 83%
 *     (注:寄贈本、雑誌を含む)
 * </pre>
 * Each row is an optional code (1-1, (1), ①), the indicator's name, its target figure, its result figure and maybe
 * a rate: one goal titled by the name, its target the first figure, its achievement the second. The name may be
 * glued to its figure (自動車図書館数2台), so the figures are found by the quantity extractor, from the line's end.
 * Category lines (1.施設) and notes (注:…) between rows are passed over; a row whose figures cannot be read is
 * skipped. At least {@link #MIN_ROWS} rows; read only when no other reader found goals.
 */
final class TextIndicatorRows {
    static final int MIN_ROWS = 3;
    /** The longest line that is neither a row nor prose: a category (1.施設), a note, a header's leftover. */
    private static final int PASSED_OVER_MAX = 60;
    /** The codes an indicator table numbers its rows with: 1-1, 3-2, (1), ①. */
    static final String ROW_CODE = "\\d+(?:[-‐－―ー]\\d+)+|[((]\\d+[))]|[①-⑳]";
    /** A row's code before its name: 1-1, 3-2, (1), ①, 1.. */
    private static final Pattern CODE = Pattern.compile("^\\s*(?:" + ROW_CODE + "|\\d+[.．])\\s*");
    /** A breakdown in brackets between a figure and its counter: 6(6)人 is 6人, of whom 6 (内司書数). */
    private static final Pattern BREAKDOWN = Pattern.compile("(?<=\\d)[((]\\d+[))]");
    private static final Pattern FIGURE_DIGITS = Pattern.compile("[\\d,.]+$");

    ItemGoals.Read read(Outline outline) {
        List<Node> nodes = OutlineTexts.nodes(outline);
        for (int i = 0; i < nodes.size(); i++) {
            int start = header(nodes, i);
            if (start < 0) {
                continue;
            }
            boolean rated = false;
            List<String> consumed = new ArrayList<>();
            for (int h = i; h < start; h++) {
                rated |= Lexicon.TEXT_TABLE_RATE_COLUMN.matcher(nodes.get(h).text()).find();
                consumed.add(nodes.get(h).text());
            }
            List<Goal> goals = new ArrayList<>();
            for (int j = start; j < nodes.size(); j++) {
                String line = OutlineTexts.line(nodes.get(j)).strip();
                Goal g = row(line, rated);
                if (g != null) {
                    goals.add(g);
                } else if (line.length() > PASSED_OVER_MAX || Lexicon.SENTENCE_END.matcher(line).find()) {
                    break; // prose after the table
                }
                consumed.add(nodes.get(j).text());
            }
            if (goals.size() >= MIN_ROWS) {
                return new ItemGoals.Read(goals, consumed);
            }
        }
        return ItemGoals.Read.NONE;
    }

    /**
     * Where the rows start when a header begins at node {@code i}: a run of lines of nothing but column names, the
     * target column named before the result column; -1 when none begins there.
     */
    private static int header(List<Node> nodes, int i) {
        int target = -1;
        int result = -1;
        int offset = 0;
        int j = i;
        for (; j < nodes.size() && isHeaderLine(nodes.get(j).text()); j++) {
            String t = nodes.get(j).text();
            Matcher tm = Lexicon.TEXT_TABLE_TARGET_COLUMN.matcher(t);
            if (target < 0 && tm.find()) {
                target = offset + tm.start();
            }
            Matcher rm = Lexicon.TEXT_TABLE_RESULT_COLUMN.matcher(t);
            if (result < 0 && rm.find()) {
                result = offset + rm.start();
            }
            offset += t.length() + 1;
        }
        return target >= 0 && result > target ? j : -1;
    }

    private static boolean isHeaderLine(String text) {
        String t = text.strip();
        return !t.isEmpty() && Lexicon.TEXT_TABLE_HEADER_CELL.matcher(t).replaceAll("").isBlank();
    }

    /** The goal a row gives, or null when the line is no row: no name, or not two figures at its end. */
    private static Goal row(String line, boolean rated) {
        String text = BREAKDOWN.matcher(line).replaceAll("");
        List<QuantityMatch> matches = QuantityExtractor.get().findAll(text, null);
        List<QuantityMatch> figures = new ArrayList<>(); // the line's last figures, nothing but spaces between them
        int end = text.stripTrailing().length();
        for (int k = matches.size() - 1; k >= 0; k--) {
            QuantityMatch m = matches.get(k);
            int from = figureStart(text, m);
            if (from < 0 || !text.substring(m.end(), end).isBlank()) {
                break;
            }
            figures.add(0, m);
            end = from;
        }
        if (rated && figures.size() == 3 && "%".equals(figures.get(2).quantity().unit())) {
            figures.remove(2); // the rate
        }
        if (figures.size() != 2) {
            return null;
        }
        String name = title(text.substring(0, figureStart(text, figures.get(0))));
        if (name.isEmpty() || !name.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        Quantity target = figure(text, figures.get(0), name);
        Quantity result = figure(text, figures.get(1), name);
        return new Goal(null, null, name, line, List.of(target), new Achievement(result.text(), List.of(result)), null,
                List.of());
    }

    /** Where a figure's number starts, after any words the extractor read as its measure; -1 when it has none. */
    private static int figureStart(String text, QuantityMatch m) {
        Quantity q = m.quantity();
        if (q.value() == null || q.unit() == null || !text.startsWith(q.unit(), m.end() - q.unit().length())) {
            return -1;
        }
        Matcher d = FIGURE_DIGITS.matcher(text.substring(m.start(), m.end() - q.unit().length()));
        return d.find() ? m.start() + d.start() : -1;
    }

    /** The figure alone, measured by the row's name. */
    private static Quantity figure(String text, QuantityMatch m, String name) {
        Quantity q = m.quantity();
        return new Quantity(text.substring(figureStart(text, m), m.end()), name, q.value(), q.unit(), q.unitNormalized(),
                q.comparator(), q.asOf());
    }

    private static String title(String head) {
        String t = CODE.matcher(head).replaceFirst("");
        return Lexicon.TEXT_TABLE_NOTE.matcher(t).replaceAll("").strip();
    }
}
