package org.goalparse.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcrCleanupTest {
    private static String apply(OcrTextRule rule, String s) {
        char[] c = s.toCharArray();
        rule.apply(c);
        return new String(c);
    }

    @Test
    void kanjiZeroOrLetterOBesideADigitIsZero() {
        ZeroAmongDigits r = new ZeroAmongDigits();
        assertEquals("2020年度", apply(r, "2〇2〇年度"));
        assertEquals("100件", apply(r, "1〇〇件"));
        assertEquals("10回", apply(r, "1O回"));
        assertEquals("二〇二五年", apply(r, "二〇二五年"), "kanji numerals stay");
        assertEquals("No1", apply(r, "No1"), "a letter beside it keeps it a letter");
    }

    @Test
    void aPeriodBetweenGroupsOfThreeBeforeACounterIsTheThousandsComma() {
        ThousandsComma r = new ThousandsComma();
        assertEquals("14,989人", apply(r, "14.989人"));
        assertEquals("169,602枚", apply(r, "169.602枚"));
        assertEquals("1,234,567円", apply(r, "1.234.567円"));
        assertEquals("62.8%", apply(r, "62.8%"), "a decimal stays");
        assertEquals("0.125人", apply(r, "0.125人"), "0. is a decimal");
        assertEquals("1.250km", apply(r, "1.250km"), "before a Latin unit");
        assertEquals("12.3456倍", apply(r, "12.3456倍"), "four places");
        assertEquals("1.5.100年", apply(r, "1.5.100年"), "a period before it that is no group");
    }

    @Test
    void anEraMisreadBeforeAYearIsTheEra() {
        EraName r = new EraName();
        assertEquals("令和4年度", apply(r, "信和4年度"));
        assertEquals("令和 5 年", apply(r, "今和 5 年"));
        assertEquals("令和元年", apply(r, "合和元年"));
        assertEquals("平成28年", apply(r, "平戒28年"));
        assertEquals("平成30年", apply(r, "半成30年"));
        assertEquals("今和食の店", apply(r, "今和食の店"), "no year after it");
        assertEquals("会和2025年", apply(r, "会和2025年"), "four places are no era's year");
        assertEquals("昭和50年", apply(r, "昭和50年"));
    }

    @Test
    void katakanaRoAmongKanjiOrAfterTheGenresWordsIsTheKanjiMouth() {
        MouthOrRo r = new MouthOrRo();
        assertEquals("市民窓口サービス", apply(r, "市民窓ロサービス"));
        assertEquals("人口減少", apply(r, "人ロ減少"));
        assertEquals("人口ビジョン", apply(r, "人ロビジョン"));
        assertEquals("新ロゴ", apply(r, "新ロゴ"), "a katakana word after another kanji");
        assertEquals("プロセス", apply(r, "プロセス"), "among katakana");
        assertEquals("ロビー", apply(r, "ロビー"));
    }

    @Test
    void aStrokeBetweenDigitsIsAHyphen() {
        DashBetweenDigits r = new DashBetweenDigits();
        assertEquals("17-101", apply(r, "17一101"));
        assertEquals("3-2", apply(r, "3ー2"));
        assertEquals("一つ", apply(r, "一つ"));
    }

    @Test
    void longVowelAfterKanaAndOneBesideKanji() {
        LongVowelOrOne r = new LongVowelOrOne();
        assertEquals("センター", apply(r, "センタ一"));
        assertEquals("第一", apply(r, "第ー"));
        assertEquals("一層", apply(r, "ー層"));
        assertEquals("サービス", apply(r, "サービス"), "a real long vowel stays");
        assertEquals("統一", apply(r, "統一"));
    }

    @Test
    void rulesSeeTheWholeLineAcrossWordsAndKeepEachWordsBox() {
        List<OcrWord> words = List.of(word("センタ", 0, 1), word("一", 90, 1), word("2", 200, 1), word("〇", 230, 1),
                word("2", 260, 1), word("〇", 290, 1), word("一", 400, 2), word("層", 430, 2));
        List<OcrWord> out = OcrCleanup.clean(words);
        assertEquals(List.of("センタ", "ー", "2", "0", "2", "0", "一", "層"), out.stream().map(OcrWord::text).toList());
        assertEquals(90, out.get(1).left());
    }

    @Test
    void aKanaAloneOnItsLineWithLowConfidenceIsNoise() {
        List<OcrWord> out = OcrCleanup.clean(List.of(new OcrWord("方針です", 0, 0, 80, 20, 0, 20, 1, 90),
                new OcrWord("お", 30, 30, 45, 50, 30, 50, 2, 35), new OcrWord("す", 0, 60, 20, 80, 60, 80, 3, 92),
                new OcrWord("施策", 0, 90, 40, 110, 90, 110, 4, 88), new OcrWord("の", 45, 90, 60, 110, 90, 110, 4, 30)));
        assertEquals(List.of("方針です", "す", "施策", "の"), out.stream().map(OcrWord::text).toList(),
                "a sure kana alone and an unsure one beside a word of its line stay");
    }

    @Test
    void unsureLatinLettersAloneOnTheirLineAreNoise() {
        // grain in the empty part of a page read as BRKN and Re; a sure DX heading and KPI inside a line stay
        List<OcrWord> out = OcrCleanup.clean(List.of(new OcrWord("BRKN", 0, 0, 80, 30, 0, 30, 1, 31),
                new OcrWord("Re", 0, 100, 40, 130, 100, 130, 2, 44), new OcrWord("DX", 0, 200, 40, 230, 200, 230, 3, 91),
                new OcrWord("KPI", 0, 300, 60, 330, 300, 330, 4, 52), new OcrWord("の目標", 62, 300, 150, 330, 300, 330, 4, 93)));
        assertEquals(List.of("DX", "KPI", "の目標"), out.stream().map(OcrWord::text).toList());
    }

    @Test
    void strayMarksWithLowConfidenceAreNoise() {
        List<OcrWord> out = OcrCleanup.clean(List.of(new OcrWord("|", 0, 0, 5, 30, 0, 30, 1, 40),
                new OcrWord("、", 10, 0, 20, 30, 0, 30, 1, 95), new OcrWord("市", 30, 100, 60, 130, 100, 130, 2, 5)));
        assertEquals(List.of("、"), out.stream().map(OcrWord::text).toList(), "a kanji alone on its line at 5%");
    }

    @Test
    void aLowConfidenceKanjiInsideItsLineIsKept() {
        // Tesseract gives 0 to many a correctly read kanji it took for a word of its own (働 of 市民協働課)
        List<OcrWord> out = OcrCleanup.clean(List.of(new OcrWord("市民協", 0, 0, 90, 30, 0, 30, 1, 90),
                new OcrWord("働", 92, 0, 121, 30, 0, 30, 1, 0), new OcrWord("課", 123, 0, 150, 30, 0, 30, 1, 91),
                new OcrWord("交通", 0, 100, 60, 130, 100, 130, 2, 90), new OcrWord("SG", 62, 100, 90, 130, 100, 130, 2, 0),
                new OcrWord("課", 92, 100, 120, 130, 100, 130, 2, 90), new OcrWord("運", 300, 100, 330, 130, 100, 130, 2, 0)));
        assertEquals(List.of("市民協", "働", "課", "交通", "課"), out.stream().map(OcrWord::text).toList(),
                "Latin letters at 0 and a kanji far from the rest of its line are still noise");
    }

    @Test
    void anUnsureWordOutOfScaleWithItsLineIsNoise() {
        // a speck read as 0 and a smudge over two lines read as に before a bullet's line; the sure ・ is small too
        List<OcrWord> out = OcrCleanup.clean(List.of(new OcrWord("0", 48, 233, 54, 239, 210, 295, 5, 23),
                new OcrWord("に", 168, 217, 278, 295, 210, 295, 5, 28), new OcrWord("・", 299, 233, 305, 239, 210, 295, 5, 93),
                new OcrWord("副業", 330, 218, 432, 256, 210, 295, 5, 91), new OcrWord("実践", 449, 216, 651, 254, 210, 295, 5, 93),
                new OcrWord("セミナー", 660, 210, 760, 250, 210, 295, 5, 92)));
        assertEquals(List.of("・", "副業", "実践", "セミナー"), out.stream().map(OcrWord::text).toList());
        // the same sizes read with confidence stay: a sure word keeps its box whatever its size
        List<OcrWord> sure = OcrCleanup.clean(List.of(new OcrWord("の", 54, 4, 64, 42, 4, 42, 1, 90),
                new OcrWord("社会", 91, 9, 138, 31, 4, 42, 1, 96), new OcrWord("援助", 141, 9, 181, 31, 4, 42, 1, 94)));
        assertEquals(3, sure.size());
    }

    private static OcrWord word(String text, int left, int line) {
        return new OcrWord(text, left, 100 * line, left + 30 * text.length(), 100 * line + 30, 100 * line,
                100 * line + 30, line, 90);
    }
}
