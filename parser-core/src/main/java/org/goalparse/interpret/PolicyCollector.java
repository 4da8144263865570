package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.PriorityPolicy;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;

/**
 * Priority policies: numbered items, each with the unnumbered text after it; a 【…】 opening the item is its title,
 * and so is the whole item when it is a title's length without a sentence end and text of its own follows it
 * ({@code テーマ1:農林水産業の担い手の確保と育成} above its paragraph). Unnumbered text before any number is a policy of
 * its own only where nothing in the section is numbered.
 */
final class PolicyCollector {
    private static final Pattern TITLE = Pattern.compile("^【([^】]+)】\\s*(.*)$", Pattern.DOTALL);
    private static final int TITLE_MAX = Lexicon.TITLE_MAX;
    private final List<String[]> numbered = new ArrayList<>(); // number, title, text
    private final List<String> loose = new ArrayList<>();

    /** The numbering of the section's first policy: items numbered otherwise (1 …, then (1) …) are its sub-items. */
    private NumberStyle topStyle;

    void accept(Node n) {
        String text = n.written();
        if (n instanceof Item it && it.marker().numbered()) {
            if (topStyle == null) {
                topStyle = it.marker().style();
            }
            if (it.marker().style() != topStyle) {
                text = it.asLine(); // (1) under 1: the policy's measure, text of the policy above it
            } else {
                Matcher m = TITLE.matcher(it.text());
                if (m.matches()) {
                    numbered.add(new String[] {String.valueOf(it.marker().value()), m.group(1), m.group(2)});
                } else {
                    numbered.add(new String[] {String.valueOf(it.marker().value()), null, it.text()});
                }
                return;
            }
        }
        if (!numbered.isEmpty()) {
            String[] last = numbered.get(numbered.size() - 1);
            if (last[1] == null && text.startsWith("【")) {
                Matcher m = TITLE.matcher(text);
                if (m.matches()) {
                    last[1] = m.group(1);
                    text = m.group(2);
                }
            }
            last[2] = last[2].isEmpty() ? text : last[2] + "\n" + text;
        } else {
            loose.add(text);
        }
    }

    /** Unnumbered text of a section whose policies are numbered: not a policy, kept in sections, reported. */
    List<String> unplaced() {
        return numbered.isEmpty() ? List.of() : loose.stream()
                .map(t -> "priority-policy text without a number, kept in sections only: "
                        + (t.length() <= 60 ? t : t.substring(0, 60) + "…"))
                .toList();
    }

    /** The longest sentence a list of policies may state as their titles: a phrase and 。, no clauses. */
    private static final int SENTENCE_TITLE_MAX = 30;

    /**
     * One short sentence of one clause (子育て支援を推進します。): a list whose every policy is one is a list of titles
     * written as sentences; a longer one (…し、…を進めます。) is a policy's text without a title.
     */
    private static boolean isShortSentence(String text) {
        String t = text.strip();
        return t.length() <= SENTENCE_TITLE_MAX && t.indexOf('。') == t.length() - 1 && !t.contains("、")
                && t.indexOf('\n') < 0;
    }

    private static boolean isTitle(String line) {
        return line.length() <= TITLE_MAX && !line.contains("。");
    }

    List<PriorityPolicy> policies() {
        List<PriorityPolicy> out = new ArrayList<>();
        if (numbered.isEmpty()) {
            loose.forEach(t -> out.add(new PriorityPolicy(null, null, t)));
        }
        boolean allShortSentences = numbered.stream().allMatch(p -> p[1] == null && isShortSentence(p[2]));
        for (String[] p : numbered) {
            int nl = p[2].indexOf('\n');
            if (p[1] == null && nl > 0 && isTitle(p[2].substring(0, nl))) {
                p = new String[] {p[0], p[2].substring(0, nl), p[2].substring(nl + 1)};
            } else if (p[1] == null && nl < 0 && isTitle(p[2]) && !Lexicon.SENTENCE_END.matcher(p[2].strip()).find()) {
                // 重点目標1 専門的な資料の収集・保存の充実, one phrase with nothing under it: the phrase is its title
                p = new String[] {p[0], p[2].strip(), p[2]};
            } else if (p[1] == null && allShortSentences) {
                // 1. 子育て支援を推進します。 with nothing under it: the sentence is the policy's title
                p = new String[] {p[0], Lexicon.SENTENCE_END.matcher(p[2].strip()).replaceFirst(""), p[2]};
            }
            out.add(new PriorityPolicy(Integer.parseInt(p[0]), p[1], p[2].isEmpty() && p[1] != null ? p[1] : p[2]));
        }
        return out;
    }
}
