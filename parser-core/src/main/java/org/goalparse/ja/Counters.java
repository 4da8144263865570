package org.goalparse.ja;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words that may follow a number in a quantity: counters and units, time spans, comparators and the small
 * prefixes ({@code 約}, {@code 計}, {@code 全}, {@code 各}, {@code 年間}). IPADIC tags many municipal counters as ordinary
 * nouns (世帯, 種類, 校区, 団体, 会場), so the common ones are listed here; any other word Kuromoji tags
 * 名詞-接尾-助数詞 is accepted too unless it is an ordinal, age, date or anniversary counter ({@link #NOT_COUNTERS}).
 */
final class Counters {
    /** Measures: counts, amounts, rates. Longest first so that 校区 wins over 校. */
    static final List<String> MEASURES = sortedLongestFirst(
            "%", "パーセント", "ポイント", "割", "倍",
            "人日", "人回", "人", "名", "件", "回", "世帯", "種類", "種", "校区", "校", "団体", "会場",
            "箇所", "か所", "ヶ所", "カ所", "ヵ所", "ケ所", "自治会", "枚", "時間", "日間", "日", "分間", "分", "部", "冊", "社",
            "施設", "事業所", "事業", "地区", "講座", "コース", "円", "個", "台", "本", "戸", "棟", "軒", "店舗", "店",
            "点", "組", "団地", "機関", "企業", "教室", "クラス", "園", "館", "項目", "品目", "分野",
            "か国", "カ国", "ヵ国", "ヶ国", "都市", "ページ", "頁", "タイトル", "紙", "基", "路線", "便", "km", "kg", "トン",
            "手続き", "手続", "区間", "橋", "種目", "ha", "ヘクタール", "g", "m");

    /** Spans of time: a duration, not a measure ({@code 施行10年}, {@code 10年間}, {@code 3か月}). */
    static final List<String> DURATIONS = sortedLongestFirst(
            "年間", "年", "か月間", "ヶ月間", "カ月間", "ヵ月間", "か月", "ヶ月", "カ月", "ヵ月", "箇月", "週間", "週");

    /** Units that count time: with 以内 after から they state a deadline. */
    static final Set<String> TIME_UNITS = Set.of("日", "日間", "時間", "分", "分間", "年", "年間", "か月", "ヶ月", "カ月", "ヵ月",
            "箇月", "か月間", "ヶ月間", "カ月間", "ヵ月間", "週間", "週");

    /** Kuromoji 助数詞 that never make a quantity: ordinals, ages, anniversaries, dates and clock times. */
    static final Set<String> NOT_COUNTERS = Set.of("年度", "月", "歳", "才", "周年", "期", "次", "代", "位", "号",
            "条", "項", "章", "節", "番", "丁目", "番地", "階", "等", "着", "時", "秒", "目", "度", "世紀",
            "回目", "号館", "版", "巻", "限", "学年", "年生", "つ", "月目", "日目", "年目");

    /** Comparators written after a quantity, longest first. */
    static final List<Map.Entry<String, String>> COMPARATORS = List.of(
            Map.entry("を上回る", ">"), Map.entry("を超える", ">"), Map.entry("を超す", ">"),
            Map.entry("以上", ">="), Map.entry("以下", "<="), Map.entry("以内", "<="), Map.entry("未満", "<"),
            Map.entry("超え", ">"), Map.entry("超", ">"));

    /** Words written between a label and its number that belong to the quantity's text. Longest first. */
    static final List<String> PREFIXES = sortedLongestFirst(
            "およそ", "概ね", "おおむね", "年間", "毎年", "毎月", "合計", "延べ", "最大", "最低", "最小", "総計",
            "約", "計", "延", "全", "各", "年", "月", "週");

    /** Words after a counter that do not make it part of a longer noun ({@code 10人程度}, {@code 5件増}). */
    static final Set<String> FOLLOWERS_OK = Set.of("程度", "前後", "余り", "余", "強", "弱", "増", "減", "相当",
            "超", "超え", "等", "程", "ほど", "規模", "当たり", "あたり", "分", "以上", "以下", "以内", "未満", "台",
            "ずつ", "毎", "増加", "減少", "達成", "実施", "開催", "参加");

    private Counters() {
    }

    static boolean isDuration(String unit) {
        return DURATIONS.contains(unit);
    }

    private static List<String> sortedLongestFirst(String... words) {
        return Stream.of(words).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
