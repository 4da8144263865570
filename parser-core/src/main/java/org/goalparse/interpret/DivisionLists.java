package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Division names from prose and lists: "市民生活部は、地域振興課(…)・人権推進課・市民課で構成し" and
 * "市民協働課 交通防犯対策担当 市民文化会館担当".
 */
final class DivisionLists {
    /** A list closed by what it makes: …で構成, …からなる, or its count (…、長寿介護課の4課があります). */
    private static final Pattern MADE_OF = Pattern.compile(
            "^(.*?)(?:で構成|から構成|からなる|の[0-9一二三四五六七八九十]{1,2}(?:課|つの課)(?:等|室)*(?:が|で|から|を|、))");
    /** The topic before a list run into it: 保健福祉部には健康医療課、… */
    private static final Pattern TOPIC = Pattern.compile("^.*?(?:には|では|は)(?=[^、])");
    /** The words a division's name ends in, where names run together are parted. */
    private static final Pattern UNIT_END = Pattern.compile("課|担当|室|係|センター|事務所|支所");
    /** The longest value read as names run together. */
    private static final int MAX_RUN = 120;
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    /** A particle between two words (案内は環境政策課, 部が担う): a sentence, not a name (障がい福祉課 has none). */
    private static final Pattern PARTICLE = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー][はがをでにへ][\\p{IsHan}\\p{IsKatakana}]");

    List<String> fromSentence(String text) {
        Matcher m = MADE_OF.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        String list = PARENS.matcher(m.group(1)).replaceAll("");
        list = list.substring(list.lastIndexOf('。') + 1); // the sentence that ends in the list
        int comma = list.lastIndexOf('、');
        if (comma >= 0 && list.substring(0, comma).matches(".*(は|では)$")) {
            list = list.substring(comma + 1);
        } else if (list.contains("は、")) {
            list = list.substring(list.indexOf("は、") + 2);
        } else {
            Matcher topic = TOPIC.matcher(list);
            if (topic.find() && isName(Texts.compact(list.substring(topic.end()).split("[・、,]")[0]))) {
                list = list.substring(topic.end());
            }
        }
        return names(list.split("[・、,]"));
    }

    /**
     * A line under a heading of the unit's organisation (部の構成, 区役所の組織): the names it opens with, separated by
     * spaces, commas or slashes ({@code 総務課、市民協働課}, {@code こども政策課 保育幼稚園課}, {@code 企画政策課 (常勤職員9人)
     * - 歳出予算}, where a flattened table's next column follows), up to the first word that is no name, and the rest
     * where it reads whole as names run together ({@link #runTogether}); a line that opens otherwise (a sentence about
     * the divisions) gives none.
     */
    List<String> fromList(String text) {
        String[] parts = PARENS.matcher(text).replaceAll("").strip().split("[\\s、,，/／]+");
        int n = 0;
        while (n < parts.length && isName(parts[n])) {
            n++;
        }
        List<String> names = names(java.util.Arrays.copyOf(parts, n));
        if (n < parts.length) {
            // the rest may be names run together (a cell's line breaks lost) rather than the next column's words
            runTogether(String.join("", java.util.Arrays.copyOfRange(parts, n, parts.length))).stream()
                    .filter(d -> !names.contains(d)).forEach(names::add);
        }
        return names;
    }

    /**
     * A form field's value: 総務課、職員課 / 建設課・上下水道課 (a field holds names only, so ・ separates too, where
     * every piece is a name: 危機対策・情報課 is one division, 危機対策 naming none).
     */
    List<String> fromField(String value) {
        List<String> parts = new ArrayList<>();
        for (String token : value.split("[、,，/／\\s]+")) {
            String[] pieces = token.split("・");
            if (pieces.length > 1 && !java.util.Arrays.stream(pieces).allMatch(p -> isName(Texts.compact(p)))) {
                parts.add(token);
            } else {
                parts.addAll(List.of(pieces));
            }
        }
        return names(parts.toArray(String[]::new));
    }

    /** Whether a name reads as two names or more run together (広聴相談課戸籍住民課: a line break lost between them). */
    static boolean isRunTogether(String name) {
        return runTogether(name).size() >= 2;
    }

    /**
     * Names run together in the rest of a list, a cell's line breaks lost or a long name wrapped onto the next line
     * ({@code 市民協働課 / 交通防犯対策担当市民文化会館担当人権・広聴 / 相談課戸籍住民課}): the rest's words joined (the
     * caller has split off its separators), read as a run of names each ending in a unit's word ({@link #UNIT_END}),
     * the shortest first, where the run reads so from end to end (課税課 is one name: a lone 課 is none). None (an
     * empty list) where it does not read so whole.
     */
    private static List<String> runTogether(String s) {
        if (s.length() > MAX_RUN) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        return splitRun(s, 0, out) && out.size() >= 2 ? out : List.of();
    }

    private static boolean splitRun(String s, int from, List<String> out) {
        if (from == s.length()) {
            return true;
        }
        Matcher m = UNIT_END.matcher(s).region(from, s.length());
        while (m.find()) {
            String name = s.substring(from, m.end());
            if (name.length() >= 3 && isName(name) && !out.contains(name)) {
                out.add(name);
                if (splitRun(s, m.end(), out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        return false;
    }

    private static List<String> names(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = Texts.compact(p);
            if (isName(t) && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A division's name (障がい福祉課), not a sentence that ends like one (案内は環境政策課). */
    static boolean isName(String s) {
        return Texts.isDivisionName(s) && !PARTICLE.matcher(s).find();
    }
}
