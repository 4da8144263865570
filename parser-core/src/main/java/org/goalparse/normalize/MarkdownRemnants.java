package org.goalparse.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown left in text renditions: heading marks ({@code ## 組織目標}), a leading list mark
 * ({@code - ・市民…} -> {@code ・市民…}; {@code - 利用者数を…} -> {@code ・利用者数を…}, an item still), table separator lines ({@code --|-----}, {@code |---|}, dropped)
 * and the outer pipes of table rows.
 */
public final class MarkdownRemnants implements TextRule {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-*:?\\s*)*\\|?\\s*");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}(?:\\s+|$)");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*-\\s+");
    /** What opens an item already: a bullet or block mark, a number, a bracket. */
    private static final Pattern OWN_MARK = Pattern.compile("[・·•‧∙○●◯◆◇■□◎※＊*+\\-【〈<(（\\[\\d０-９\\u2460-\\u2473]");
    private static final Pattern ROW_PIPES = Pattern.compile("^\\s*\\|\\s*(.*?)\\s*\\|?\\s*$");

    @Override
    public String apply(String text) {
        if (SEPARATOR.matcher(text).matches()) {
            return "";
        }
        String s = HEADING.matcher(text).replaceFirst("");
        Matcher mark = LIST_MARK.matcher(s);
        if (mark.lookingAt()) {
            String rest = s.substring(mark.end());
            // - ・市民… keeps its own mark; - 利用者数を… was a list's item, and stays one
            s = OWN_MARK.matcher(rest).lookingAt() ? rest : "・" + rest;
        }
        var row = ROW_PIPES.matcher(s);
        if (row.matches()) {
            s = row.group(1);
        }
        return s;
    }
}
