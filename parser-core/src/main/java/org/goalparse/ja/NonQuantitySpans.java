package org.goalparse.ja;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text whose digits are never quantities: years and fiscal years (with a following 末/当初), dates and
 * months, clock times, codes ({@code 5-1-③}, {@code 17-101}), plan names ({@code プラン2017}) and the count of a
 * list the text itself goes on to give ({@code つぎの3点を実践します}), and the denominator of a rate ({@code 1人1日当たり},
 * {@code 人口10万人あたり}), one per each ({@code 1人1台}) and a number inside a rate's name ({@code 月45時間を超える…割合}).
 */
final class NonQuantitySpans {
    private static final Pattern YEAR_TAIL = Pattern.compile("\\G(?:末|当初|中|内|上半期|下半期|以降|~)");
    private static final Pattern OTHER = Pattern.compile(
            "\\d+(?:\\s?-\\s?(?:\\d+|[\\u2460-\\u2473]))+"              // 5-1-③, 17-101, 1-3-2
                    + "|(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?"              // 10:30
                    + "|(?<!\\d)\\d{1,2}時(?!間)(?:\\d{1,2}分|半)?"       // 10時, 10時30分
                    + "|毎月\\s?\\d{1,2}日"                               // 毎月10日
                    + "|(?<=[\\u30A1-\\u30FA\\u30FC])\\d{4}(?!\\d)"    // プラン2017
                    + "|(?<=(?:次|つぎ|以下|下記|上記|前記)の)\\d{1,2}(?=[点つ項])"  // つぎの3点: the text's own list
                    + "|(?<![\\d.,])(?:\\d+[万千]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,3}?)+"
                    + "(?:当たり|あたり|当り|につき)");                       // 1人1日当たり: the rate's denominator

    /** 1人1台, 1校1取組: one per each, how something is shared out, never an amount promised. */
    private static final Pattern ONE_PER_ONE = Pattern.compile(
            "(?<![\\d.,])1[\\p{IsHan}\\p{IsKatakana}]{1,2}1[\\p{IsHan}\\p{IsKatakana}]{1,2}");
    /**
     * A number inside the name of a rate that a percentage then states ({@code 月45時間を超える時間外勤務の教職員の割合
     * 10%以下}, {@code 年1回以上運動する人の割合 50%}): it defines who is counted; the percentage is the figure.
     */
    private static final Pattern IN_RATE_NAME = Pattern.compile(
            "(?<![\\d.,])(\\d[\\d,.]*)[^\\d、。,]{1,25}?(?:の割合|率)(?=[\\s:は]*\\d[\\d.]*\\s?%)");

    private NonQuantitySpans() {
    }

    /** A mask over {@code text}: true where a character belongs to a year, date, time, code or plan name. */
    static boolean[] mask(String text) {
        boolean[] mask = new boolean[text.length()];
        Matcher tail = YEAR_TAIL.matcher(text);
        for (EraYear y : EraYears.findAll(text)) {
            int end = y.end();
            if (tail.find(end) && tail.start() == end) {
                end = tail.end();
            }
            fill(mask, y.start(), end);
        }
        List<LocalDateMatch> dates = JapaneseDates.findAll(text, null);
        for (LocalDateMatch d : dates) {
            fill(mask, d.start(), d.end());
        }
        if (mayHoldOther(text)) {
            Matcher m = OTHER.matcher(text);
            while (m.find()) {
                fill(mask, m.start(), m.end());
            }
        }
        if (text.indexOf('1') >= 0) {
            Matcher m = ONE_PER_ONE.matcher(text);
            while (m.find()) {
                fill(mask, m.start(), m.end());
            }
        }
        if (text.indexOf('%') >= 0) {
            Matcher m = IN_RATE_NAME.matcher(text);
            while (m.find()) {
                fill(mask, m.start(1), m.end(1)); // the number only: the rate's name stays the metric
            }
        }
        return mask;
    }

    /**
     * What every form of {@link #OTHER} needs: a hyphen, a colon, 時, 毎, た/当/つ (of 当たり, につき), or a digit right
     * after katakana or の. Most sentences have none and are spared the pattern.
     */
    private static boolean mayHoldOther(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ':' || c == '時' || c == '毎' || c == 'た' || c == '当' || c == 'つ') {
                return true;
            }
            if (c >= '0' && c <= '9' && i > 0) {
                char b = text.charAt(i - 1);
                if (b == 'の' || (b >= '\u30A1' && b <= '\u30FA') || b == '\u30FC') {
                    return true;
                }
            }
        }
        return false;
    }

    private static void fill(boolean[] mask, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(mask.length, to); i++) {
            mask[i] = true;
        }
    }
}
