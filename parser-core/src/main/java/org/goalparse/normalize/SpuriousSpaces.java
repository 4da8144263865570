package org.goalparse.normalize;

import static org.goalparse.normalize.CharKind.allMatch;
import static org.goalparse.normalize.CharKind.isClosing;
import static org.goalparse.normalize.CharKind.isDigit;
import static org.goalparse.normalize.CharKind.isHan;
import static org.goalparse.normalize.CharKind.isHiragana;
import static org.goalparse.normalize.CharKind.isJapanese;
import static org.goalparse.normalize.CharKind.isLatin;
import static org.goalparse.normalize.CharKind.isMarkerSymbol;
import static org.goalparse.normalize.CharKind.isNonInitialKana;
import static org.goalparse.normalize.CharKind.isOpening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;

/**
 * Removes the spaces PDF extraction put inside Japanese words where the original lines wrapped
 * ({@code 地区セ ンター}, {@code 努めま す}, {@code 40,070 世帯}, {@code 第 11 次}) and keeps real separations
 * (a family and a given name, a kana reading before a name, a list marker and its text, a title and its body,
 * Latin words). Expects single spaces (run {@link Whitespace} first). Character rules decide first; where they
 * cannot, Kuromoji analyses the text around the space with the space removed: a morpheme that crosses the former
 * space, a particle, prefix or auxiliary on the left, or a particle, auxiliary, suffix or dependent word on the
 * right join the two sides; two independent words (names, a title then its body) stay apart.
 * A space after {@code 。} or {@code 、} carries no meaning in Japanese prose and is removed unless a list marker follows.
 * Before any of this, a paragraph that a rendition printed on one line, its former line ends as spaces at one width
 * apart, loses those spaces whatever the words beside them ({@link WrappedLines}); and a name before its bracketed
 * note ({@code 男女共同参画 推進事業 (人権・男女共同参画課)}) is read as the one noun phrase it is.
 * Stateless and thread-safe.
 */
public final class SpuriousSpaces implements TextRule {
    /** The decision for the space at {@code index}: kept or removed, and which rule said so. */
    public record Decision(int index, boolean keep, String reason) {
        public Decision {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static final int WINDOW = 16;
    /** A bracketed note closing the text: {@code  (人権・男女共同参画課)}. */
    private static final Pattern NOTE = Pattern.compile(" ?\\([^()]+\\)");
    private static final String BOUND_SUFFIXES = "課係室局等人者化的性率費額数用別式制館所員様達際型版後中内外毎方界層";

    private final Morphology morphology;
    private final Counters counters;

    public SpuriousSpaces() {
        this(Morphology.get());
    }

    public SpuriousSpaces(Morphology morphology) {
        this.morphology = Objects.requireNonNull(morphology, "morphology");
        this.counters = new Counters(morphology);
    }

    @Override
    public String apply(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        List<Decision> decisions = decide(text);
        StringBuilder sb = new StringBuilder(text.length());
        int next = 0;
        for (Decision d : decisions) {
            if (!d.keep()) {
                sb.append(text, next, d.index());
                next = d.index() + 1;
            }
        }
        return sb.append(text, next, text.length()).toString();
    }

    /** A decision for every single space between two non-space characters of {@code text}. */
    public List<Decision> decide(String text) {
        List<Decision> out = new ArrayList<>();
        Set<Integer> wraps = WrappedLines.wrapPoints(text);
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ') {
                out.add(wraps.contains(i) ? remove(i, "line wrap (pieces of one width)") : decideAt(text, i));
            }
        }
        return out;
    }

