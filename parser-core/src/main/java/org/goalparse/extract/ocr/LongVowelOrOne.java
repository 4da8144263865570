package org.goalparse.extract.ocr;

/**
 * The kanji 一 and the long-vowel mark ー look the same; the neighbours decide. ー lengthens a kana, so after
 * katakana (センタ一) the stroke is ー; after a kanji or at the start of a word, before a kanji (ー層, 第ー), it is
 * 一.
 */
final class LongVowelOrOne implements OcrTextRule {
    @Override
    public void apply(char[] s) {
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            char before = i > 0 ? s[i - 1] : ' ';
            char after = i + 1 < s.length ? s[i + 1] : ' ';
            if (c == '一' && OcrTextRule.isKatakana(before) && before != 'ー') {
                s[i] = 'ー';
            } else if (c == 'ー' && !OcrTextRule.isKatakana(before) && !OcrTextRule.isHiragana(before)
                    && (OcrTextRule.isIdeograph(before) || OcrTextRule.isIdeograph(after))) {
                s[i] = '一';
            }
        }
    }
}
