package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.DepartmentNames;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;
import org.goalparse.lexicon.Lexicon;

/**
 * The city the document is from: a place name (IPADIC 名詞-固有名詞-地域) followed by the suffix 市/町/村/区
 * (名詞-接尾-地域), as in 第11次伊勢原市交通安全計画 or 入間市連合区長会. The most frequent one wins; of places named once
 * each, the one the opening names, else none (大阪府、大阪市及び堺市と連携し names no publisher);
 * a special ward (世田谷区) only where no city, town or village is named. A prefecture (山梨県, 大阪府, 東京都) is the
 * publisher when its document's opening names it and no city there (a prefecture's page names cities in passing;
 * a city's page names its prefecture before itself: 山梨県緑ヶ丘市), and elsewhere only when no city is named at all.
 * A document that names no place (市国際交流協会, 市の窓口) gives null.
 */
final class MunicipalityFinder {
    private static final int WINDOW = 12;
    /** How many of the first texts (page furniture aside) make a document's opening: its title lines. */
    private static final int OPENING = 3;
    private static final String SUFFIXES = "市町村区県府都";
    private static final String PREFECTURE = "県府都";
    private static final Pattern ALONE = Pattern.compile(
            "^([\\p{IsHan}ヶケ々][\\p{IsHan}\\p{IsHiragana}ヶケ々]{0,4}[市町村県])(?:$|\\s|トップ|ホーム|公式)");

    String find(List<String> texts) {
        return find(texts, null);
    }