    private Decision decideAt(String s, int i) {
        char l = s.charAt(i - 1);
        char r = s.charAt(i + 1);
        String lp = s.substring(s.lastIndexOf(' ', i - 1) + 1, i);
        int rEnd = s.indexOf(' ', i + 1);
        String rp = s.substring(i + 1, rEnd < 0 ? s.length() : rEnd);

        if ((isLatin(l) && (isLatin(r) || isDigit(r))) || (isDigit(l) && isLatin(r))) {
            return keep(i, "latin words");
        }
        if (r == '・') {
            return i + 2 < s.length() && s.charAt(i + 2) == ' '
                    ? remove(i, "middle dot between words") : keep(i, "bullet");
        }
        if (isMarkerSymbol(r) || startsParenNumber(s, i + 1)) {
            return keep(i, "list marker follows");
        }
        if (l == '・') {
            return remove(i, "after middle dot");
        }
        if (l == '、' || l == '。') {
            return remove(i, "after 、。");
        }
        if (r == '、' || r == '。' || isClosing(r)) {
            return remove(i, "before punctuation or closing bracket");
        }
        if (isOpening(l)) {
            return remove(i, "after opening bracket");
        }
        if ((r == '>' && angleLabel(s, s.lastIndexOf('<', i), i + 1)) || (l == '<' && angleLabel(s, i - 1, s.indexOf('>', i)))) {
            return remove(i, "inside an angle-bracket label");
        }
        if ((l == ':' && (isJapanese(r) || isDigit(r))) || (r == ':' && (isJapanese(l) || isDigit(l)))) {
            return remove(i, "around colon");
        }
        if (r == '%' && isDigit(l)) {
            return remove(i, "number and %");
        }
        if (isDigit(l)) {
            return numberThenWord(s, i, r);
        }
        if (isDigit(r) && isJapanese(l)) {
            return wordThenNumber(s, i, l);
        }
        if (isDigit(r)) {
            return keep(i, "number");
        }
        if (lp.length() == 1 && rp.length() == 1 && isJapanese(l) && isJapanese(r)) {
            return remove(i, "letter-spaced word");
        }
        if (lp.length() >= 2 && allMatch(lp, c -> isHiragana((char) c))
                && (allMatch(rp, c -> isHiragana((char) c)) || isHan(r))) {
            return keep(i, "kana reading");
        }
        if (isNonInitialKana(r) && isJapanese(l)) {
            return remove(i, "kana that cannot start a word");
        }
        return morphological(s, i, l, r, lp, rp);
    }

    /** {@code <ミ ッ シ ョ ン >}: ASCII angle brackets round a short Japanese label, read like 〈…〉, not as comparisons. */
    private static boolean angleLabel(String s, int open, int close) {
        if (open < 0 || close < 0 || close - open > 24) {
            return false;
        }
        String inner = s.substring(open + 1, close).replace(" ", "");
        return !inner.isEmpty() && allMatch(inner, c -> isJapanese((char) c));
    }

    private Decision numberThenWord(String s, int i, char r) {
        if (!isJapanese(r)) {
            return keep(i, "number");
        }
        int start = i - 1;
        while (start > 0 && (isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == ',' || s.charAt(start - 1) == '.')) {
            start--;
        }
        char before = start > 0 ? s.charAt(start - 1) : 0;
        if (before == '第' || (before == ' ' && start > 1 && s.charAt(start - 2) == '第')) {
            return remove(i, "ordinal 第 n");
        }
        if (isJapanese(before) || before == ':') {
            return remove(i, "number inside text, then its word");
        }
        if (counters.at(s, i + 1)) {
            return remove(i, "number then counter");
        }
        return keep(i, "number then word (a marker?)");
    }

    private Decision wordThenNumber(String s, int i, char l) {
        if (l == '第') {
            return remove(i, "ordinal 第 n");
        }
        if (endsWithQuantity(s, i)) {
            return keep(i, "quantity then number (two values)");
        }
        int end = i + 1;
        while (end < s.length() && (isDigit(s.charAt(end)) || s.charAt(end) == ',' || s.charAt(end) == '.')) {
            end++;
        }
        if (end < s.length() && s.charAt(end) == ' ') {
            end++;
        }
        if (end < s.length() && (s.charAt(end) == '%' || counters.at(s, end))) {
            return remove(i, "word then quantity");
        }
        return keep(i, "word then number");
    }

