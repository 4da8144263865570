package org.goalparse.normalize;

import java.util.regex.Pattern;

/** Trims a line and collapses each run of white space (tabs, full-width and no-break spaces included) to one space. */
public final class Whitespace implements TextRule {
    private static final Pattern RUN = Pattern.compile("[\\s\\u3000\\u00A0\\u2000-\\u200A\\u202F\\u205F]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

    @Override
    public String apply(String text) {
        String s = INVISIBLE.matcher(text).replaceAll("");
        return RUN.matcher(s).replaceAll(" ").strip();
    }
}
