package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Field;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.TableNode;

/**
 * The label/value pairs of a form, in the four shapes the genre prints them: {@code 部局名 市民部} or
 * {@code 部局名:市民部} on one line (several pairs may share it), a label cell beside its value cell, a label
 * line above its value line, and a row of labels above a row of values. The labels are the lexicon's.
 */
final class FormFields {
    /** One value and what its label says it is. */
    record Value(Field field, String value) {
    }

    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}])(" + Lexicon.alternation(Lexicon.FORM_LABELS_LONGEST_FIRST)
                    + ")\\s*(?:[:：]\\s*|\\s+)");
    /** A label at the start of a line: 実績:…, 目標値 …, 【達成状況】…. */
    private static final Pattern LEADING = Pattern.compile("[【\\[(]?([^\\s:：】\\])]{1,8})[】\\])]?\\s*(?:[:：]|\\s|$)");
    /** A label and its value in brackets inside a longer line: 令和5年度組織目標(組織名:北山環境事務所). */
    private static final Pattern BRACKETED = Pattern.compile(
            "[(（【\\[]\\s*(" + Lexicon.alternation(Lexicon.FORM_LABELS_LONGEST_FIRST)
                    + ")\\s*[:：]\\s*([^()（）【】\\[\\]:：]{1,30}?)\\s*[)）】\\]]");
    private static final int LABEL_ROW_MAX = 12;

    private final List<Value> values;

    private FormFields(List<Value> values) {
        this.values = List.copyOf(values);
    }

    static FormFields of(Outline outline, List<String> texts) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).strip();
            Field alone = t.length() <= LABEL_ROW_MAX ? Lexicon.field(t) : null;
            if (alone != null) {
                int v = afterVerticalRun(texts, i + 1);
                if (v < texts.size() && Lexicon.field(texts.get(v).strip()) == null) {
                    out.add(new Value(alone, texts.get(v).strip()));
                }
                continue;
            }
            inline(t, out);
        }
        for (Node n : outline.nodes()) {
            if (n instanceof TableNode table) {
                labelRows(table, out);
            }
        }
        return new FormFields(out);
    }

    /** The longest run of one-character lines (a title printed down a column) passed over to a label's value. */
    private static final int VERTICAL_RUN_MAX = 12;

    /**
     * The line after a run of two or more one-character lines starting at {@code from} (部局長名 / 局 / 経 / 営 /
     * 方 / 針 / 末永 隆光: the vertical title's cells fall between a label and its value), else {@code from}.
     */
    private static int afterVerticalRun(List<String> texts, int from) {
        int j = from;
        while (j < texts.size() && j - from < VERTICAL_RUN_MAX && texts.get(j).strip().length() == 1) {
            j++;
        }
        return j - from >= 2 ? j : from;
    }

    /**
     * "部局名 市民部 部長名 山田 太郎": each label's value runs to the next label. Only a line that opens with a label
     * holds any, so that is tried first, at the start alone: most lines are not form fields, and searching every
     * position of them for one of the lexicon's labels cost more than the rest of reading the fields.
     */
    private static void inline(String t, List<Value> out) {
        Matcher m = INLINE.matcher(t);
        if (!m.lookingAt()) {
            bracketed(t, out);
            return;
        }
        m.reset();
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            if (m.start() == 0 || !labels.isEmpty() || Character.isWhitespace(t.charAt(m.start() - 1))) {
                labels.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
            }
        }
        if (labels.isEmpty() || labels.get(0)[0] != 0) {
            return;
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : t.length();
            String value = t.substring(l[1], end).strip();
            if (!value.isEmpty()) {
                String label = t.substring(l[2], l[3]);
                out.add(new Value(Lexicon.field(label), value));
            }
        }
    }

    /** Each bracketed "label: value" pair of a line that does not open with a label. */
    private static void bracketed(String t, List<Value> out) {
        if (t.indexOf(':') < 0 && t.indexOf('：') < 0) {
            return;
        }
        Matcher b = BRACKETED.matcher(t);
        while (b.find()) {
            out.add(new Value(Lexicon.field(b.group(1)), b.group(2).strip()));
        }
    }

    /** A row of labels, the next row their values, column by column. */
    private static void labelRows(TableNode table, List<Value> out) {
        List<TableNode.Row> rows = table.rows();
        for (int r = 0; r + 1 < rows.size(); r++) {
            List<TableNode.Cell> labels = rows.get(r).cells();
            long known = labels.stream().filter(c -> Lexicon.field(c.text().strip()) != null).count();
            if (known < 2) {
                continue;
            }
            for (TableNode.Cell label : labels) {
                Field f = Lexicon.field(label.text().strip());
                if (f == null) {
                    continue;
                }
                for (TableNode.Cell v : rows.get(r + 1).cells()) {
                    if (v.column() == label.column() && !v.text().isBlank() && Lexicon.field(v.text().strip()) == null) {
                        out.add(new Value(f, v.text().strip()));
                    }
                }
            }
        }
    }

    /** What the form label a line starts with says its value is ("実績:…" -> RESULT), or null. */
    static Field leadingLabel(String line) {
        Matcher m = LEADING.matcher(line.strip());
        return m.lookingAt() ? Lexicon.field(m.group(1)) : null;
    }

    List<Value> of(Field field) {
        return values.stream().filter(v -> v.field() == field).toList();
    }
}
