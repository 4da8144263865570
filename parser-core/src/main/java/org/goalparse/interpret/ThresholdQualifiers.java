package org.goalparse.interpret;

import java.util.List;
import org.goalparse.ja.QuantityExtractor;
import org.goalparse.ja.QuantityKind;
import org.goalparse.ja.QuantityMatch;
import org.goalparse.lexicon.Lexicon;

/**
 * A quantity that only says what is counted ({@code 月45時間を超える時間外勤務の教職員の割合 10%以下}: 45時間 defines the
 * staff counted, 10% is the target) is no target of its own: {@link Lexicon#THRESHOLD_QUALIFIER} after it, a noun
 * after that. It is left out only when the text still promises another quantity: {@code 5万人を超える来場者を目指す}
 * has nothing else to promise, and keeps its 5万人.
 */
final class ThresholdQualifiers {
    private ThresholdQualifiers() {
    }

    /** {@code text} without the quantities that qualify a noun, or {@code text} itself when nothing else would remain. */
    static String without(String text) {
        List<QuantityMatch> all = QuantityExtractor.get().findAll(text, null);
        StringBuilder out = new StringBuilder();
        int next = 0;
        int dropped = 0;
        int measures = 0;
        for (QuantityMatch m : all) {
            if (m.kind() != QuantityKind.MEASURE) {
                continue;
            }
            measures++;
            if (qualifies(text, m)) {
                out.append(text, next, m.start());
                next = m.end();
                dropped++;
            }
        }
        if (dropped == 0 || dropped == measures) {
            return text;
        }
        return out.append(text, next, text.length()).toString();
    }

    /** What follows the quantity's number and unit (its comparator included: {@code を超える} is read as one). */
    private static boolean qualifies(String text, QuantityMatch m) {
        String unit = m.quantity().unit();
        int digit = m.end() - 1;
        while (digit >= m.start() && !Character.isDigit(text.charAt(digit))) {
            digit--;
        }
        if (unit == null || digit < m.start()) {
            return false;
        }
        int u = text.indexOf(unit, digit + 1);
        return u >= 0 && u <= m.end() && Lexicon.THRESHOLD_QUALIFIER.matcher(text.substring(u + unit.length())).find();
    }
}
