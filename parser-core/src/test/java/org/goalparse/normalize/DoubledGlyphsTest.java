package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DoubledGlyphsTest {
    private final DoubledGlyphs rule = new DoubledGlyphs();

    @Test
    void aLineOfDoubledCharactersIsUndoubled() {
        assertEquals("令和5年度部目標管理", rule.apply("令令和和55年年度度部部目目標標管管理理"));
        assertEquals("令和 5 年 4 月 (令和 5 年 6 月更新)",
                rule.apply("令令和和 55 年年 44 月月 ((令令和和 55 年年 66 月月更更新新))"));
    }

    @Test
    void aDoubledTitleBeforePlainTextOnTheSameLine() {
        assertEquals("緑川町 ※ 二つの課の項目は主な課の欄に", rule.apply("緑緑川川町町 ※ 二つの課の項目は主な課の欄に"));
    }

    @Test
    void textWithDoubledCharactersHereAndThereStays() {
        for (String text : new String[] {"ああ、そうです", "2222", "1122 3344 5566", "22 33 44", "目標 令和5年度",
                "人々の暮らし", "ささささ", "部部長長の", "ああいい 達成"}) {
            assertEquals(text, rule.apply(text), text);
        }
    }
}
