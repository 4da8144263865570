package org.goalparse.extract.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period between digit groups of three, in a figure followed by Japanese (a counter: 人, 枚, 世帯), is the
 * thousands comma: a scan's small comma loses its tail and Tesseract reads {@code 14,989人} as {@code 14.989人}, which
 * then counts 14.989 people. A decimal with three places before a counter is no count of anything the genre
 * counts; a figure starting 0. ({@code 0.125}), one followed by a Latin unit or %, and other decimals stay.
 */
final class ThousandsComma implements OcrTextRule {
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![0-9.,．])[1-9][0-9]{0,2}(?:[.,．][0-9]{3})+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");

    @Override
    public void apply(char[] s) {
        Matcher m = GROUPED.matcher(new String(s));
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (s[i] == '.' || s[i] == '．') {
                    s[i] = ',';
                }
            }
        }
    }
}
