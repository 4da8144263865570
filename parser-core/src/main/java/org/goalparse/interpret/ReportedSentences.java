package org.goalparse.interpret;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * A sentence of a goal's text that reports what was done ({@code …教員の割合が減少した。(小14%・中20.8%)}: it ends in
 * the past, {@link Lexicon#REPORTED_END}) gives results, not targets; a bracketed aside right after it belongs to it.
 * Left out only when the text still promises a figure elsewhere: {@code 100件を目標とした。} alone keeps its 100件.
 */
final class ReportedSentences {
    /** A sentence up to its 。 (none at a line's end), then any bracketed aside that follows at once. */
    private static final Pattern SENTENCE = Pattern.compile("[^。\\n]*(?:。|(?=\\n)|$)(?:\\s*[(（][^()（）\\n]*[)）])?");

    private ReportedSentences() {
    }

    static String without(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = SENTENCE.matcher(text);
        int next = 0;
        boolean dropped = false;
        while (m.find()) {
            if (m.end() == m.start()) {
                if (m.end() >= text.length()) {
                    break;
                }
                continue;
            }
            String sentence = m.group();
            int close = sentence.lastIndexOf('。');
            if (close >= 0 && Lexicon.REPORTED_END.matcher(sentence.substring(0, close + 1)).find()
                    && !Quantities.find(sentence).isEmpty()) {
                out.append(text, next, m.start());
                next = m.end();
                dropped = true;
            }
        }
        if (!dropped) {
            return text;
        }
        String kept = out.append(text, next, text.length()).toString();
        return Quantities.find(kept).isEmpty() ? text : kept;
    }
}
