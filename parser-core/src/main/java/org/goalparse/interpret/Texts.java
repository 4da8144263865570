package org.goalparse.interpret;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/** Small text tests shared by the interpreters. */
final class Texts {
    private static final Pattern PAST = Pattern.compile("(ました|でした|しました|れました|なりました)[。.]?\\s*$|ました。");
    private static final Pattern FUTURE = Pattern.compile("(します|ます|図る|目指す|努める|進める)[。.]?\\s*$");
    private static final Pattern DIVISION = Pattern.compile("^[^\\s、。]{1,20}(課|室|担当|センター|事務所|支所|係|局)$");

    private static final Pattern NOT_IN_BIGRAMS = Pattern.compile("[\\s、。・,.:()「」『』【】\\d]");
    private static final Pattern BRACKETED_TITLE = Pattern.compile("^【([^【】]{2,40})】(.*)$", Pattern.DOTALL);
    private static final Pattern PUNCTUATION = Pattern.compile(".*[、。,:].*");

    private Texts() {
    }

    /** {@code s} without any white space (what {@code \s} matches: space, tab, line breaks, form feed). */
    static String compact(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Ends like a report of what was done (〜ました, 〜でした). */
    static boolean isPast(String s) {
        return PAST.matcher(s.strip()).find();
    }

    /** Ends like a promise (〜します, 〜ます). */
    static boolean isFuture(String s) {
        return FUTURE.matcher(s.strip()).find() && !isPast(s);
    }

    /**
     * A line that is only a date (a page's 2024年6月10日 under its title, (令和6年7月1日現在)): no sentence of the
     * mission or of anything else.
     */
    static boolean isBareDate(String s) {
        String c = compact(s);
        var d = org.goalparse.ja.JapaneseDates.findDate(c, null);
        if (d.isEmpty()) {
            return false;
        }
        String rest = c.substring(0, d.get().start()) + c.substring(d.get().end());
        return DATE_ASIDE.matcher(rest).replaceAll("").isEmpty();
    }

    /** What may stand beside a date on a line of its own: brackets, 現在, 時点, 更新, 作成, 掲載. */
    private static final Pattern DATE_ASIDE = Pattern.compile("[()()\\[\\]【】]|現在|時点|更新|作成|掲載");

    /** Holds sentence or list punctuation (、。,:), which no label has. */
    static boolean isPunctuated(String s) {
        return PUNCTUATION.matcher(s).matches();
    }

    static boolean isDivisionName(String s) {
        return DIVISION.matcher(s.strip()).matches();
    }

    /**
     * How much of {@code piece} is found in {@code context}: the share of the piece's character bigrams
     * (spaces, digits and punctuation ignored) that occur in the context. A short piece is compared fairly
     * against a long context, unlike a symmetric measure.
     */
    static double coverage(String piece, String context) {
        Set<String> x = bigrams(piece);
        Set<String> y = bigrams(context);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return (double) common / x.size();
    }

    private static Set<String> bigrams(String s) {
        String t = NOT_IN_BIGRAMS.matcher(s).replaceAll("");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }

    /**
     * {@code 経営課題1【地域防災力の向上】}, {@code 取組項目1 【保険料収納率の向上】 取組の方針…}: an item's text that opens with a
     * title in 【】 is that title, then (after a space) the rest. A form label in the brackets ({@code ①【目標】…},
     * {@code (1)【実績】…}) is no title: the text stays as written.
     */
    static String bracketTitled(String itemText) {
        java.util.regex.Matcher m = BRACKETED_TITLE.matcher(itemText);
        if (!m.matches() || Lexicon.field(m.group(1)) != null) {
            return itemText;
        }
        String rest = m.group(2).strip();
        return m.group(1).strip() + (rest.isEmpty() ? "" : " " + rest);
    }

    /** "title body…" -> [title, body] when the part before the first space is a short title; else null. */
    static String[] splitTitle(String itemText) {
        int sp = itemText.indexOf(' ');
        if (sp < 4 || sp > 40) {
            return null;
        }
        String head = itemText.substring(0, sp);
        if (isPunctuated(head) || endsMidSentence(head)) {
            return null;
        }
        return new String[] {head, itemText.substring(sp + 1).strip()};
    }

    /**
     * A part that stops where no title stops: on a verb, an ending or a particle ({@code …意思決定に寄り添い}), an
     * adjective or an adnominal that qualifies what follows ({@code 切れ目のない}, {@code 大きな}), or a dependent noun
     * ({@code 提供するため}): the space is a wrapped line inside one sentence, not a title's end.
     */
    private static boolean endsMidSentence(String part) {
        char last = part.charAt(part.length() - 1);
        if (!Character.isLetter(last) || (last >= 'A' && last <= 'z')) {
            return false; // a closing bracket, a figure, a Latin letter: no Japanese word to judge
        }
        java.util.List<org.goalparse.ja.Morpheme> ms = org.goalparse.ja.Morphology.get().tokenize(part);
        if (ms.isEmpty()) {
            return false;
        }
        org.goalparse.ja.Morpheme m = ms.get(ms.size() - 1);
        return m.is("動詞") || m.is("助動詞") || m.is("助詞") || m.is("名詞-非自立") || m.is("形容詞") || m.is("連体詞");
    }
}
