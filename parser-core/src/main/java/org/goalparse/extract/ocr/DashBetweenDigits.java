package org.goalparse.extract.ocr;

/**
 * A long stroke between two Arabic digits (一, ー, —, ―) is a hyphen: "17-101", "3-2" read with the kanji one or
 * the long-vowel mark, which Japanese never writes between digits.
 */
final class DashBetweenDigits implements OcrTextRule {
    @Override
    public void apply(char[] s) {
        for (int i = 1; i + 1 < s.length; i++) {
            char c = s[i];
            if ((c == '一' || c == 'ー' || c == '—' || c == '―') && OcrTextRule.isDigit(s[i - 1])
                    && OcrTextRule.isDigit(s[i + 1])) {
                s[i] = '-';
            }
        }
    }
}
