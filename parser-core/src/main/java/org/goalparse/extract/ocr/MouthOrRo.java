package org.goalparse.extract.ocr;

/**
 * The kanji 口 and the katakana ロ are one square to Tesseract; the neighbours decide. ロ between two kanji is 口
 * (人ロ減少 -> 人口減少); so is ロ after 窓, 人, 入 or 出 before anything (窓ロサービス -> 窓口サービス), the words the
 * genre writes constantly (窓口, 人口, 入口, 出口), which run on into a katakana word more often than a katakana word
 * starting with ロ follows those kanji. A ロ among katakana stays.
 */
final class MouthOrRo implements OcrTextRule {
    /** Kanji that 口 follows in the genre's everyday words: 窓口, 人口, 入口, 出口. */
    private static final String BEFORE_MOUTH = "窓人入出";

    @Override
    public void apply(char[] s) {
        for (int i = 1; i < s.length; i++) {
            if (s[i] != 'ロ' || !OcrTextRule.isIdeograph(s[i - 1])) {
                continue;
            }
            boolean kanjiAfter = i + 1 < s.length && OcrTextRule.isIdeograph(s[i + 1]);
            if (kanjiAfter || BEFORE_MOUTH.indexOf(s[i - 1]) >= 0) {
                s[i] = '口';
            }
        }
    }
}
