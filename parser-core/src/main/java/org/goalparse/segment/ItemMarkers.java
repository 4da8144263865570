package org.goalparse.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;
import org.goalparse.lexicon.Lexicon;
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
        private static final String COUNTERS = "(?:[年月日回人名件%個つ校枚]|種類|世帯|団体|校区|会場|箇所|時間|自治会|か所|ヶ所)";
        private static final Pattern NOT_TEXT = Pattern.compile(
                "^(?:" + COUNTERS + "(?:$|[\\s、。,)(のをにがは以未超])|[-/:,.~]|\\d)");
        private static final Pattern COUNTER_FIRST = Pattern.compile("^" + COUNTERS);
        private static final Pattern GLUED = Pattern.compile(
                "^(?<!\\d)(\\d{1,2})([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「『].{3,})$");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches() || NOT_TEXT.matcher(m.group(3)).find() || countsSomething(m.group(1), m.group(3))) {
                return Optional.empty();
            }
            NumberStyle style = m.group(2).isBlank() ? NumberStyle.ARABIC : NumberStyle.ARABIC_DOT;
            return Optional.of(new Item(new Marker(style, Integer.parseInt(m.group(1)), m.group(1) + m.group(2).trim()),
                    m.group(3).trim(), loc));
        }

        /**
         * "1切れ目のない支援の充実": a number glued to its text with no separator, which some pages print for their goal
         * list. Alone it cannot be told from a quantity or a wrapped line, so it is only a candidate: {@link
         * GluedNumberList} keeps it when the page numbers several such lines 1, 2, 3. Text opening with a counter
         * ({@code 1件}, Kuromoji's 助数詞), a date part or a symbol is none.
         */
        static Optional<Item> glued(String line, Loc loc) {
            Matcher m = GLUED.matcher(line.strip());
            if (!m.matches() || NOT_TEXT.matcher(m.group(2)).find() || COUNTER_FIRST.matcher(m.group(2)).find()
                    || suffixed(m.group(1), m.group(2))) {
                return Optional.empty();
            }
            return Optional.of(new Item(new Marker(NumberStyle.ARABIC, Integer.parseInt(m.group(1)), m.group(1)),
                    m.group(2).strip(), loc));
        }

        /**
         * "3 部活動の地域移行" after items 1 and 2 of the same list: Kuromoji reads {@code 3部} as a quantity, but a
         * line whose number is exactly the next one of the running "N text" list ({@code expected}), separated by a
         * space as that list's items are, is its next item. Only Kuromoji's counter reading is overruled ({@code 部},
         * {@code 本} of 本庁舎); text opening with a counter of the fixed list ({@code 3 回開催する}, {@code 3 人}), a date
         * part or a number run still makes no item.
         */
        static Optional<Item> continuing(String line, Loc loc, int expected) {
            Matcher m = P.matcher(line.strip());
            if (!m.matches() || !m.group(2).isBlank() || Integer.parseInt(m.group(1)) != expected
                    || NOT_TEXT.matcher(m.group(3)).find() || COUNTER_FIRST.matcher(m.group(3)).find()) {
                return Optional.empty();
            }
            return Optional.of(new Item(new Marker(NumberStyle.ARABIC, expected, m.group(1)), m.group(3).trim(), loc));
        }
    }

    /**
     * "目標1:…", "重点目標2 …", "取組3.…", "目標①…", "目標1創業支援", "テーマ1:…": the genre's words
     * ({@link Lexicon#ITEM_LABELS}) numbering their own items. A number of two levels (重点取組1-2) is not read as
     * item 1 with text "-2 …".
     */
    public static final class Labeled implements LineRecognizer {
        private static final Pattern P = Pattern.compile(
                "^(" + Lexicon.alternation(Lexicon.ITEM_LABELS) + ")\\s*(\\d{1,2}|[\\u2460-\\u2473])"
                        + "(?![-‐－―ー]\\d)\\s*(?:[:.、)：]\\s*)?([^\\s\\d:.、)：].*)$");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            char c = m.group(2).charAt(0);
            int value = c >= '\u2460' && c <= '\u2473' ? c - 0x2460 + 1 : Integer.parseInt(m.group(2));
            if (c < '\u2460' && countsSomething(m.group(2), m.group(3))) {
                return Optional.empty(); // 目標1回以上: a quantity, not a numbered goal
            }
            return Optional.of(new Item(new Marker(NumberStyle.LABELED, value, m.group(1) + m.group(2)),
                    m.group(3).trim(), loc));
        }
    }

    /** The katakana that number items, in aiueo (gojūon) order: ア is 1, イ 2, … ン 46. */
    static final String GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

    /**
     * "ア. 道路ネットワークの強化", "イ、…", "ウ …": one katakana of the aiueo order, then a dot, a comma, a colon or a
     * space, then text; the katakana's place in that order is the number. Text that starts after a space with a small
     * kana, ー or ン (no word starts so) is a katakana word split by the extraction (ア ンケート), not an item.
     */
    public static final class Katakana implements LineRecognizer {
        private static final Pattern P = Pattern.compile("^([" + GOJUON + "])([.、:]\\s*|\\s+)(\\S.*)$");
        private static final Pattern SPLIT_WORD = Pattern.compile("^[ァィゥェォッャュョヮヵヶーン]");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches() || (m.group(2).isBlank() && SPLIT_WORD.matcher(m.group(3)).find())) {
                return Optional.empty();
            }
            int v = GOJUON.indexOf(m.group(1)) + 1;
            return Optional.of(new Item(new Marker(NumberStyle.KATAKANA, v, m.group(1) + m.group(2).trim()),
                    m.group(3).trim(), loc));
        }
    }

    /** "(ア) …" or "ア) …": a katakana of the aiueo order in brackets, the level below "ア.". */
    public static final class KatakanaParen implements LineRecognizer {
        private static final Pattern P = Pattern.compile(
                "^(\\(\\s*([" + GOJUON + "])\\s*\\)|([" + GOJUON + "])\\))\\s*(\\S.*)$");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            int v = GOJUON.indexOf(m.group(2) != null ? m.group(2) : m.group(3)) + 1;
            return Optional.of(new Item(new Marker(NumberStyle.KATAKANA_PAREN, v, m.group(1)), m.group(4).trim(), loc));
        }
    }

    /**
     * "Ⅰ 施設の耐震化", "Ⅱ. 経営基盤の強化": a Roman numeral (the normalizer's NFKC has made Ⅲ "III") up to 39, then a
     * dot, a comma, a colon or a space, then text in Japanese. Latin words (IT, ICT, IoT, Vision) are never numerals:
     * the numeral must be followed by its separator, and a line whose text has no Japanese (I am …) is English.
     */
    public static final class Roman implements LineRecognizer {
        private static final Pattern P = Pattern.compile(
                "^(X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})([.、:]\\s*|\\s+)(\\S.*)$");
        private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

        @Override
        public Optional<Node> recognize(String line, Loc loc) {
            Matcher m = P.matcher(line);
            if (!m.matches() || !JAPANESE.matcher(m.group(3)).find()) {
                return Optional.empty();
            }
            return Optional.of(new Item(new Marker(NumberStyle.ROMAN, value(m.group(1)), m.group(1) + m.group(2).trim()),
                    m.group(3).trim(), loc));
        }

        /** I=1 … XXXIX=39; the pattern admits only well-formed numerals. */
        static int value(String numeral) {
            int total = 0;
            for (int i = 0; i < numeral.length(); i++) {
                int v = switch (numeral.charAt(i)) {
                    case 'I' -> 1;
                    case 'V' -> 5;
                    default -> 10;
                };
                int next = i + 1 < numeral.length() ? "IVX".indexOf(numeral.charAt(i + 1)) : -1;
                total += next > "IVX".indexOf(numeral.charAt(i)) ? -v : v;
            }
            return total;
        }
    }

    /** Kuromoji reads the number and what follows as number + counter (3 回開催 is 3回, 5 人権 is not 5人). */
    /** The number is followed by a suffix of any kind (1点目, 2人, 3か所, 4番): a quantity or an ordinal, not a list. */
    private static boolean suffixed(String number, String rest) {
        List<Morpheme> ms = Morphology.get().tokenize(number + rest.substring(0, Math.min(rest.length(), 8)));
        return ms.size() < 2 || !ms.get(0).is("名詞-数") || ms.get(1).is("名詞-接尾");
    }

    private static boolean countsSomething(String number, String rest) {
        List<Morpheme> ms = Morphology.get().tokenize(number + rest.substring(0, Math.min(rest.length(), 8)));
        return ms.size() > 1 && ms.get(0).is("名詞-数") && ms.get(1).is("名詞-接尾-助数詞")
                && (ms.size() == 2 || !ms.get(2).is("名詞-接尾")); // 5/人/権: the "counter" is the head of 人権
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
