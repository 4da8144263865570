package org.goalparse.ja;

import java.util.List;

/**
 * The date a quantity is stated at ({@code asOf}): a date right after it in parentheses
 * ({@code 40,070世帯(令和4年10月1日現在)}); else the nearest earlier date marked 現在/時点 in the same sentence
 * ({@code 令和5年3月末日現在、申請率82.12%、交付率65.85%}, {@code 2月末時点で交付率62.8%}); else the next such date in
 * parentheses later in the same sentence ({@code 申請率82%、交付率65%(3月末現在)}).
 */
final class AsOfResolver {
    private AsOfResolver() {
    }

    static String resolve(String text, List<LocalDateMatch> dates, int qStart, int qEnd) {
        for (LocalDateMatch d : dates) {
            if (d.start() >= qEnd && d.start() <= qEnd + 2) {
                String between = text.substring(qEnd, d.start());
                if (between.isBlank() ? d.asOfMarker() : between.strip().equals("(")) {
                    return d.asOf();
                }
            }
        }
        LocalDateMatch before = null;
        for (LocalDateMatch d : dates) {
            if (d.end() <= qStart && d.asOfMarker() && sameSentence(text, d.end(), qStart)) {
                before = d;
            }
        }
        if (before != null) {
            return before.asOf();
        }
        for (LocalDateMatch d : dates) {
            if (d.start() >= qEnd && d.asOfMarker() && d.start() > 0 && text.charAt(d.start() - 1) == '('
                    && sameSentence(text, qEnd, d.start())) {
                return d.asOf();
            }
        }
        return null;
    }

    private static boolean sameSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n') {
                return false;
            }
        }
        return true;
    }
}
