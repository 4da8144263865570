package org.goalparse.extract.ocr;

/**
 * 〇 (the kanji zero), O and o next to an Arabic digit are the digit 0: Tesseract's Japanese model reads the round
 * 0 of "2020" or "10件" as 〇 or O. A run of kanji numerals (二〇二五) is left alone: no Arabic digit touches it.
 */
final class ZeroAmongDigits implements OcrTextRule {
    @Override
    public void apply(char[] s) {
        boolean changed = true;
        while (changed) { // "1〇〇件": the second 〇 is next to a digit only once the first is one
            changed = false;
            for (int i = 0; i < s.length; i++) {
                char c = s[i];
                if ((c == '〇' || c == 'O' || c == 'o' || c == '○') && nextToDigit(s, i) && !nextToLetter(s, i)) {
                    s[i] = '0';
                    changed = true;
                }
            }
        }
    }

    private static boolean nextToDigit(char[] s, int i) {
        return (i > 0 && OcrTextRule.isDigit(s[i - 1])) || (i + 1 < s.length && OcrTextRule.isDigit(s[i + 1]));
    }

    /** "No1", "Oct": a Latin letter beside it makes it a letter. */
    private static boolean nextToLetter(char[] s, int i) {
        return (i > 0 && Character.isLetter(s[i - 1]) && s[i - 1] < 0x250)
                || (i + 1 < s.length && Character.isLetter(s[i + 1]) && s[i + 1] < 0x250);
    }
}
