package org.goalparse.normalize;

import java.util.regex.Pattern;

/**
 * A line that is only a printed page number between dashes ({@code - 1 -}, {@code −2−}), left in a text rendition
 * of a printed page: dropped. It says nothing, and the Markdown list-mark rule would otherwise read its first dash
 * as a list mark and leave {@code 1 -} as text. (PDF extraction drops page numbers by position, before this.)
 */
public final class PrintedPageNumbers implements TextRule {
    private static final String DASH = "[-‐‑‒–—―−－]";
    private static final Pattern P = Pattern.compile("^\\s*" + DASH + "\\s*\\d{1,4}\\s*" + DASH + "\\s*$");

    @Override
    public String apply(String text) {
        return P.matcher(text).matches() ? "" : text;
    }
}
