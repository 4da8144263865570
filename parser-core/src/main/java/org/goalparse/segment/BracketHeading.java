package org.goalparse.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;

/** A line that is only a 【…】 (or [..], <…>, 〈…〉) label: 【部の基本方向】, 【地域振興課】, <部の目指す姿>. */
public final class BracketHeading implements LineRecognizer {
    private static final Pattern P = Pattern.compile("^[【\\[<〈]([^】\\]>〉]{1,40})[】\\]>〉]$");

    @Override
    public Optional<Node> recognize(String line, Loc loc) {
        Matcher m = P.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(m.group(1).trim(), HeadingStyle.BRACKET, 2, loc));
    }
}
