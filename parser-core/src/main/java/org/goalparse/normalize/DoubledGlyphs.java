package org.goalparse.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Text copied from a PDF whose bold is drawn twice, every character doubled ({@code 平平成成2233年年度度}, or a title
 * {@code 東東町町} before plain text on the same line): undoubled ({@code 平成23年度}). A run of words (between spaces)
 * made only of pairs is undoubled when it holds at least three pairs of three different characters that are no
 * digits: text holds a doubled character now and then (人々 aside: 22, ああ, 1122), never a run of nothing else.
 */
public final class DoubledGlyphs implements TextRule {
    private static final int MIN_PAIRS = 3;
    private static final int MIN_DISTINCT_NON_DIGITS = 3;

    @Override
    public String apply(String text) {
        if (text.length() < 2 * MIN_PAIRS) {
            return text;
        }
        String[] words = text.split(" ", -1);
        List<Integer> run = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i <= words.length; i++) {
            if (i < words.length && isPairs(words[i])) {
                run.add(i);
                continue;
            }
            if (isDoubledRun(words, run)) {
                for (int k : run) {
                    words[k] = undoubled(words[k]);
                }
                changed = true;
            }
            run.clear();
        }
        return changed ? String.join(" ", words) : text;
    }

    private static boolean isPairs(String word) {
        if (word.isEmpty() || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (word.charAt(i) != word.charAt(i + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDoubledRun(String[] words, List<Integer> run) {
        int pairs = 0;
        java.util.Set<Character> distinct = new java.util.HashSet<>();
        for (int k : run) {
            pairs += words[k].length() / 2;
            for (int i = 0; i < words[k].length(); i += 2) {
                if (!Character.isDigit(words[k].charAt(i))) {
                    distinct.add(words[k].charAt(i));
                }
            }
        }
        return pairs >= MIN_PAIRS && distinct.size() >= MIN_DISTINCT_NON_DIGITS;
    }

    private static String undoubled(String word) {
        StringBuilder out = new StringBuilder(word.length() / 2);
        for (int i = 0; i < word.length(); i += 2) {
            out.append(word.charAt(i));
        }
        return out.toString();
    }
}
