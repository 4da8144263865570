package org.goalparse.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Marker;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;

/** The numbering styles of items, one recognizer each. */
public final class ItemMarkers {
    private ItemMarkers() {
    }

    /** ①..⑳ followed by text. */
    public static final class Circled implements LineRecognizer {
        private static final Pattern P = Pattern.compile("^([\\u2460-\\u2473])\\s*(\\S.*)$");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            int v = m.group(1).charAt(0) - 0x2460 + 1;
            return Optional.of(new Item(new Marker(NumberStyle.CIRCLED, v, m.group(1)), m.group(2).trim(), loc));
        }
    }

    /** (1) or 1) followed by text. */
    public static final class Paren implements LineRecognizer {
        private static final Pattern P = Pattern.compile("^(\\(\\s*(\\d{1,2})\\s*\\)|(\\d{1,2})\\))\\s*(\\S.*)$");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            int v = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            return Optional.of(new Item(new Marker(NumberStyle.PAREN, v, m.group(1)), m.group(4).trim(), loc));
        }
    }

    /**
     * "1 text", "1.text", "1、text": a 1-2 digit number then a separator. The text must not start with
     * a counter or a unit (that would be a quantity: "3 回", "12 種類") or a date part ("月", "年").
     */
    public static final class Arabic implements LineRecognizer {
        private static final Pattern P = Pattern.compile("^(\\d{1,2})([.、．]\\s*|\\s+)(\\S.*)$");
        private static final Pattern NOT_TEXT = Pattern.compile(
                "^(?:[年月日回人名件%個つ校](?:$|[\\s、。,)(のをにがは以未超])|[-/:,.~]|\\d)");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches() || NOT_TEXT.matcher(m.group(3)).find()) {
                return Optional.empty();
            }
            NumberStyle style = m.group(2).isBlank() ? NumberStyle.ARABIC : NumberStyle.ARABIC_DOT;
            return Optional.of(new Item(new Marker(style, Integer.parseInt(m.group(1)), m.group(1) + m.group(2).trim()),
                    m.group(3).trim(), loc));
        }
    }

    /** ・ - ○ ● ■ □ ◆ ◇ ◎ ※ bullets. */
    public static final class Bullet implements LineRecognizer {
        private static final Pattern P = Pattern.compile("^([・\\-○●■□◆◇◎▪])\\s*(\\S.*)$");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Item(new Marker(NumberStyle.BULLET, 0, m.group(1)), m.group(2).trim(), loc));
        }
    }
}
