package org.goalparse.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Decodes HTML character references left in extracted text: {@code &amp;}, {@code &nbsp;}, {@code &#12345;},
 * {@code &#x3042;}. jsoup (already in the build, with Tika's HTML parser) knows every named reference of HTML; only
 * complete references (with their semicolon) are decoded, so {@code R&D} or {@code &foo;} stay as written. A few
 * are read the way Japanese documents mean them rather than as HTML defines them: the dots as the katakana middle
 * dot, the dash between numbers as a hyphen, the fixed-width spaces as a space.
 */
public final class HtmlEntities implements TextRule {
    private static final Pattern REF = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));");
    private static final Map<String, String> JAPANESE = Map.of("nbsp", " ", "ensp", " ", "emsp", " ",
            "thinsp", " ", "middot", "・", "bull", "・", "ndash", "-");

    @Override
    public String apply(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REF.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(decode(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String decode(Matcher m) {
        if (m.group(3) != null) {
            String japanese = JAPANESE.get(m.group(3));
            if (japanese != null) {
                return japanese;
            }
            String decoded = Parser.unescapeEntities(m.group(), false);
            // a reference decodes to one or two characters; anything longer is an unknown name jsoup left (&foo;)
            // or one it read only the start of (&ampx;)
            return decoded.codePointCount(0, decoded.length()) <= 2 ? decoded : m.group();
        }
        int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
    }
}
