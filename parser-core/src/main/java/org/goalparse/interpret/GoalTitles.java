package org.goalparse.interpret;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * A numbered goal's line cut into its title and the rest. The genre writes a goal as a short name, then (on the
 * same line) what it does: after a space ({@code 地域防災力の向上 自主防災組織と…}), after a colon
 * ({@code 授業でのICT活用の推進:1人1台端末を…割合 90%}, a bold name in HTML), or as the whole line when it is short
 * and no sentence, or in 【】 right after the number ({@link Texts#bracketTitled}). Tags after the name ({@code 【No.11:住み続けられるまちづくりを】}, the goals of another plan it
 * serves) are no part of the name: they stay in the goal's text.
 */
final class GoalTitles {
    static final int TITLE_MAX = Lexicon.TITLE_MAX;
    private static final int COLON_TITLE_MAX = 30;
    /** The longest goal a single line without a stop may name, once no shorter title could be cut from it. */
    private static final int LONG_TITLE_MAX = 60;
    /** The longest one sentence a numbered item may be and still name its goal (資料の除籍を実施します。). */
    static final int SENTENCE_TITLE_MAX = LONG_TITLE_MAX + 1;
    private static final Pattern TRAILING_TAGS = Pattern.compile("^(.*?[^\\s【】])((?:\\s*【[^【】]*】)+)$");
    /** A mark opening a goal's line (経営課題1 / ■出火防止と…): no part of its title. */
    private static final Pattern LEADING_MARK = Pattern.compile("^[■□◆◇●◎▪]\\s*(?=\\S)");
    private static final Pattern COLON = Pattern.compile("^([^\\s:、。]{2," + COLON_TITLE_MAX + "}):\\s*(\\S.*)$");

    /** A goal's title (null when the line is only running text) and the rest of its line (null when none). */
    record Split(String title, String body) {
    }

    private GoalTitles() {
    }

    static Split of(String itemText) {
        // 経営課題1【地域防災力の向上】: the brackets hold the name; 経営課題1 / ■出火防止と…: the mark is no part of it
        String text = Texts.bracketTitled(LEADING_MARK.matcher(itemText.strip()).replaceFirst(""));
        String tags = null;
        Matcher t = TRAILING_TAGS.matcher(text);
        if (t.matches()) {
            text = t.group(1).strip();
            tags = t.group(2).strip();
        }
        Matcher scope = Lexicon.SCOPE_NOTE.matcher(text);
        if (tags == null && scope.matches()) {
            // 健康で安心して暮らせるまち「大正」(主に福祉、健康、人権): the fields a pillar covers are a note, not its title
            text = scope.group(1).strip();
            tags = scope.group(2);
        }
        Split s = untagged(text);
        if (tags == null) {
            return s;
        }
        if (s.title() == null) {
            return new Split(null, itemText.strip()); // a sentence with a bracket at its end: no title to free
        }
        return new Split(s.title(), s.body() == null ? tags : s.body() + "\n" + tags);
    }

    private static Split untagged(String text) {
        String compact = Texts.compact(text);
        if (Lexicon.GOAL_COLUMN_LABELS.contains(compact) || Lexicon.field(compact) != null) {
            return new Split(null, text); // 目標項目, 目標の内容: a column's label read beside a number is no title
        }
        Matcher c = COLON.matcher(text);
        if (c.matches() && FormFields.leadingLabel(text) == null) {
            return new Split(c.group(1), c.group(2));
        }
        String[] split = Texts.splitTitle(text);
        if (split != null) {
            return new Split(split[0], split[1]);
        }
        if (text.length() <= TITLE_MAX && !text.contains("。")) {
            return new Split(text, null);
        }
        if (text.length() <= LONG_TITLE_MAX && !text.contains("。") && text.indexOf('\n') < 0) {
            return new Split(text, null); // a long goal without a stop, wrapped once (…に寄り添い 切れ目のない…を実践する)
        }
        if (isOneSentence(text)) {
            return new Split(Lexicon.SENTENCE_END.matcher(text).replaceFirst(""), null);
        }
        if (isTwoPhrases(text)) {
            return new Split(text, null); // 患者サービスの実践。WINWINの関係作り: two headline phrases, one goal
        }
        return new Split(null, text);
    }

    /**
     * Two noun phrases on one short line, a stop between them and none at the end ({@code 患者サービスの実践。地域との
     * 関係作り}): a headline written in two parts, not running text (the first part ends on a noun, not a verb).
     */
    private static boolean isTwoPhrases(String text) {
        int stop = text.indexOf('。');
        if (text.length() > LONG_TITLE_MAX || text.indexOf('\n') >= 0 || stop <= 0 || stop != text.lastIndexOf('。')
                || stop == text.length() - 1) {
            return false;
        }
        java.util.List<org.goalparse.ja.Morpheme> ms = org.goalparse.ja.Morphology.get().tokenize(text.substring(0, stop));
        return !ms.isEmpty() && ms.get(ms.size() - 1).is("名詞") && !ms.get(ms.size() - 1).is("名詞-非自立");
    }

    /**
     * A goal stated as one short sentence and nothing else ({@code 公共交通の利便性向上を図ります。}): the sentence names
     * the goal. Two sentences, a line break or a longer clause are the goal's text, not its name.
     */
    private static boolean isOneSentence(String text) {
        int stop = text.indexOf('。');
        return text.length() <= SENTENCE_TITLE_MAX && stop >= 0 && stop == text.lastIndexOf('。')
                && Lexicon.SENTENCE_END.matcher(text).find() && text.indexOf('\n') < 0;
    }
}
