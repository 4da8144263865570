package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.PriorityPolicy;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;

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

    void accept(Node n) {
        if (n instanceof Item it && it.marker().numbered()) {
            Matcher m = TITLE.matcher(it.text());
            if (m.matches()) {
                numbered.add(new String[] {String.valueOf(it.marker().value()), m.group(1), m.group(2)});
            } else {
                numbered.add(new String[] {String.valueOf(it.marker().value()), null, it.text()});
            }
            return;
        }
        String text = n.written();
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

    private static boolean isTitle(String line) {
        return line.length() <= TITLE_MAX && !line.contains("。");
    }

    List<PriorityPolicy> policies() {
        List<PriorityPolicy> out = new ArrayList<>();
        if (numbered.isEmpty()) {
            loose.forEach(t -> out.add(new PriorityPolicy(null, null, t)));
        }
        for (String[] p : numbered) {
            int nl = p[2].indexOf('\n');
            if (p[1] == null && nl > 0 && isTitle(p[2].substring(0, nl))) {
                p = new String[] {p[0], p[2].substring(0, nl), p[2].substring(nl + 1)};
            }
            out.add(new PriorityPolicy(Integer.parseInt(p[0]), p[1], p[2].isEmpty() && p[1] != null ? p[1] : p[2]));
        }
        return out;
    }
}
