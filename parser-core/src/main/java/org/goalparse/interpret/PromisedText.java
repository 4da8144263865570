package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * The part of a goal's text that states what the goal promises, from which its targets are read. Left out: lines
 * about money, staff or contacts ({@link Lexicon#NOT_A_TARGET}); what stands before an arrow ({@code 882人→1,000人}:
 * the baseline); clauses that give a baseline ({@link Lexicon#BASELINE}: {@code 62事業所(令和6年3月31日現在)を、},
 * {@code (令和5年度の実績 61%)}, {@code (令和6年度末見込み58%)}, and beside a target a figure labelled with a year,
 * {@code 60%以上(令和5年度:52%)}: an aside with its own figure goes alone); and, when the goal promises something else too, a clause bound to a later deadline
 * ({@code 令和8年度までに全14地区で…、今年度は3地区}: the long-term aim is not this year's target); and a quantity
 * that only defines what is counted ({@link ThresholdQualifiers}: {@code 月45時間を超える勤務の割合 10%以下}); a
 * sentence reporting what was done ({@link ReportedSentences}); and beside a figure the sentence labels its target
 * ({@code 目標の10%}), the sentence's other figures ({@link LabelledTargets}).
 */
final class PromisedText {
    /** A clause: up to and including a 、 or 。, with any bracketed aside inside it. */
    private static final Pattern CLAUSE = Pattern.compile("(?:[(（][^()（）]*[)）]|[^、。(（])+[、。]?|[(（、。]");
    private static final Pattern ASIDE = Pattern.compile("[(（][^()（）]*[)）]");
    /**
     * An aside that labels its figure with another year ({@code 60%以上(令和5年度:52%)}, {@code (2023年度:48件)}): the
     * figure of that year, not the one promised beside it.
     */
    private static final Pattern YEAR_LABELLED = Pattern.compile(
            "^[(（]\\s*(?:令和|平成|R|H)?\\s*(?:\\d{1,4}|元)\\s*年度?(?:末|当初)?(?:実績|値)?\\s*[:：]");
    private static final Pattern DEADLINE = Pattern.compile("年度(?:末)?までに|年(?:\\d{1,2}月)?(?:末)?までに");

    private PromisedText() {
    }

    static String of(List<String> goalLines) {
        List<String> kept = new ArrayList<>();
        List<String> withDeadlines = new ArrayList<>();
        for (String line : goalLines) {
            if (Lexicon.NOT_A_TARGET.matcher(line).find()) {
                continue;
            }
            StringBuilder keep = new StringBuilder();
            StringBuilder all = new StringBuilder();
            Matcher m = CLAUSE.matcher(afterArrow(line));
            while (m.find()) {
                String clause = withoutBaselineAsides(m.group());
                if (Lexicon.BASELINE.matcher(clause).find()) {
                    continue;
                }
                all.append(clause);
                if (!DEADLINE.matcher(clause).find()) {
                    keep.append(clause);
                }
            }
            kept.add(keep.toString());
            withDeadlines.add(all.toString());
        }
        String promised = String.join("\n", kept);
        String chosen = Quantities.find(promised).isEmpty() ? String.join("\n", withDeadlines) : promised;
        return ThresholdQualifiers.without(LabelledTargets.only(ReportedSentences.without(chosen)));
    }

    /**
     * A clause without its bracketed asides that state a baseline with a quantity of their own: {@code 耐震化率62%
     * (令和6年度末見込み58%)} promises 62%. An aside with no quantity ({@code 62事業所(令和6年3月31日現在)}) dates the
     * number before it, and stays to make the whole clause a baseline.
     */
    private static String withoutBaselineAsides(String clause) {
        Matcher a = ASIDE.matcher(clause);
        if (!a.find()) {
            return clause; // most clauses have no aside: spare them the extraction below
        }
        a.reset();
        StringBuilder out = new StringBuilder();
        boolean besideTarget = !Quantities.find(a.replaceAll("")).isEmpty();
        a.reset();
        while (a.find()) {
            boolean baseline = (Lexicon.BASELINE.matcher(a.group()).find()
                    || (besideTarget && YEAR_LABELLED.matcher(a.group()).find()))
                    && !Quantities.find(a.group()).isEmpty();
            a.appendReplacement(out, baseline ? "" : Matcher.quoteReplacement(a.group()));
        }
        a.appendTail(out);
        return out.toString();
    }

    /** "882人→1,000人": what stands after the last arrow is the target; before it, the baseline. */
    private static String afterArrow(String line) {
        int arrow = Math.max(line.lastIndexOf('→'), Math.max(line.lastIndexOf('⇒'), line.lastIndexOf('➡')));
        return arrow < 0 ? line : line.substring(arrow + 1);
    }
}
