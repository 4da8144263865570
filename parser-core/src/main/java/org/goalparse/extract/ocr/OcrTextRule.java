package org.goalparse.extract.ocr;

/**
 * One correction of OCR text by its context: replaces characters one for one (the same number of {@code char}s,
 * so every character keeps its box). Applied to a recognized line ({@link OcrCleanup}).
 */
@FunctionalInterface
interface OcrTextRule {
    /** The line corrected in place. */
    void apply(char[] line);

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean isKatakana(char c) {
        return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || (c >= 'ｦ' && c <= 'ﾝ');
    }

    static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '〇';
    }
}
