package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line that runs several items together ("…実施(4校区以上) ②地域自治…", "…目指します。 ・講演会の開催:3回",
 * "…の充実 (1) 消費者教育…") before each inner marker. A marker counts only after a space or a sentence end, so
 * plan codes (5-1-③), names (人権・広聴) and quantities in parentheses ((全3回)) stay whole.
 */
public final class InlineItemSplitter {
    private static final Pattern INNER = Pattern.compile("(?<=[\\s。])(?=[\\u2460-\\u2473]\\S|\\(\\d{1,2}\\)\\s*\\S|・\\S)");

    public List<String> split(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = INNER.matcher(line);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                String piece = line.substring(from, m.start()).strip();
                if (!piece.isEmpty()) {
                    out.add(piece);
                }
                from = m.start();
            }
        }
        String last = line.substring(from).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }
}
