package org.goalparse.extract.pdf;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line is nothing but a page number: {@code - 1 -}, {@code −2−}, {@code 1/3}, {@code 1 / 3},
 * {@code P.1}, {@code Page 2}, {@code 3ページ}, {@code 1 of 3}, or a bare {@code 1} / {@code (1)}. The bare
 * forms are also list markers in body text, so {@link #isDecorated} tells them apart: callers accept a bare
 * number only where nothing else could be (alone on its row in a margin band).
 */
final class PageNumber {
    private static final String DASH = "[-‐‑‒–—―−ー~〜～]";
    private static final Pattern DECORATED = Pattern.compile(
            DASH + "\\s*\\d{1,4}\\s*" + DASH
            + "|" + DASH + "?\\s*\\d{1,4}\\s*/\\s*\\d{1,4}\\s*" + DASH + "?"
            + "|(?i:(page|p\\.?)\\s*)?\\d{1,4}\\s*(?i:of)\\s*\\d{1,4}"
            + "|(?i:p|pp|pg|page)\\s*\\.?\\s*\\d{1,4}(\\s*/\\s*\\d{1,4})?"
            + "|\\d{1,4}\\s*(ページ|頁)|第\\s*\\d{1,4}\\s*(ページ|頁)|ページ\\s*\\d{1,4}");
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern BARE = Pattern.compile("\\d{1,3}|\\(\\s*\\d{1,3}\\s*\\)|\\[\\s*\\d{1,3}\\s*]");

    private PageNumber() {
    }

    /** Any page-number form, bare ones included. */
    static boolean matches(String text) {
        String t = normalize(text);
        return DECORATED.matcher(t).matches() || BARE.matcher(t).matches();
    }

    /** A form that cannot be a list marker or a table value: dashes, a slash, P., ページ. */
    static boolean isDecorated(String text) {
        return DECORATED.matcher(normalize(text)).matches();
    }

    /** The page's own number in a page-number line (3 in {@code - 3 -}, {@code 3/10}, {@code P.3}), else null. */
    static Integer value(String text) {
        Matcher m = FIRST_NUMBER.matcher(normalize(text));
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
