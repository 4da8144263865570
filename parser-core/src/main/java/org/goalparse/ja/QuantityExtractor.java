package org.goalparse.ja;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.Quantity;

/**
 * Finds the quantities of a sentence: a number with a counter or unit ({@code 3回}, {@code 40,070世帯},
 * {@code 80%以上}, {@code 約300人}, {@code 3万人}), its comparator ({@code 以上} >=, {@code 以下}/{@code 以内} <=,
 * {@code 超}/{@code を超える} >, {@code 未満} <), the metric it measures and the date it is stated at.
 *
 * <p>Not quantities: years, fiscal years and dates ({@code 令和4年度}, {@code 令和5年3月末日}, {@code 3/27},
 * {@code 4月~10月}), clock times, ordinals ({@code 第3期}, {@code 3回目}), anniversaries ({@code 60周年}), ages
 * ({@code 18歳}), plan names and codes ({@code プラン2017}, {@code 5-1-③}, {@code 17-101}, {@code No.3}), list markers
 * ({@code 1.}, {@code (1)}, {@code ①}), {@code 6つ}, and a number glued to a noun that is not a counter
 * ({@code 9地区センター}, {@code 4各業務}, {@code 2人権}). Pure kanji numerals count only before a counter, and a lone
 * {@code 一} never ({@code 一人ひとり}, {@code 一か所}). A single 万/億/千 after digits stays
 * with the unit as written ({@code 3万人} is 3 万人, {@code 5千円} 5 千円, as a reader would key them); mixed forms
 * are folded into the value ({@code 1万2千人} is 12000 人).
 *
 * <p>Spans of time in years, months or weeks ({@code 施行10年}, {@code 10年間}) are {@link QuantityKind#DURATION}, and a
 * time limit counted from an event ({@code 誕生日から14日以内に}: a time unit with 以内 and から earlier in the same
 * clause) is {@link QuantityKind#DEADLINE}: {@link #findAll} reports them, {@link #extract} leaves them out. Days and
 * hours ({@code 全20日}, {@code 797時間}) are measures.
 *
 * <p>Stateless and thread-safe; Kuromoji runs at most once per text, and only when a candidate number has a unit.
 * The quantities of a sentence are remembered in the thread's {@link DocumentMemo}, when one is open.
 */
