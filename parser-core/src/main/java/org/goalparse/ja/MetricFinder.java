package org.goalparse.ja;

/**
 * The name of what a number measures, read backwards from the number: the label before a colon
 * ({@code 自治会加入世帯数:40,070世帯}), else the noun phrase glued to the number ({@code 交付率80%}, {@code 参加者47名},
 * {@code 就職人数(雇用保険加入)60人}), else the noun phrase before {@code の} ({@code 募集定員の80%以上}); null if none.
 */
final class MetricFinder {
    /** A metric and where the quantity's text should start: at the metric when it is glued to the number. */
    record Metric(String name, int textStart) {
    }

    private static final int MAX_LABEL = 30;
    private static final int MAX_TOKENS = 8;
    private static final String DELIMITERS = "\n\r\t 。、,;・·•*()[]「」『』【】<>\u3000";
    /** Heads of a noun phrase that names a measure, for {@code 募集定員の80%}: other phrases before の are not read. */
    private static final java.util.regex.Pattern MEASURE_HEAD =
            java.util.regex.Pattern.compile(".*(?:率|数|割合|定員|人員|額|量|比|目標|実績)$");

    private MetricFinder() {
    }

    static Metric find(String text, TokenIndex tokens, boolean[] mask, int numberStart) {
        int q = skipSpaceBack(text, numberStart);
        if (q == 0) {
            return new Metric(null, numberStart);
        }
        char before = text.charAt(q - 1);
        if (before == ':') {
            int labelEnd = skipSpaceBack(text, q - 1);
            int labelStart = labelEnd;
            while (labelStart > 0 && DELIMITERS.indexOf(text.charAt(labelStart - 1)) < 0) {
                labelStart--;
            }
            String label = text.substring(labelStart, labelEnd).strip();
            if (!label.isEmpty() && label.length() <= MAX_LABEL) {
                if (isFigureLabel(label)) {
                    // 目標値:年500件, 実績:12人: a form's label says what kind of figure it is, not what it measures
                    return new Metric(null, numberStart);
                }
                return new Metric(label, labelStart);
            }
            int chainStart = nounChainStart(text, tokens, mask, labelEnd);
            return chainStart < labelEnd
                    ? new Metric(text.substring(chainStart, labelEnd), chainStart)
                    : new Metric(null, numberStart);
        }
        if (before == ')') {
            int open = text.lastIndexOf('(', q - 1);
            if (open > 0 && text.substring(open, q).indexOf('\n') < 0) {
                int chainStart = nounChainStart(text, tokens, mask, open);
                if (chainStart < open) {
                    return new Metric(text.substring(chainStart, open), chainStart);
                }
            }
            return new Metric(null, numberStart);
        }
        int chainStart = nounChainStart(text, tokens, mask, q);
        if (chainStart < q) {
            int c = skipSpaceBack(text, chainStart);
            if (c > 0 && text.charAt(c - 1) == ':') {
                // 人権教室の実施:市内小中学校6校: the label names the measure, the noun phrase belongs to the value
                Metric label = find(text, tokens, mask, chainStart);
                if (label.name() != null) {
                    return label;
                }
                String chain = text.substring(chainStart, q);
                // 達成水準:参加児童数 延べ600人: after a form's label only a measure's name (…数, …率) is the metric
                return MEASURE_HEAD.matcher(chain).matches() ? new Metric(chain, chainStart) : new Metric(null, numberStart);
            }
            return new Metric(text.substring(chainStart, q), chainStart);
        }
        if (before == 'の') {
            int s = nounChainStart(text, tokens, mask, q - 1);
            if (s < q - 1 && MEASURE_HEAD.matcher(text.substring(s, q - 1)).matches()) {
                return new Metric(text.substring(s, q - 1), numberStart);
            }
        }
        return new Metric(null, numberStart);
    }

    /** 目標値, 目標, 実績, 達成水準: a label that says what kind of figure follows (a form's), never what it measures. */
    private static boolean isFigureLabel(String label) {
        return org.goalparse.lexicon.Lexicon.field(label) != null
                || org.goalparse.lexicon.Lexicon.TARGET_BEFORE_NUMBER.matcher(label).find();
    }

    private static int nounChainStart(String text, TokenIndex tokens, boolean[] mask, int end) {
        int start = end;
        Morpheme t = tokens.endingAt(end);
        int n = 0;
        while (t != null && n < MAX_TOKENS && isNounish(t) && !masked(mask, t) && !countsNumberBefore(tokens, t)) {
            start = t.start();
            n++;
            t = tokens.endingAt(t.start());
        }
        return start;
    }

    /** True when {@code t} is the counter of a number right before it ({@code 15箇所} in {@code 15箇所 2件}). */
    private static boolean countsNumberBefore(TokenIndex tokens, Morpheme t) {
        Morpheme prev = tokens.endingAt(t.start());
        if (prev != null && prev.is("記号-空白")) {
            prev = tokens.endingAt(prev.start());
        }
        return prev != null && prev.is("名詞-数") && !prev.surface().chars().allMatch(Character::isLetter);
    }

    private static boolean isNounish(Morpheme t) {
        if (!(t.is("名詞") || t.is("接頭詞"))) {
            return false;
        }
        if (t.is("名詞-非自立") || t.is("名詞-代名詞") || t.is("名詞-副詞可能") || t.is("名詞-接尾-副詞可能")) {
            return false;
        }
        return t.surface().chars().allMatch(Character::isLetter);
    }

    private static boolean masked(boolean[] mask, Morpheme t) {
        for (int i = t.start(); i < t.end() && i < mask.length; i++) {
            if (mask[i]) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaceBack(String text, int pos) {
        int p = pos;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u3000')) {
            p--;
        }
        return p;
    }
}