    /**
     * As {@link #find(List)}, for a document whose unit is {@code department}: a ward (…区) is the municipality only
     * when it is one of Tokyo's special wards ({@link Lexicon#SPECIAL_WARDS}) and not the document's own unit (a
     * designated city's 北区役所 or 中区 運営方針); a city's ward written after it (若葉市西区) leaves the city.
     */
    String find(List<String> texts, String department) {
        String ownWard = department == null ? null
                : department.endsWith(Lexicon.WARD_OFFICE) ? department.substring(0, department.length() - 2)
                : department.endsWith("区") ? department : null;
        List<String> openingTexts = opening(texts);
        Map<String, Integer> opening = places(openingTexts);
        opening.keySet().removeIf(p -> !isMunicipalWard(p, ownWard));
        String body = beforeABody(openingTexts);
        if (body != null && opening.keySet().stream().allMatch(p -> isPrefecture(p) || body.endsWith(p))) {
            // 高知県 … 四万十市農業委員会: a city the dictionary does not know (or knows cut short), named by its body
            return body;
        }
        List<String> openingPrefectures = opening.keySet().stream().filter(MunicipalityFinder::isPrefecture).toList();
        if (openingPrefectures.size() == 1 && opening.keySet().stream().allMatch(MunicipalityFinder::isPrefecture)) {
            String place = placeOfABodyAlone(texts); // 栃木県 atop a form whose body's line names its city
            return place != null ? place : openingPrefectures.get(0);
        }
        Map<String, Integer> counts = places(texts);
        counts.keySet().removeIf(p -> !isMunicipalWard(p, ownWard));
        if (counts.keySet().stream().anyMatch(c -> !isPrefecture(c))) {
            counts.keySet().removeIf(MunicipalityFinder::isPrefecture);
        }
        // a city, town or village before a ward: 東区 is more often a ward of the city than the city itself
        boolean anyCity = counts.keySet().stream().anyMatch(k -> !k.endsWith("区"));
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .filter(e -> !anyCity || !e.getKey().endsWith("区"))
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).toList();
        if (ranked.size() >= 2 && ranked.get(0).getValue() == 1 && ranked.get(1).getValue() == 1) {
            // 大阪府、大阪市及び堺市と連携し: places named once each in passing, none the publisher, unless one of
            // them is named in the opening (若葉市 令和6年度 市民部運営方針) or as the owner of the page's body there
            // (坂出市立病院 > 看護部長)
            List<String> owners = ranked.stream().map(Map.Entry::getKey)
                    .filter(p -> openingTexts.stream().anyMatch(t -> t.contains(p + "立")
                            || BEFORE_A_BODY.matcher(t).results().anyMatch(m -> m.group(1).equals(p))))
                    .toList();
            if (owners.size() == 1) {
                return owners.get(0);
            }
            List<String> inOpening = ranked.stream().map(Map.Entry::getKey)
                    .filter(p -> openingTexts.stream().anyMatch(t -> t.contains(p))).toList();
            return inOpening.size() == 1 ? inOpening.get(0) : null;
        }
        if (ranked.isEmpty() || isPrefecture(ranked.get(0).getKey())) {
            String place = placeOfABodyAlone(texts); // 茨城県 … 常総市農業委員会: the city the dictionary cut apart
            if (place != null) {
                return place;
            }
        }
        return ranked.isEmpty() ? standingAlone(texts) : ranked.get(0).getKey();
    }

    /** The city, town or village of a body alone on its line ({@code 若葉市農業委員会}), if one only is so named. */
    private static String placeOfABodyAlone(List<String> texts) {
        List<String> places = DepartmentNames.placesAndBodies(texts).stream().map(pb -> pb[0])
                .filter(p -> !isPersonsName(p.substring(0, p.length() - 1))).distinct().toList();
        return places.size() == 1 ? places.get(0) : null;
    }

    private static final Pattern BEFORE_A_BODY = Pattern.compile(
            "(?<![\\p{IsHan}ヶケ々\\p{IsHiragana}])(?:年度)?([\\p{IsHan}ヶケ々]{2,4}[市町村]|\\p{IsHiragana}{2,6}[市町村])(?:"
            + String.join("|", Lexicon.MUNICIPAL_BODIES) + ")");

    /**
     * A city, town or village named right before one of its bodies in the opening ({@code 四万十市農業委員会}, after a
     * fiscal year glued before it: {@code 平成27年度若葉市農業委員会}): the
     * one name so printed, else null. It is the municipality where the dictionary finds no other city in the opening.
     */
    private static String beforeABody(List<String> opening) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String t : opening) {
            Matcher m = BEFORE_A_BODY.matcher(t);
            while (m.find()) {
                String name = m.group(1);
                if (name.chars().limit(name.length() - 1).noneMatch(c -> SUFFIXES.indexOf(c) >= 0)
                        && !isPersonsName(name.substring(0, name.length() - 1))) {
                    found.add(name);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Whether {@code place} may be the municipality: anything but a ward, or a special ward not the unit itself. */
    private static boolean isMunicipalWard(String place, String ownWard) {
        return !place.endsWith("区") || Lexicon.SPECIAL_WARDS.contains(place) && !place.equals(ownWard);
    }

    /**
     * A name the dictionary does not know, standing alone at the start of an opening line ({@code 紅葉市}, or a site's
     * {@code 南風市トップページ > …}): a line is not begun by a place name in passing. A family name the dictionary
     * knows ({@code 野村 裕之}, {@code 中村 …}) is a person's line, not a village's.
     */
    private static String standingAlone(List<String> texts) {
        for (String t : texts.stream().filter(t -> !t.isBlank()).limit(OPENING * 2).toList()) {
            Matcher m = ALONE.matcher(t.strip());
            if (m.find() && !isPersonsName(m.group(1)) && isRealPrefectureOrNone(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** {@code 野村} of {@code 野村 裕之}: a family name the dictionary knows whole, not a village it does not know. */
    private static boolean isPersonsName(String name) {
        List<Morpheme> ms = Morphology.get().tokenize(name);
        return ms.size() == 1 && ms.get(0).is("名詞-固有名詞-人名");
    }

    private static List<String> opening(List<String> texts) {
        return texts.stream().filter(t -> !t.isBlank() && !PageFurniture.isFurniture(t)).limit(OPENING).toList();
    }

    /**
     * A city, town, village or ward, or one of the 47 prefectures: 直江県 (直江県民文化部長) is none, nor a city named in
     * katakana alone ({@link #isForeignCity}).
     */
    private static boolean isRealPrefectureOrNone(String place) {
        return (!isPrefecture(place) || Lexicon.PREFECTURES.contains(place)) && !isForeignCity(place);
    }

    /**
     * A city whose name is katakana alone (a sister city abroad, {@code ブルーミントン市}): no Japanese city is so named
     * (南アルプス市 has its kanji); a town may be ({@code ニセコ町}).
     */
    static boolean isForeignCity(String place) {
        return place.length() >= 3 && place.endsWith("市")
                && place.substring(0, place.length() - 1).matches("[\\p{IsKatakana}ー・]+");
    }

    private static boolean isPrefecture(String place) {
        return PREFECTURE.indexOf(place.charAt(place.length() - 1)) >= 0;
    }

    private static Map<String, Integer> places(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> seen = new java.util.HashMap<>(); // the same window (…市民, 本市) recurs: analyse it once
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                if (SUFFIXES.indexOf(t.charAt(i)) >= 0 && i > 0 && !opensAWord(t, i) && !jointWithACity(t, i)) {
                    String place = seen.computeIfAbsent(window(t, i), w -> placeBefore(w).orElse(""));
                    if (!place.isEmpty() && isRealPrefectureOrNone(place)) {
                        counts.merge(place, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /**
     * 忠生市民センター, 若葉台市民館, …市政: a district's name before a facility named for the citizens (市民センター,
     * 市民会館…), or 市政 or 市場 (a market: 新魚市場) after a word, begins a word of its own; the 市 is no suffix of a municipality. Plain 函館市民
     * (the citizens of 函館市) still names the city.
     */
    private static final Pattern WORD_AFTER = Pattern.compile("民(?:センター|会館|館|ホール|プラザ|病院|体育館)|政|場");

    /**
     * 大阪府市統合本部, 県市長会: a prefecture's suffix directly before 市 names a body of the prefecture and its cities
     * together, not the publisher (県市町村課, a prefecture's division for its municipalities, still names it).
     */
    private static boolean jointWithACity(String t, int i) {
        return PREFECTURE.indexOf(t.charAt(i)) >= 0 && i + 1 < t.length() && t.charAt(i + 1) == '市'
                && (i + 2 >= t.length() || t.charAt(i + 2) != '町');
    }

    private static boolean opensAWord(String t, int i) {
        return WORD_AFTER.matcher(t).region(i + 1, t.length()).lookingAt();
    }

    /**
     * The text before a 市/町/村/区 at {@code i}, back to the last punctuation or space and at most a short window:
     * tokenizing windows, not whole paragraphs, keeps this cheap; a place name never spans punctuation.
     */
    private static String window(String t, int i) {
        int from = i;
        while (from > 0 && i - from < WINDOW && !isBoundary(t.charAt(from - 1))) {
            from--;
        }
        return t.substring(from, i + 1);
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || "、。,.「」『』()()・:".indexOf(c) >= 0;
    }

    /** A noun of one kanji (愛 of 愛|荘|町), neither a number nor a place suffix nor a prefix. */
    private static boolean isOneKanjiNoun(Morpheme m) {
        return m.surface().length() == 1 && Character.UnicodeScript.of(m.surface().charAt(0)) == Character.UnicodeScript.HAN
                && m.is("名詞") && !m.is("名詞-数") && !m.is("名詞-接尾-地域") && !m.is("名詞-接尾-助数詞");
    }

    /**
     * A kanji numeral glued before a place name (十 of 十|和田|市) opens the name: a number counting places has a
     * counter or の between (十の市, 十か所), and one after another numeral or 第 is a number (二十, 第十).
     */
    private static boolean isGluedNumeralKanji(List<Morpheme> ms, int k, Morpheme place) {
        Morpheme m = ms.get(k);
        if (m.surface().length() != 1 || !m.is("名詞-数") || m.end() != place.start()
                || "一二三四五六七八九十百千".indexOf(m.surface().charAt(0)) < 0) {
            return false;
        }
        if (k == 0) {
            return true;
        }
        Morpheme before = ms.get(k - 1);
        return before.end() != m.start() || !before.is("名詞-数") && !before.surface().endsWith("第");
    }

    /** A place name that is no prefecture (with its suffix or without: 北海道, 大阪), city or ward (薩摩, not 横浜市). */
    private static boolean isPlaceWithoutSuffix(Morpheme m) {
        String s = m.surface();
        return m.is("名詞-固有名詞-地域") && s.length() >= 2 && SUFFIXES.indexOf(s.charAt(s.length() - 1)) < 0
                && !s.endsWith("道") && PREFECTURE.chars().noneMatch(c -> Lexicon.PREFECTURES.contains(s + (char) c));
    }

    /** "…伊勢原市" -> 伊勢原市 when the last two morphemes are a place name and the suffix. */
    private static java.util.Optional<String> placeBefore(String window) {
        List<Morpheme> ms = Morphology.get().tokenize(window);
        Morpheme last = ms.isEmpty() ? null : ms.get(ms.size() - 1);
        if (last != null && last.is("名詞-固有名詞-地域") && last.surface().length() >= 3
                && PREFECTURE.indexOf(last.surface().charAt(last.surface().length() - 1)) >= 0) {
            return java.util.Optional.of(last.surface()); // 東京都, 大阪府: the dictionary holds them whole
        }
        if (ms.size() < 2) {
            return java.util.Optional.empty();
        }
        Morpheme suffix = ms.get(ms.size() - 1);
        Morpheme place = ms.get(ms.size() - 2);
        if (suffix.is("名詞-接尾-地域") && suffix.surface().length() == 1 && place.is("名詞-固有名詞-地域")
                && place.end() == suffix.start()) {
            String name = place.surface();
            if (name.length() == 1 && ms.size() >= 3 && isOneKanjiNoun(ms.get(ms.size() - 3))
                    && ms.get(ms.size() - 3).end() == place.start()) {
                name = ms.get(ms.size() - 3).surface() + name; // 愛荘町: the dictionary cut the name's first kanji off
            } else if (ms.size() >= 3 && isPlaceWithoutSuffix(ms.get(ms.size() - 3))
                    && ms.get(ms.size() - 3).end() == place.start()) {
                name = ms.get(ms.size() - 3).surface() + name; // 薩摩|川内|市: two place names make the city's
            } else if (ms.size() >= 3 && isGluedNumeralKanji(ms, ms.size() - 3, place)) {
                name = ms.get(ms.size() - 3).surface() + name; // 十|和田|市: a numeral opens the name, counting nothing
            }
            return java.util.Optional.of(name + suffix.surface());
        }
        return java.util.Optional.empty();
    }
}
