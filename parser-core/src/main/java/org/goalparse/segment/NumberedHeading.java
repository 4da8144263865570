package org.goalparse.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Marker;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;

/**
 * A numbered section title: "1. 部局の使命", "4. 中期目標(概ね今後4年間)", "第2 基本方針". Short, no sentence end,
 * and the number is followed by a dot (an item "1 コミュニティ…" has no dot) that is no decimal point ("23.5").
 */
public final class NumberedHeading implements LineRecognizer {
    private static final Pattern P = Pattern.compile("^(?:(\\d{1,2})\\.(?!\\d)|第(\\d{1,2})[章節])\\s*(\\S.{0,50})$");

    @Override
    public Optional<Node> recognize(String line, Loc loc) {
        Matcher m = P.matcher(line);
        if (!m.matches() || line.endsWith("。") || line.contains("。")) {
            return Optional.empty();
        }
        Marker number = m.group(1) == null ? null // 第2章 numbers a chapter, never a goal
                : new Marker(NumberStyle.ARABIC_DOT, Integer.parseInt(m.group(1)), m.group(1) + ".");
        return Optional.of(new Heading(m.group(3).trim(), HeadingStyle.NUMBERED, 1, loc, number));
    }
}
