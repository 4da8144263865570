package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnicodeFoldingTest {
    private final UnicodeFolding rule = new UnicodeFolding();

    @Test
    void fullWidthToAscii() {
        assertEquals("令和7年度", rule.apply("令和７年度"));
        assertEquals("地域振興課(9地区センター)", rule.apply("地域振興課（9地区センター）"));
        assertEquals("地域コミュニティ推進講演会の開催:3回", rule.apply("地域コミュニティ推進講演会の開催：3回"));
        assertEquals("参加率104%", rule.apply("参加率104％"));
        assertEquals("SDGsの視点", rule.apply("ＳＤＧｓの視点"));
        assertEquals("市民 課", rule.apply("市民\u3000課"));
    }

    @Test
    void radicalsStandingForIdeographsBecomeTheIdeographsJapaneseWrites() {
        // a Type 3 font's ToUnicode gives radicals: Supplement forms NFKC leaves alone, Kangxi forms it folds
        assertEquals("市民生活部長", rule.apply("市\u2EA0\u2F63活部\u2ED1"));
        assertEquals("戸籍・住民基本台帳", rule.apply("\u2F3E籍・住\u2EA0基本台帳"));
        assertEquals("黄色い羽根", rule.apply("\u2FC8色い羽根"));
        assertEquals("歯と口の健康", rule.apply("\u2EEDと口の健康"));
        assertEquals("西区役所", rule.apply("\u2EC4区役所"));
        assertEquals("戸", rule.apply("戸"), "the ideograph itself is unchanged");
    }

    @Test
    void halfWidthKatakanaToFullWidthIncludingVoicedMarks() {
        assertEquals("マイナンバーカード", rule.apply("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ"));
    }

    @Test
    void circledNumbersSurvive() {
        assertEquals("①未設置の小学校区において", rule.apply("①未設置の小学校区において"));
        assertEquals("5-1-③ 地域課題の共有を図り", rule.apply("５－１－③ 地域課題の共有を図り"));
        assertEquals("⑳㉑㊿⓪Ⓐ㊀㋐", rule.apply("⑳㉑㊿⓪Ⓐ㊀㋐"));
        assertEquals("①ガ②", rule.apply("①ｶﾞ②"));
    }

    @Test
    void parenthesizedNumbersBecomeAscii() {
        assertEquals("(1) 地域自治組織", rule.apply("⑴ 地域自治組織"));
        assertEquals("1. 部局の使命", rule.apply("⒈ 部局の使命"));
        assertEquals("(株)", rule.apply("㈱"));
        assertEquals("平成28年", rule.apply("㍻28年"));
    }

    @Test
    void middleDotsBecomeTheJapaneseOne() {
        assertEquals("参画 ・ 参加", rule.apply("参画 · 参加"));
        assertEquals("・自治会加入世帯数", rule.apply("·自治会加入世帯数"));
        assertEquals("人権・広聴相談課", rule.apply("人権･広聴相談課"));
        assertEquals("・ 講座", rule.apply("• 講座"));
    }

    @Test
    void rangeTildesAndHyphensAreCanonical() {
        assertEquals("受託団体の公募及び選定(5月~11月)", rule.apply("受託団体の公募及び選定(5月～11月)"));
        assertEquals("5月~11月", rule.apply("5月〜11月"));
        assertEquals("17-101", rule.apply("17‐101"));
        assertEquals("17-101", rule.apply("17−101"));
        assertEquals("マイナポータル", rule.apply("マイナポータル"));
    }

    @Test
    void symbolsWithoutCompatibilityMappingSurvive() {
        assertEquals("出張所⇒本庁、出張所⇔出張所", rule.apply("出張所⇒本庁、出張所⇔出張所"));
        assertEquals("※〒→―", rule.apply("※〒→―"));
    }
}
