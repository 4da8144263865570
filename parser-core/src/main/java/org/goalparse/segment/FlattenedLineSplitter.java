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
 * ({@code ■ 経営方針(基本姿勢など) 消防の任務は…} becomes the label, then the text), before a form's label and its
 * colon ({@code 事務所名:…}), and before each item of a list of one-word titles after a bracketed label
 * ({@code 【…重点施策】 1.消防体制の充実 2.…}). Only lines of at least
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

    /** A bracketed label, then the first of a list numbered 1. 2. …: {@code 【令和5年度の重点施策】 1.体制の充実 2.…}. */
    private static final Pattern BRACKETED_LIST = Pattern.compile("【([^】\\s]{2,30})】\\s?(?=1[.．、]\\S)");
    /** One item of a list of one-word items: its number, the word, the space after it. */
    private static final Pattern WORD_ITEM = Pattern.compile("\\G([1-9][0-9]?)[.．、]([^\\s。]{2,30})\\s+");

    /** A form's label and its colon after a space: {@code …年度末評価 事務所名:自動車税事務所}, the field's start. */
    private static final Pattern FIELD = Pattern.compile("(?<=\\s)(?=(?:"
            + String.join("|", Lexicon.FORM_LABELS_LONGEST_FIRST) + ")\\s?[:：])");

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
            if (namesSection(m.group(1)) || Lexicon.REPORT_PART_NOUNS.stream().anyMatch(m.group(1)::endsWith)) {
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
        m = FIELD.matcher(line);
        while (m.find()) {
            cuts.add(m.start());
        }
        m = BRACKETED_LIST.matcher(line);
        while (m.find()) {
            if (namesSection(m.group(1))) {
                cuts.addAll(wordItems(line, m.end()));
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

    /**
     * Where the items of a list of one-word titles start ({@code 1.消防体制の充実 2.火災予防の推進 3.…}), and where
     * the last one's word ends (what follows it, a page number or the next form's label, is no part of it): two
     * items at least, numbered in turn; else none.
     */
    private static List<Integer> wordItems(String line, int first) {
        List<Integer> cuts = new ArrayList<>();
        Matcher item = WORD_ITEM.matcher(line);
        item.region(first, line.length());
        int end = -1;
        for (int n = 1; item.find() && Integer.parseInt(item.group(1)) == n; n++) {
            cuts.add(item.start());
            end = item.end(2);
        }
        if (cuts.size() < 2) {
            return List.of();
        }
        cuts.add(end);
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