public final class QuantityExtractor {
    private static final QuantityExtractor INSTANCE = new QuantityExtractor();
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d,])(?:[万億千](?:\\d+(?:\\.\\d+)?)?)*"
                    + "|[〇一二三四五六七八九十百千万億]+");
    /** Digits with one trailing 万/億/千: the multiplier stays with the unit as written ({@code 85万人}). */
    private static final Pattern SCALED = Pattern.compile("([\\d.,]+)([万億千])");
    private static final Pattern LIST_MARKER_LINE = Pattern.compile("(?:^|\\n)[\\s\\-・*•]*$");
    private static final List<String> UNITS;

    static {
        List<String> all = new ArrayList<>(Counters.MEASURES);
        all.addAll(Counters.DURATIONS);
        all.sort((a, b) -> b.length() - a.length());
        UNITS = List.copyOf(all);
    }

    private QuantityExtractor() {
    }

    public static QuantityExtractor get() {
        return INSTANCE;
    }

    /** The measures in {@code text}, in order (durations and deadlines left out). */
    public List<Quantity> extract(String text) {
        return extract(text, null);
    }

    /**
     * The measures in {@code text}, in order; {@code fiscalYear} (the Gregorian year a fiscal year starts, may be
     * null) dates an {@code asOf} written without a year ({@code 2月末時点} in FY2022 is 2023-02).
     */
    public List<Quantity> extract(String text, Integer fiscalYear) {
        List<Quantity> out = new ArrayList<>();
        for (QuantityMatch m : findAll(text, fiscalYear)) {
            if (m.kind() == QuantityKind.MEASURE) {
                out.add(m.quantity());
            }
        }
        return out;
    }

    /**
     * Every number with a counter in {@code text}, measures, durations and deadlines, with kind and offsets. A
     * quantity, its metric and its date never span a line or a sentence, so each sentence is read on its own:
     * sentences without a candidate number cost no morphological analysis, and the others only their own. Within a
     * {@link DocumentMemo} scope a sentence read before (the same goal text goes through several rules) is not read
     * again.
     */
    public List<QuantityMatch> findAll(String text, Integer fiscalYear) {
        List<QuantityMatch> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int from = 0;
        while (from <= text.length()) {
            int to = sentenceEnd(text, from);
            if (to > from) {
                List<QuantityMatch> inLine = DocumentMemo.quantities(text.substring(from, to), fiscalYear,
                        sentence -> findAllInLine(sentence, fiscalYear));
                for (QuantityMatch q : inLine) {
                    out.add(new QuantityMatch(q.quantity(), q.kind(), q.start() + from, q.end() + from));
                }
            }
            from = to < text.length() && text.charAt(to) == '\n' ? to + 1 : to;
            if (to >= text.length()) {
                break;
            }
        }
        return out;
    }

    /** The end of the sentence starting at {@code from}: just after its 。, or at the line break or the text's end. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '。') {
                return i + 1;
            }
        }
        return text.length();
    }

    private List<QuantityMatch> findAllInLine(String text, Integer fiscalYear) {
        List<QuantityMatch> out = new ArrayList<>();
        boolean[] mask = null;
        TokenIndex tokens = null;
        List<LocalDateMatch> dates = null;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean ascii = text.charAt(s) >= '0' && text.charAt(s) <= '9';
            if (ascii ? rejectedByContext(text, s, e) : rejectedKanji(text, s, e)) {
                continue;
            }
            if (mask == null) {
                mask = NonQuantitySpans.mask(text);
            }
            if (masked(mask, s, e) || !unitMayFollow(text, e)) {
                continue;
            }
            if (tokens == null) {
                tokens = new TokenIndex(text);
            }
            if (!ascii && !isKanjiNumberToken(tokens, s, e)) {
                continue;
            }
            Unit unit = findUnit(text, tokens, e, !ascii);
            if (unit == null) {
                continue;
            }
            String number = m.group();
            String unitText = unit.unit;
            Matcher scaled = SCALED.matcher(number);
            if (scaled.matches()) {           // 85万人 is written, and read, as 85 of 万人
                number = scaled.group(1);
                unitText = scaled.group(2) + unitText;
            }
            BigDecimal value = KanjiNumerals.parse(number).orElse(null);
            if (value == null) {
                continue;
            }
            int prefixStart = prefixStart(text, mask, s);
            QuantityKind kind = kindOf(text, prefixStart, unit);
            MetricFinder.Metric metric = MetricFinder.find(text, tokens, mask, prefixStart);
            int textStart = Math.min(metric.textStart(), prefixStart);
            if (dates == null) {
                dates = JapaneseDates.findAll(text, fiscalYear);
            }
            String asOf = AsOfResolver.resolve(text, dates, s, unit.end);
            Quantity q = new Quantity(text.substring(textStart, unit.end).strip(), metric.name(), value, unitText,
                    unit.comparator, asOf);
            out.add(new QuantityMatch(q, kind, textStart, unit.end));
        }
        return out;
    }

    /** {@code quantities} without repeats: the same value, unit and comparator is kept once (the first). */
    public static List<Quantity> distinct(List<Quantity> quantities) {
        Set<List<Object>> seen = new HashSet<>();
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : quantities) {
            List<Object> key = q.value() == null ? List.of("text", q.text())
                    : java.util.Arrays.asList(q.value(), q.unit(), q.comparator());
            if (seen.add(key)) {
                out.add(q);
            }
        }
        return out;
    }

    private record Unit(String unit, String comparator, int end) {
        Unit {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** Ordinals, codes, plan names, fractions, times and list markers, judged from the characters around. */
    private static boolean rejectedByContext(String text, int s, int e) {
        char before = s > 0 ? text.charAt(s - 1) : '\n';
        if (isAsciiLetter(before) || before == '.' || before == '/' || before == '-' || before == '#'
                || before == '№' || before == '第') {
            return true;
        }
        if (before == ' ' && s > 1 && text.charAt(s - 2) == '第') {
            return true;
        }
        if (before == ':' && s > 1 && Character.isDigit(text.charAt(s - 2))) {
            return true;
        }
        if (before == '、' && s > 1 && Character.isDigit(text.charAt(s - 2)) && e - s <= 2) {
            return true; // 普及率は53、6%: a decimal point printed as 、, the figure's tail is no figure of its own
        }
        char after = e < text.length() ? text.charAt(e) : '\n';
        char after2 = e + 1 < text.length() ? text.charAt(e + 1) : '\n';
        if ((after == '/' || after == '-' || after == ':' || after == '.') && (Character.isDigit(after2)
                || (after2 >= '\u2460' && after2 <= '\u2473'))) {
            return true;
        }
        return (after == '.' || after == ')') && LIST_MARKER_LINE.matcher(text.substring(Math.max(0, s - 20), s)).find()
                && !Character.isDigit(after2);
    }

    /** A kanji numeral counts only on its own: not a lone 一, not inside a word (千里, 統一, 第三). */
    private static boolean rejectedKanji(String text, int s, int e) {
        String n = text.substring(s, e);
        if (n.equals("一") || n.chars().allMatch(c -> c == '万' || c == '億' || c == '千' || c == '百' || c == '十')
                && n.length() == 1) {
            return true;
        }
        char before = s > 0 ? text.charAt(s - 1) : '\n';
        if (Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN) {
            return "年計全各約延月週".indexOf(before) < 0;
        }
        return false;
    }

    private static boolean isKanjiNumberToken(TokenIndex tokens, int s, int e) {
        Morpheme first = tokens.startingAt(s);
        return first != null && first.is("名詞-数") && tokens.isBoundary(e);
    }

    /** The counter after the number at {@code e} (one space allowed), with its comparator, or null. */
    private static Unit findUnit(String text, TokenIndex tokens, int e, boolean strongOnly) {
        int u = e;
        if (u < text.length() && (text.charAt(u) == ' ' || text.charAt(u) == '\u3000')) {
            u++;
        }
        boolean known = false;
        for (String unit : UNITS) {
            if (text.startsWith(unit, u)) {
                known = true;
                Unit found = accept(text, tokens, u, unit, strongOnly);
                if (found != null) {
                    return found;
                }
            }
        }
        Morpheme t = known ? null : tokens.startingAt(u); // a known counter that failed is not retried as another word
        if (t != null && t.is("名詞-接尾-助数詞") && !Counters.NOT_COUNTERS.contains(t.surface())
                && t.surface().chars().allMatch(Character::isLetter)) {
            return accept(text, tokens, u, t.surface(), strongOnly);
        }
        return null;
    }

    /**
     * Whether {@link #findUnit} could find anything at {@code e}: a known unit or a word (a counter is letters) after at
     * most one space. Decided from the characters alone, so that a sentence whose numbers have no unit (list numbers,
     * codes, bare figures) is never analysed.
     */
    private static boolean unitMayFollow(String text, int e) {
        int u = e;
        if (u < text.length() && (text.charAt(u) == ' ' || text.charAt(u) == '\u3000')) {
            u++;
        }
        if (u >= text.length()) {
            return false;
        }
        if (Character.isLetter(text.charAt(u))) {
            return true;
        }
        for (String unit : UNITS) {
            if (text.startsWith(unit, u)) {
                return true;
            }
        }
        return false;
    }

    private static Unit accept(String text, TokenIndex tokens, int u, String unit, boolean strongOnly) {
        int end = u + unit.length();
        if (unit.equals("分") && text.startsWith("の", end)) {
            return null; // 3分の1 is a fraction
        }
        boolean symbol = !Character.isLetter(unit.charAt(unit.length() - 1)) || isAsciiLetter(unit.charAt(0));
        if (!symbol && (!tokens.isBoundary(u) || !tokens.isBoundary(end))) {
            return null;
        }
        Morpheme head = tokens.startingAt(u);
        boolean strong = symbol || (head != null && head.is("名詞-接尾-助数詞"));
        if (strongOnly && !strong) {
            return null;
        }
        int c = end;
        if (c < text.length() && text.charAt(c) == ' ') {
            c++;
        }
        for (Map.Entry<String, String> cmp : Counters.COMPARATORS) {
            if (text.startsWith(cmp.getKey(), c)) {
                return new Unit(unit, cmp.getValue(), c + cmp.getKey().length());
            }
        }
        if (symbol) {
            return new Unit(unit, null, end);
        }
        Morpheme next = tokens.startingAt(end);
        return followerOk(tokens, next, strong) ? new Unit(unit, null, end) : null;
    }

    /** Whether the word after a counter leaves it a counter: 3回開催 yes, 9地区センター / 2人権 / 3回目 no. */
    private static boolean followerOk(TokenIndex tokens, Morpheme next, boolean strong) {
        if (next == null || Counters.FOLLOWERS_OK.contains(next.surface())) {
            return true;
        }
        if (!next.surface().chars().allMatch(Character::isLetter)) {
            return true; // punctuation, brackets, white space
        }
        if (!next.is("名詞") && !next.is("接頭詞")) {
            return true; // particles, verbs, auxiliaries, adverbs
        }
        if (next.is("名詞-副詞可能") || next.is("名詞-非自立")) {
            return true;
        }
        if (next.is("名詞-サ変接続")) {
            if (strong) {
                return true;
            }
            // a weak counter (an ordinary noun such as 種類, 施設) takes a verbal noun only when it is used as a verb:
            // 12種類実施 / 12種類実施しました, not 9施設機能が / 3事業計画の
            Morpheme after = tokens.next(next);
            return after == null || after.is("動詞") || after.is("助動詞")
                    || (after.is("記号") && !after.is("記号-括弧開"));
        }
        return false;
    }

    /** Where the quantity's text starts: before 約, 計, 全, 各, 年間 and the like written right before the number. */
    private static int prefixStart(String text, boolean[] mask, int s) {
        int p = s;
        for (int round = 0; round < 2; round++) {
            int q = p;
            while (q > 0 && text.charAt(q - 1) == ' ') {
                q--;
            }
            boolean found = false;
            for (String prefix : Counters.PREFIXES) {
                int ps = q - prefix.length();
                if (ps >= 0 && text.startsWith(prefix, ps) && !masked(mask, ps, q)) {
                    p = ps;
                    found = true;
                    break;
                }
            }
            if (!found) {
                break;
            }
        }
        return p;
    }

    private static QuantityKind kindOf(String text, int prefixStart, Unit unit) {
        if (Counters.TIME_UNITS.contains(unit.unit) && "<=".equals(unit.comparator)
                && text.startsWith("以内", unit.end - 2)) {
            int clause = prefixStart;
            while (clause > 0 && "、。\n,".indexOf(text.charAt(clause - 1)) < 0) {
                clause--;
            }
            if (text.substring(clause, prefixStart).contains("から")) {
                return QuantityKind.DEADLINE;
            }
        }
        return Counters.isDuration(unit.unit) ? QuantityKind.DURATION : QuantityKind.MEASURE;
    }

    private static boolean masked(boolean[] mask, int from, int to) {
        for (int i = from; i < to && i < mask.length; i++) {
            if (mask[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
