package org.goalparse.extract.ocr;

/**
 * An era's name with one character misread before a year (信和4年度, 今和5年, 平戒28年, 半成30年): the kanji
 * Tesseract takes for 令 or 成 or 平 on a grainy scan, where only the era's name can stand before a year's number
 * and 年. The year decides nothing else: the fiscal year is the document's most asked-for value, and a title's
 * era misread loses it.
 */
final class EraName implements OcrTextRule {
    /** Kanji read in place of 令 (before 和). */
    private static final String READ_FOR_REI = "今合命冷介会全信";
    /** Kanji read in place of 成 (after 平). */
    private static final String READ_FOR_SEI = "戒或式戌戍咸";
    /** Kanji read in place of 平 (before 成). */
    private static final String READ_FOR_HEI = "半乎干";

    @Override
    public void apply(char[] s) {
        for (int i = 0; i + 1 < s.length; i++) {
            if (!beforeYear(s, i + 2)) {
                continue;
            }
            char a = s[i];
            char b = s[i + 1];
            if (b == '和' && READ_FOR_REI.indexOf(a) >= 0) {
                s[i] = '令';
            } else if (a == '平' && READ_FOR_SEI.indexOf(b) >= 0) {
                s[i + 1] = '成';
            } else if (b == '成' && READ_FOR_HEI.indexOf(a) >= 0) {
                s[i] = '平';
            }
        }
    }

    /** Whether a year's number (digits or 元, at most two places) and 年 follow from {@code at}, spaces allowed. */
    private static boolean beforeYear(char[] s, int at) {
        int i = skipSpaces(s, at);
        int digits = 0;
        if (i < s.length && s[i] == '元') {
            i++;
            digits = 1;
        } else {
            while (i < s.length && OcrTextRule.isDigit(s[i]) && digits < 3) {
                i++;
                digits++;
            }
        }
        if (digits == 0 || digits > 2) {
            return false;
        }
        i = skipSpaces(s, i);
        return i < s.length && s[i] == '年';
    }

    private static int skipSpaces(char[] s, int i) {
        while (i < s.length && (s[i] == ' ' || s[i] == '　')) {
            i++;
        }
        return i;
    }
}
