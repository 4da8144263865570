package org.goalparse.interpret;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/**
 * An evaluation sheet of one measure ({@link Lexicon.Field#MEASURE}: 施策名 消防力の充実, 基本事業名 12201 教育改革の推進):
 * the measure it names is its one goal, its code (12201) cut off. A sheet naming several measures, or a value too
 * long for a title, gives none. Read only when no section announced goals.
 */
final class MeasureSheetGoal {
    /** A measure's code before its name: 12201 教育改革の推進, 65003公正で…. */
    private static final Pattern CODE = Pattern.compile("^\\d{3,8}\\s*");

    /** The shortest form label cut off a value it is glued to (…に関する事務所管課 …: the spacing rule joined them). */
    private static final int GLUED_LABEL_MIN = 3;

    /** The value up to the next form label of three characters or more glued into it (所管課, 部局名), if any. */
    private static String beforeAGluedLabel(String value) {
        int cut = value.length();
        for (String label : Lexicon.FORM_LABELS_LONGEST_FIRST) {
            int at = label.length() >= GLUED_LABEL_MIN ? value.indexOf(label, 2) : -1;
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return value.substring(0, cut).strip();
    }

    ItemGoals.Read read(Outline outline, FormFields fields) {
        Set<String> measures = new LinkedHashSet<>();
        for (FormFields.Value v : fields.of(Lexicon.Field.MEASURE)) {
            String title = beforeAGluedLabel(CODE.matcher(v.value().strip()).replaceFirst(""));
            if (!title.isEmpty() && title.length() <= GoalTitles.TITLE_MAX && !Character.isDigit(title.charAt(0))) {
                measures.add(title);
            }
        }
        if (measures.size() != 1) {
            return ItemGoals.Read.NONE;
        }
        String title = measures.iterator().next();
        Node at = OutlineTexts.nodes(outline).stream().filter(n -> OutlineTexts.line(n).contains(title)).findFirst()
                .orElse(null);
        if (at == null) {
            return ItemGoals.Read.NONE;
        }
        return new ItemGoals.Read(List.of(new GoalDraft(null, null, title, at.loc()).toGoal()), List.of());
    }
}
