package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.ja.QuantityExtractor;
import org.goalparse.ja.QuantityKind;
import org.goalparse.ja.QuantityMatch;
import org.goalparse.lexicon.Lexicon;

/**
 * A sentence that labels one of its figures the target ({@code 目標の10%以下}, {@code 目標年度5,200メートル},
 * {@code 目標値 400件}: {@link Lexicon#TARGET_BEFORE_NUMBER} right before the number) says what the others are not:
 * a series of past years, this quarter's figure, last year's. Only the labelled figures of such a sentence are kept.
 */
final class LabelledTargets {
    /** How far before a number its label is looked for. */
    private static final int LABEL_REACH = 6;

    private LabelledTargets() {
    }

    /** {@code text} without the unlabelled figures of each sentence that labels a target. */
    static String only(String text) {
        List<int[]> drop = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = sentenceEnd(text, from);
            drop.addAll(unlabelled(text, from, to));
            from = to;
        }
        if (drop.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int[] span : drop) {
            out.append(text, next, span[0]);
            next = span[1];
        }
        return out.append(text, next, text.length()).toString();
    }

    private static List<int[]> unlabelled(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        boolean labelled = false;
        for (QuantityMatch m : QuantityExtractor.get().findAll(text.substring(from, to), null)) {
            if (m.kind() != QuantityKind.MEASURE) {
                continue;
            }
            int start = from + m.start();
            int end = from + m.end();
            if (isLabelled(text, from, start, end)) {
                labelled = true;
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return labelled ? spans : List.of();
    }

    private static boolean isLabelled(String text, int sentenceStart, int start, int end) {
        int digit = start;
        while (digit < end && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        String before = text.substring(Math.max(sentenceStart, digit - LABEL_REACH), digit);
        return Lexicon.TARGET_BEFORE_NUMBER.matcher(before).find();
    }

    /** Just after the sentence's 。, or at its line break, or the text's end. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }
}
