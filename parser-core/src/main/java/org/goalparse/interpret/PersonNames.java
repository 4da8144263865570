package org.goalparse.interpret;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;
import org.goalparse.lexicon.Lexicon;

/**
 * People's names as the genre prints them: {@code 山田 太郎}, {@code 山田太郎} (told from a word by Kuromoji's
 * 人名 tags), with a reading before it ({@code やまだ たろう 山田 太郎}) or after it in brackets
 * ({@code 山田 太郎(やまだ たろう)}).
 */
final class PersonNames {
    private static final Pattern SPACES = Pattern.compile("[\\s　]+");
    private static final Pattern SPACED = Pattern.compile("^[\\p{IsHan}々]{1,5} [\\p{IsHan}々\\p{IsHiragana}\\p{IsKatakana}]{1,6}$");
    private static final Pattern GLUED = Pattern.compile("^[\\p{IsHan}々]{2,5}[\\p{IsHan}々\\p{IsHiragana}\\p{IsKatakana}]{0,3}$");
    private static final Pattern READING_FIRST = Pattern.compile("^([\\p{IsHiragana}\\p{IsKatakana}ー]{1,8} ?[\\p{IsHiragana}\\p{IsKatakana}ー]{1,8}) (.+)$");
    /** A reading in hiragana, family and given name apart, before a spaced name: the staff tables' form. */
    private static final Pattern HIRAGANA_READING_FIRST = Pattern.compile("^([\\p{IsHiragana}ー]{1,8} [\\p{IsHiragana}ー]{1,8}) (.+)$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** A reading set as ruby over the name, its words run together ("うちだとおる 内田 徹"): three kana or more. */
    private static final Pattern RUBY_READING_FIRST = Pattern.compile("^([\\p{IsHiragana}ー]{3,16}) ([\\p{IsHan}々]{1,5} [\\p{IsHan}々]{1,6})$");
    /** A reading printed small right after a spaced name ("内田 徹うちだ とおる"): the name all kanji, three kana or more. */
    private static final Pattern READING_BESIDE = Pattern.compile("^([\\p{IsHan}々]{1,5} [\\p{IsHan}々]{1,6}) ?([\\p{IsHiragana}ー]{1,8}(?: [\\p{IsHiragana}ー]{1,8})?)$");
    /**
     * A reading over a name printed without its space ("たかなしあけみ 高梨明美", a scan's "ふたみ ひろゆき 二見博幸"):
     * kana words, then two to six kanji. A reading in more than two pieces (ruby whose characters a scan read
     * apart: "うちだ おる と") is no reading to give.
     */
    private static final Pattern READING_OVER_GLUED = Pattern.compile("^((?:[\\p{IsHiragana}ー]{1,16} ){1,3})([\\p{IsHan}々]{2,6})$");
    private static final Pattern READING_AFTER = Pattern.compile("^(.+?) ?[((]([\\p{IsHiragana}\\p{IsKatakana}ー ]{2,18})[))]$");

    private PersonNames() {
    }

    /** [reading or null, name], or null when {@code s} is not a person's name. */
    static String[] parse(String s) {
        String t = SPACES.matcher(s.strip()).replaceAll(" ");
        Matcher after = READING_AFTER.matcher(t);
        if (after.matches() && name(after.group(1)) != null) {
            return new String[] {after.group(2).strip(), name(after.group(1))};
        }
        Matcher first = READING_FIRST.matcher(t);
        if (first.matches() && name(first.group(2)) != null) {
            return new String[] {first.group(1), name(first.group(2))};
        }
        String n = name(t);
        return n == null ? null : new String[] {null, n};
    }

    /**
     * The strict form a staff table's cell holds: "うちだ とおる 内田 徹" -> [reading, name]; a bare spaced name ->
     * [null, name]; the reading run together above the name (ruby: "うちだとおる 内田 徹") or printed small right
     * after it ("内田 徹うちだ とおる") -> [reading, name]; a name without its space under its reading
     * ("たかなしあけみ 高梨明美") -> [reading, name]; anything else (a glued name alone included) -> null.
     */
    static String[] spacedWithReading(String s) {
        String t = WHITE_SPACE.matcher(s.strip()).replaceAll(" ");
        Matcher m = HIRAGANA_READING_FIRST.matcher(t);
        if (m.matches() && SPACED.matcher(m.group(2).strip()).matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        Matcher ruby = RUBY_READING_FIRST.matcher(t);
        if (ruby.matches()) {
            return new String[] {ruby.group(1), ruby.group(2)};
        }
        Matcher over = READING_OVER_GLUED.matcher(t);
        if (over.matches() && over.group(1).replace(" ", "").length() >= 3) {
            String[] pieces = over.group(1).strip().split(" ");
            return new String[] {pieces.length <= 2 ? over.group(1).strip() : null, over.group(2)};
        }
        Matcher beside = READING_BESIDE.matcher(t);
        if (beside.matches() && beside.group(2).replace(" ", "").length() >= 3) {
            return new String[] {beside.group(2), beside.group(1)};
        }
        return SPACED.matcher(t.strip()).matches() ? new String[] {null, t} : null;
    }

    /** 達成度, 実績, 目標値: a word of the genre's forms after a glued name (塚本政敏 達成度) is no given name. */
    private static boolean isGenreWord(String word) {
        return Lexicon.Section.of(word) != Lexicon.Section.OTHER || FormFields.leadingLabel(word) != null
                || Lexicon.SECTION_NOUNS.stream().anyMatch(word::endsWith);
    }

    /** Kanji only, as a name in a form's name field is printed without a space: 城平守朗. */
    private static final Pattern GLUED_KANJI = Pattern.compile("^[\\p{IsHan}々]{3,5}$");

    /**
     * A glued name where a form's label says a name stands ({@code 部局長名 | 城平守朗}): besides what {@link #name}
     * takes, kanji whose first word Kuromoji knows as any proper noun (family names are often place names) and whose
     * every word is a noun. 部長兼務, 欠員 and 未定 begin with no proper noun and stay out.
     */
    static String labelledName(String t) {
        String n = name(t);
        if (n != null || !GLUED_KANJI.matcher(t).matches()) {
            return n;
        }
        List<Morpheme> ms = Morphology.get().tokenize(t);
        return ms.size() >= 2 && ms.get(0).is("名詞-固有名詞") && ms.stream().allMatch(m -> m.is("名詞")) ? t : null;
    }

    /**
     * A name spread over its cell, one kanji apart from the next ({@code 権 藤 之 守}, a form's distributed alignment):
     * three to five single kanji, read as the name run together when that is one.
     */
    private static final Pattern LETTER_SPACED = Pattern.compile("^[\\p{IsHan}々](?: [\\p{IsHan}々]){2,4}$");

    /** A name written with an honorific (木下浩君, 山田氏): a speaker in minutes or a person talked about, no head. */
    static boolean isHonorific(String name) {
        return name.strip().matches(".*[君氏]");
    }

    /** The name as printed, or null. A glued name must begin with what Kuromoji knows as a family name. */
    static String name(String t) {
        if (LETTER_SPACED.matcher(t).matches()) {
            // spreading a name over its cell is a form's way with names: a family name first is enough (権藤 之守)
            String joined = t.replace(" ", "");
            List<Morpheme> ms = Morphology.get().tokenize(joined);
            return ms.size() >= 2 && ms.get(0).is("名詞-固有名詞-人名") ? joined : null;
        }
        if (SPACED.matcher(t).matches()) {
            return isGenreWord(t.substring(t.indexOf(' ') + 1)) ? null : t;
        }
        if (GLUED.matcher(t).matches()) {
            List<Morpheme> ms = Morphology.get().tokenize(t);
            if (ms.size() >= 2 && ms.get(0).is("名詞-固有名詞-人名") && ms.stream().allMatch(m -> m.is("名詞"))
                    && ms.stream().skip(1).anyMatch(m -> m.is("名詞-固有名詞-人名") || m.surface().length() <= 2)) {
                return t;
            }
            if (ms.size() >= 2 && ms.get(0).is("名詞-固有名詞-人名-姓") && GLUED_KANJI.matcher(t).matches()
                    && ms.stream().skip(1).allMatch(m -> m.surface().length() == 1)) {
                return t; // 権藤之守: a family name, then a given name Kuromoji reads only as single characters
            }
        }
        return null;
    }
}
