package org.goalparse.normalize;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;

/**
 * Whether a counter or unit begins at a position: a word from the genre's list ({@code 世帯}, {@code 種類},
 * {@code 回}, {@code 人}, …) not continued by another kanji or katakana ({@code 人権} is no counter), or what Kuromoji
 * tags as a counter (名詞-接尾-助数詞) after a number that is also a whole word on its own and is not followed by
 * an independent noun: in {@code 3 部活動の地域移行} IPADIC reads {@code 部} as a counter before {@code 活動}, but a
 * counter glued to a content word is the first character of that word (a list number, then a title).
 */
final class Counters {
    private static final List<String> WORDS = Stream.of("世帯", "種類", "時間", "箇所", "か所", "ヶ所", "カ所", "ケ所",
                    "自治会", "団体", "施設", "校区", "校", "項目", "講座", "会場", "地区", "人", "名", "件", "回", "枚", "円",
                    "千円", "万円", "億円", "万人", "千人", "日", "日間", "か月", "ヶ月", "カ月", "週", "週間", "年", "年度",
                    "年間", "月", "歳", "倍", "割", "社", "台", "冊", "本", "点", "組", "戸", "棟", "基", "席", "店", "機",
                    "区", "次", "期", "者", "か国", "カ国", "ヶ国", "都市", "事業", "分", "秒", "km", "m", "kg", "t", "ha")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private final Morphology morphology;

    Counters(Morphology morphology) {
        this.morphology = morphology;
    }

    boolean at(String s, int pos) {
        if (pos >= s.length()) {
            return false;
        }
        if (s.charAt(pos) == '%') {
            return true;
        }
        for (String w : WORDS) {
            if (s.startsWith(w, pos)) {
                int end = pos + w.length();
                return end >= s.length() || !continuesWord(s.charAt(end), w.charAt(w.length() - 1));
            }
        }
        String rest = s.substring(pos, Math.min(s.length(), pos + 12));
        List<Morpheme> afterNumber = morphology.tokenize("1" + rest);
        if (afterNumber.size() < 2 || !afterNumber.get(1).is("名詞-接尾-助数詞")) {
            return false; // most words are no counter: the second analysis is only for those that are
        }
        if (afterNumber.size() > 2 && startsWord(afterNumber.get(2))) {
            return false;
        }
        List<Morpheme> alone = morphology.tokenize(rest);
        return !alone.isEmpty() && alone.get(0).surface().equals(afterNumber.get(1).surface());
    }

    /** A noun that stands on its own: not a suffix ({@code 所}, {@code 分}), a number or a dependent noun. */
    private static boolean startsWord(Morpheme m) {
        return m.is("名詞") && !m.is("名詞-接尾") && !m.is("名詞-数") && !m.is("名詞-非自立");
    }

    private static boolean continuesWord(char next, char last) {
        if (CharKind.isLatin(last)) {
            return CharKind.isLatin(next);
        }
        return CharKind.isHan(next) || CharKind.isKatakana(next);
    }
}
