package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line that runs several items together ("…実施(4校区以上) ②地域自治…", "…目指します。 ・講演会の開催:3回",
 * "…の充実 (1) 消費者教育…", "… ① 入館者数を… ② 満足度は…") before each inner marker. A marker counts only after a
 * space or a sentence end, so
 * plan codes (5-1-③), names (人権・広聴) and quantities in parentheses ((全3回)) stay whole.
 */
public final class InlineItemSplitter {
    private static final Pattern INNER = Pattern.compile("(?<=[\\s。])(?=[\\u2460-\\u2473]\\S|\\(\\d{1,2}\\)\\s*\\S|・\\S)");

    /** A circled number, a space, then text: {@code … H26) ① 入館者数を… ② 利用者…}. */
    private static final Pattern SPACED_CIRCLED = Pattern.compile("(?<=[\\s。])[\\u2460-\\u2473](?=\\s\\S)");

    public List<String> split(String line) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        Matcher m = INNER.matcher(line);
        while (m.find()) {
            cuts.add(m.start());
        }
        cuts.addAll(spacedCircled(line));
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                String piece = line.substring(from, cut).strip();
                if (!piece.isEmpty()) {
                    out.add(piece);
                }
                from = cut;
            }
        }
        String last = line.substring(from).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /**
     * Circled numbers followed by a space, where the space leaves doubt: each one counts only beside the next or
     * the previous number of the same run in the line ({@code ① … ② …}), so a lone {@code ① 入館者数} in a row of
     * figures stays in its line.
     */
    private static List<Integer> spacedCircled(String line) {
        java.util.Map<Integer, Integer> at = new java.util.LinkedHashMap<>();
        Matcher m = SPACED_CIRCLED.matcher(line);
        while (m.find()) {
            at.putIfAbsent(line.charAt(m.start()) - '\u2460', m.start());
        }
        List<Integer> out = new ArrayList<>();
        at.forEach((v, pos) -> {
            Integer next = at.get(v + 1);
            Integer previous = at.get(v - 1);
            if ((next != null && next > pos) || (previous != null && previous < pos)) {
                out.add(pos);
            }
        });
        return out;
    }
}