    private Decision morphological(String s, int i, char l, char r, String lp, String rp) {
        if (lp.length() <= 4 && rp.length() <= 4 && allMatch(lp, c -> isHan((char) c)) && allMatch(rp, c -> isHan((char) c))) {
            return keep(i, "two short kanji words (a name?)");
        }
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(s.length(), i + 1 + WINDOW);
        String joined = s.substring(from, i) + s.substring(i + 1, to);
        int b = i - from;
        Morpheme left = null;
        Morpheme right = null;
        for (Morpheme m : morphology.tokenize(joined)) {
            if (m.start() < b && m.end() > b) {
                return allMatch(m.surface(), c -> isJapanese((char) c))
                        ? remove(i, "one word across the space: " + m.surface()) : keep(i, "symbol run across the space");
            }
            if (m.end() == b) {
                left = m;
            } else if (m.start() == b) {
                right = m;
            }
        }
        if (left == null || right == null) {
            return keep(i, "no morpheme boundary");
        }
        if (isClosing(l)) {
            return right.is("助詞") || right.is("助動詞")
                    ? remove(i, "closing bracket then " + right.pos()) : keep(i, "after closing bracket");
        }
        if (isOpening(r)) {
            return left.is("助詞") || left.is("接頭詞")
                    ? remove(i, left.pos() + " then opening bracket") : keep(i, "before opening bracket");
        }
        if (left.pos().contains("人名") || right.pos().contains("人名")) {
            return keep(i, "person's name");
        }
        if (left.is("名詞") && right.is("名詞") && isNameBeforeNote(s, i, rp)) {
            return remove(i, "a name wrapped before its bracketed note");
        }
        if (left.is("接頭詞") || left.is("助詞")) {
            return remove(i, "left ends in " + left.pos());
        }
        if (dependent(right)) {
            return remove(i, "right starts with " + right.pos());
        }
        if (left.is("名詞-サ変接続") && right.is("動詞")
                && isSuru(right.baseForm() == null ? right.surface() : right.baseForm())) {
            return remove(i, "サ変 noun then する");
        }
        return keep(i, "independent words");
    }

    /**
     * A morpheme that cannot begin a phrase: particle, auxiliary, dependent noun or verb, or a suffix. IPADIC tags
     * many one-kanji nouns as suffixes after another noun ({@code 報告 国}, {@code (3) 協働}), so a one-character
     * suffix counts only when it is one that binds to the word before ({@code 課}, {@code 等}, {@code 人}, {@code 化}).
     */
    private static boolean dependent(Morpheme m) {
        if (m.is("名詞-接尾")) {
            return m.surface().length() > 1 || BOUND_SUFFIXES.indexOf(m.surface().charAt(0)) >= 0;
        }
        return m.is("助詞") || m.is("助動詞") || m.is("名詞-非自立") || m.is("動詞-接尾")
                || m.is("動詞-非自立") || m.is("形容詞-非自立");
    }

    /**
     * The whole text is a name and its note in brackets, {@code 男女共同参画 推進事業 (人権・男女共同参画課)}
     * (a project and its division, as a table cell printed its lines one after the other): the name is one
     * noun phrase, so a space between two of its nouns, the part after it bare nouns running up to the bracket,
     * is where the cell wrapped. Only the first space of the text qualifies, so a list of names keeps its spaces.
     */
    private static boolean isNameBeforeNote(String s, int i, String rp) {
        if (s.lastIndexOf(' ', i - 1) >= 0 || rp.length() < 2
                || !allMatch(rp, c -> isHan((char) c) || CharKind.isKatakana((char) c))) {
            return false;
        }
        return NOTE.matcher(s.substring(i + 1 + rp.length())).matches();
    }

    private static boolean isSuru(String base) {
        return "する".equals(base) || "できる".equals(base) || "される".equals(base) || "させる".equals(base);
    }

    /** Whether the text before the space at {@code i} ends in a number and its counter: {@code 16,000人}, {@code 9,700 人}. */
    private boolean endsWithQuantity(String s, int i) {
        int j = i - 1;
        while (j >= 0 && i - 1 - j < 4 && s.charAt(j) != ' ' && !isDigit(s.charAt(j))) {
            j--;
        }
        int counterAt = j + 1;
        if (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && isDigit(s.charAt(j)) && counterAt < i && counters.at(s.substring(0, i), counterAt);
    }

    /** {@code (1)}, {@code (12)}, {@code (一)}: a parenthesized list number. */
    private static boolean startsParenNumber(String s, int at) {
        if (s.charAt(at) != '(') {
            return false;
        }
        int close = s.indexOf(')', at);
        if (close < at + 2 || close > at + 4) {
            return false;
        }
        return allMatch(s.substring(at + 1, close), c -> isDigit((char) c) || "一二三四五六七八九十".indexOf(c) >= 0);
    }

    private static Decision keep(int i, String reason) {
        return new Decision(i, true, reason);
    }

    private static Decision remove(int i, String reason) {
        return new Decision(i, false, reason);
    }
}
