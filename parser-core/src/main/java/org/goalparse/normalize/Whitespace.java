package org.goalparse.normalize;

/**
 * Trims a line and collapses each run of white space (tabs, full-width and no-break spaces included) to one space;
 * zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) are dropped first. One pass over the characters: it runs
 * on every line and cell of every document.
 */
public final class Whitespace implements TextRule {
    @Override
    public String apply(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                inRun = true;
                continue;
            }
            if (inRun) {
                sb.append(' ');
                inRun = false;
            }
            sb.append(c);
        }
        if (inRun) {
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    /** {@code \s} (space, tab, line breaks, vertical tab, form feed), ideographic, no-break and typographic spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F';
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }
}
