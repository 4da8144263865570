package org.goalparse.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes HTML character references left in extracted text: {@code &amp;}, {@code &nbsp;}, {@code &#12345;}, {@code &#x3042;}. */
public final class HtmlEntities implements TextRule {
    private static final Pattern REF = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("thinsp", " "), Map.entry("yen", "¥"), Map.entry("times", "×"), Map.entry("divide", "÷"),
            Map.entry("hellip", "…"), Map.entry("middot", "・"), Map.entry("bull", "・"), Map.entry("ndash", "-"),
            Map.entry("mdash", "—"), Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("rArr", "⇒"),
            Map.entry("hArr", "⇔"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("sup2", "²"), Map.entry("laquo", "«"), Map.entry("raquo", "»"));

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
            return NAMED.getOrDefault(m.group(3), m.group());
        }
        int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
    }
}
