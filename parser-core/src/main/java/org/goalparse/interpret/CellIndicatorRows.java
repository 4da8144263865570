package org.goalparse.interpret;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * An indicator table flattened one cell per line, with or without its header, each row checked by its own rate:
 * <pre>
 * 1-1
 * 年間利用者数
 * 120,000人
 * 98,500人
 * 82%
 * 利用者は減ったが、教室は好評であった。
 * 評価
 * </pre>
 * A row is a code alone on its line (1-1, (1), ①), the indicator's name on one or two lines, two figures alone on their
 * lines in the same counter, and a rate alone on its line that is the second figure over the first (or, for an
 * indicator where less is better, the first over the second) to within {@link #RATE_TOLERANCE} points. The rate is
 * what shows the two figures are a target and its result: without it no row is read. Comments and grades between
 * rows are passed over. One goal a row, titled by the name, the first figure its target and the second its result;
 * at least {@link #MIN_ROWS} rows, and only in a text that speaks of a target somewhere (目標, 計画値: a table of
 * this year against last year has figures and ratios too). Figures in percent are not read (a rate of a rate is no
 * check). Read only when no section announced goals.
 */
final class CellIndicatorRows {
    static final int MIN_ROWS = 3;
    static final BigDecimal RATE_TOLERANCE = new BigDecimal("1.5");
    private static final int NAME_LINES_MAX = 2;
    private static final int NAME_MAX = 30;
    /** A row's code alone on its line, maybe after its group's: 1-1, (1), ①, (1) 1-1. */
    private static final Pattern CODE = Pattern.compile("(?:\\s*(?:" + TextIndicatorRows.ROW_CODE + ")){1,2}\\s*");
    /** A figure alone on its line: digits, then a counter of a few letters. */
    private static final Pattern FIGURE = Pattern.compile("\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*\\D{1,4}?\\s*");
    private static final Pattern RATE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*");

    ItemGoals.Read read(Outline outline) {
        List<Node> nodes = OutlineTexts.nodes(outline);
        List<String> lines = nodes.stream().map(OutlineTexts::line).toList();
        if (lines.stream().noneMatch(l -> Lexicon.TEXT_TABLE_TARGET_COLUMN.matcher(l).find())) {
            return ItemGoals.Read.NONE; // 前年度 / 今年度 / 前年度比: figures and their ratio, but nothing is a target
        }
        List<Goal> goals = new ArrayList<>();
        List<String> consumed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!CODE.matcher(lines.get(i)).matches()) {
                continue;
            }
            int end = row(lines, i, goals);
            if (end > i) {
                for (int k = i; k < end; k++) {
                    consumed.add(nodes.get(k).text());
                }
                i = end - 1;
            }
        }
        return goals.size() >= MIN_ROWS ? new ItemGoals.Read(goals, consumed) : ItemGoals.Read.NONE;
    }

    /** The row whose code is line {@code i}, added to {@code goals}; the line after it, or {@code i} when none is there. */
    private static int row(List<String> lines, int i, List<Goal> goals) {
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        for (; j < lines.size() && j <= i + NAME_LINES_MAX && isNameLine(lines.get(j)); j++) {
            name.append(lines.get(j).strip());
        }
        if (name.isEmpty() || name.length() > NAME_MAX || j + 2 >= lines.size()) {
            return i;
        }
        Quantity target = figure(lines.get(j), name.toString());
        Quantity result = figure(lines.get(j + 1), name.toString());
        Matcher rate = RATE.matcher(lines.get(j + 2));
        if (target == null || result == null || !target.unit().equals(result.unit()) || !rate.matches()
                || !isRate(new BigDecimal(rate.group(1)), target.value(), result.value())) {
            return i;
        }
        String text = String.join(" ", lines.subList(i, j + 3).stream().map(String::strip).toList());
        goals.add(new Goal(null, null, name.toString(), text, List.of(target),
                new Achievement(result.text(), List.of(result)), null, List.of()));
        return j + 3;
    }

    private static boolean isNameLine(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.codePoints().anyMatch(Character::isLetter) && !t.contains("。")
                && !FIGURE.matcher(t).matches() && !RATE.matcher(t).matches() && !CODE.matcher(t).matches();
    }

    /** The figure a line holds and nothing else, measured by the row's name; null when the line is no such figure. */
    private static Quantity figure(String line, String name) {
        if (!FIGURE.matcher(line).matches() || RATE.matcher(line).matches()) {
            return null;
        }
        String t = line.strip();
        List<QuantityMatch> ms = QuantityExtractor.get().findAll(t, null);
        if (ms.size() != 1) {
            return null;
        }
        Quantity q = ms.get(0).quantity();
        if (q.value() == null || q.unit() == null || q.comparator() != null || !t.endsWith(q.unit())) {
            return null;
        }
        return new Quantity(t, name, q.value(), q.unit(), q.unitNormalized(), null, null);
    }

    /** Whether {@code rate} is the result over the target in percent, or the target over the result, give or take. */
    static boolean isRate(BigDecimal rate, BigDecimal target, BigDecimal result) {
        if (target.signum() <= 0 || result.signum() <= 0) {
            return false;
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal up = result.multiply(hundred).divide(target, MathContext.DECIMAL64);
        BigDecimal down = target.multiply(hundred).divide(result, MathContext.DECIMAL64);
        return up.subtract(rate).abs().compareTo(RATE_TOLERANCE) <= 0
                || down.subtract(rate).abs().compareTo(RATE_TOLERANCE) <= 0;
    }
}
