package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Section;

/**
 * A page flattened into one long line (a PDF copied into a web page, a document-sharing site's transcript) split back
 * at its parts: before a block mark ({@code ■ 経営方針 …}, {@code ○ …}, {@code 【令和5年度の重点施策】}) or a labelled
 * item ({@code 目標2 …}), before a
 * number whose label names a section ({@code 2 組織使命(…) …}), and between a section's label and its text
 * ({@code ■ 経営方針(基本姿勢など) 消防の任務は…} becomes the label, then the text). Only lines of at least
 * {@value #LONG} characters: a line of a laid-out page is left as it is.
 */
public final class FlattenedLineSplitter {
    static final int LONG = 150;
    /** The longest section label (its aside in brackets aside). */
    private static final int LABEL = 16;
    private static final Pattern MARK = Pattern.compile("(?<=[\\s。])(?=[■□◆◇●○◎]\\s?\\S|【[^】\\s]{2,30}】|【(?: ?[^】\\s]){2,30} ?】|(?:"
            + String.join("|", Lexicon.ITEM_LABELS) + ")[0-9]{1,2}(?![0-9]))");
    /** A number, then a label of one word with an aside in brackets or not, then a space: 2 組織使命(…) 消防法に… */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?<=[\\s。])(?=[1-9][0-9]?[.．]?\\s?([^\\s\\d()。、]{2," + LABEL + "})(\\([^()]{1,40}\\))?\\s)");
    /** A mark or number, then a label, then a space and the text: the label's end is where the text begins. */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^((?:[■□◆◇●○◎]|[1-9][0-9]?[.．]?)?\\s?([^\\s\\d()。、:]{2," + LABEL + "})(\\([^()]{1,40}\\))?)\\s+(\\S.{9,})$");
    /** An item label numbered with a circled figure, wherever it stands: 重点施策① (matches do not overlap). */
    private static final Pattern LABEL_CIRCLED = Pattern.compile("(?:" + String.join("|", Lexicon.ITEM_LABELS) + ")[①-⑳]");
    /** A bracketed label with its characters spread apart, then its text: 【 部 の 方 針 】 だれもが… */
    private static final Pattern SPACED_BRACKET = Pattern.compile("^【((?: ?[^】\\s]){2,30}) ?】\\s*(\\S.{9,})$");
    /** A word of the mission's heading inside the line, after a space: 部の使命・方針 ・市民… */
    private static final Pattern DIRECTION_WORD = Pattern.compile("(?<=\\s)(?=([^\\s\\d()。、:]{2," + LABEL + "})\\s)");

    /**
     * A word naming a section of goals inside the line, maybe after its year, then the list's first number:
     * {@code …取り組みます。 令和3年度重要事業 1 総合計画の策定 …}.
     */
    private static final Pattern GOALS_WORD = Pattern.compile(
            "(?<=[\\s。])(?=((?:(?:令和|平成)\\d{1,2}年度)?[^\\s\\d()。、:]{2," + LABEL + "})\\s(1)[.．]?\\s)");

    /** A number right after a sentence's end, then a space and text: {@code 。2 人材の育成}. */
    private static final Pattern NUMBER_AFTER_SENTENCE = Pattern.compile("。\\s?(?=([1-9][0-9]?)[.．]?\\s\\S)");

    public List<String> split(String line) {
        if (line.length() < LONG) {
            return List.of(line);
        }
        List<Integer> cuts = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        while (m.find()) {
            cuts.add(m.start());
        }
        m = LABEL_CIRCLED.matcher(line);
        while (m.find()) {
            cuts.add(m.start()); // 施策名重点施策① …: a labelled item numbered in circles, glued to a column's label
        }
        m = NUMBERED.matcher(line);
        while (m.find()) {
            if (namesSection(m.group(1))) {
                cuts.add(m.start());
            }
        }
        m = DIRECTION_WORD.matcher(line);
        while (m.find()) {
            if (Section.of(m.group(1)) == Section.BASIC_DIRECTION) {
                cuts.add(m.start());
            }
        }
        m = GOALS_WORD.matcher(line);
        while (m.find()) {
            List<Integer> items = Section.of(m.group(1)) == Section.GOALS ? numberedAfterSentences(line, m.start(2))
                    : List.of();
            if (!items.isEmpty()) {
                // 重点目標 1 目標の概要 達成基準 …: a table's header after its first number is no list; a list has a 2
                cuts.add(m.start()); // the goals' label
                cuts.add(m.start(2)); // their first item
                cuts.addAll(items);
            }
        }
        cuts.sort(null);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                addPiece(out, line.substring(from, cut));
                from = cut;
            }
        }
        addPiece(out, line.substring(from));
        return out;
    }

    /**
     * Where the items after a goal list's first one start: each the next number in turn, right after a sentence's
     * end ({@code …着手します。2 人材の育成 …。3 …}); a number out of turn ends the list.
     */
    private static List<Integer> numberedAfterSentences(String line, int first) {
        List<Integer> cuts = new ArrayList<>();
        Matcher next = NUMBER_AFTER_SENTENCE.matcher(line);
        int from = first;
        for (int n = 2; next.find(from) && Integer.parseInt(next.group(1)) == n; n++) {
            cuts.add(next.end());
            from = next.end();
        }
        return cuts;
    }

    private static void addPiece(List<String> out, String piece) {
        String p = piece.strip();
        if (p.isEmpty()) {
            return;
        }
        Matcher b = SPACED_BRACKET.matcher(p);
        if (b.matches() && namesSection(b.group(1).replace(" ", ""))) {
            out.add("【" + b.group(1).replace(" ", "") + "】"); // 【 部 の 方 針 】 …: a label spread over its cell
            out.add(b.group(2).strip());
            return;
        }
        Matcher m = LEADING_LABEL.matcher(p);
        if (m.matches() && namesSection(m.group(2))) {
            out.add(m.group(1).strip());
            out.add(m.group(4).strip());
        } else {
            out.add(p);
        }
    }

    /** 組織使命, 経営方針, 重点目標, 部の使命・方針: a label the lexicon reads as a section, or ending in a section noun. */
    static boolean namesSection(String label) {
        return Section.of(label) != Section.OTHER || Lexicon.SECTION_NOUNS.stream().anyMatch(label::endsWith);
    }
}
