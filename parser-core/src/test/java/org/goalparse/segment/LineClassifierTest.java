package org.goalparse.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Paragraph;
import org.junit.jupiter.api.Test;

/** Each recognizer on lines from the sample documents. */
class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier();

    private Node classify(String line) {
        return classifier.classify(line, Loc.START);
    }

    private void assertHeading(String line, HeadingStyle style, String text) {
        Heading h = assertInstanceOf(Heading.class, classify(line), line);
        assertEquals(style, h.style(), line);
        assertEquals(text, h.text(), line);
    }

    private void assertItem(String line, NumberStyle style, int value, String text) {
        Item it = assertInstanceOf(Item.class, classify(line), line);
        assertEquals(style, it.marker().style(), line);
        assertEquals(value, it.marker().value(), line);
        assertEquals(text, it.text(), line);
    }

    @Test
    void bracketHeadings() {
        assertHeading("【部の基本方向】", HeadingStyle.BRACKET, "部の基本方向");
        assertHeading("【課の目標(達成すべき目標)】", HeadingStyle.BRACKET, "課の目標(達成すべき目標)");
        assertHeading("【地域振興課】", HeadingStyle.BRACKET, "地域振興課");
    }

    @Test
    void numberedAndLabelHeadings() {
        assertHeading("1. 部局の使命", HeadingStyle.NUMBERED, "部局の使命");
        assertHeading("4. 中期目標(概ね今後4年間)", HeadingStyle.NUMBERED, "中期目標(概ね今後4年間)");
        assertHeading("平成28年度の目標", HeadingStyle.LABEL, "平成28年度の目標");
        assertHeading("部長メッセージ", HeadingStyle.LABEL, "部長メッセージ");
        assertHeading("主な事業", HeadingStyle.LABEL, "主な事業");
    }

    @Test
    void numberingStyles() {
        assertItem("1 コミュニティ活動の活発なまちづくりの促進", NumberStyle.ARABIC, 1, "コミュニティ活動の活発なまちづくりの促進");
        assertItem("5 人権の尊重と専門相談の充実", NumberStyle.ARABIC, 5, "人権の尊重と専門相談の充実");
        assertItem("① 地域力・市民力の向上に向けて", NumberStyle.CIRCLED, 1, "地域力・市民力の向上に向けて");
        assertItem("⑤消費者被害の未然防止", NumberStyle.CIRCLED, 5, "消費者被害の未然防止");
        assertItem("(2) 市民窓口サービスの向上を通じて", NumberStyle.PAREN, 2, "市民窓口サービスの向上を通じて");
        assertItem("・各種専門相談:12種類", NumberStyle.BULLET, 0, "各種専門相談:12種類");
        assertItem("○地域連携センターにかかる", NumberStyle.BULLET, 0, "地域連携センターにかかる");
        assertItem("目標1:地域コミュニティの活性化", NumberStyle.LABELED, 1, "地域コミュニティの活性化");
        assertItem("重点目標 2 窓口サービスの向上", NumberStyle.LABELED, 2, "窓口サービスの向上");
    }

    @Test
    void theLexiconsItemLabelsNumberItems() {
        assertItem("テーマ1:農林水産業の担い手の確保と育成", NumberStyle.LABELED, 1, "農林水産業の担い手の確保と育成");
        assertItem("経営課題2 料金収入の確保", NumberStyle.LABELED, 2, "料金収入の確保");
        assertItem("重点項目③ 窓口の電子化", NumberStyle.LABELED, 3, "窓口の電子化");
        assertItem("取組4.講座の開催", NumberStyle.LABELED, 4, "講座の開催");
        assertItem("施策1 子育て支援", NumberStyle.LABELED, 1, "子育て支援");
        assertInstanceOf(Paragraph.class, classify("テーマパーク1か所の誘致")); // テーマ is a label only before its number
    }

    @Test
    void katakanaNumberItemsInAiueoOrder() {
        assertItem("ア. 道路ネットワークの強化", NumberStyle.KATAKANA, 1, "道路ネットワークの強化");
        assertItem("イ、老朽化したインフラの修繕", NumberStyle.KATAKANA, 2, "老朽化したインフラの修繕");
        assertItem("ウ 流域治水の推進", NumberStyle.KATAKANA, 3, "流域治水の推進");
        assertItem("カ.観光の振興", NumberStyle.KATAKANA, 6, "観光の振興");
        assertItem("(ア) 用地の取得", NumberStyle.KATAKANA_PAREN, 1, "用地の取得");
        assertItem("エ) 点検の実施", NumberStyle.KATAKANA_PAREN, 4, "点検の実施");
        assertInstanceOf(Paragraph.class, classify("アンケートを実施する"));
        assertInstanceOf(Paragraph.class, classify("ア ンケートを実施する")); // a word split by the extraction
    }

    @Test
    void romanNumeralsNumberItemsAfterNfkc() {
        assertItem("I 施設の耐震化と更新", NumberStyle.ROMAN, 1, "施設の耐震化と更新");
        assertItem("II. 経営基盤の強化", NumberStyle.ROMAN, 2, "経営基盤の強化");
        assertItem("III、お客さまサービスの向上", NumberStyle.ROMAN, 3, "お客さまサービスの向上");
        assertItem("IV:人材の育成", NumberStyle.ROMAN, 4, "人材の育成");
        assertItem("IX 財政の健全化", NumberStyle.ROMAN, 9, "財政の健全化");
        assertItem("XIV ICTの活用", NumberStyle.ROMAN, 14, "ICTの活用");
        assertInstanceOf(Paragraph.class, classify("IT化の推進"));
        assertInstanceOf(Paragraph.class, classify("ICTを活用した窓口"));
        assertInstanceOf(Paragraph.class, classify("IoT機器の導入"));
        assertInstanceOf(Paragraph.class, classify("I have a plan.")); // English: no Japanese text
        assertInstanceOf(Paragraph.class, classify("IIII 施設")); // no numeral
    }

    @Test
    void quantitiesAndSentencesAreNotItems() {
        assertInstanceOf(Paragraph.class, classify("12 種類"));
        assertInstanceOf(Paragraph.class, classify("3 回開催しました。"));
        assertInstanceOf(Paragraph.class, classify("797時間"));
        assertInstanceOf(Paragraph.class, classify("23.5"));   // a decimal in a table cell, no heading "5"
        assertInstanceOf(Paragraph.class, classify("定員:各15名、参加者47名、参加率104%"));
    }

    @Test
    void inlineItemsAreSplitOnlyAfterASpaceOrSentenceEnd() {
        InlineItemSplitter s = new InlineItemSplitter();
        assertEquals(List.of("①働きかけを実施(4校区以上)", "②今後の方向付け(5月)"),
                s.split("①働きかけを実施(4校区以上) ②今後の方向付け(5月)"));
        assertEquals(List.of("地域の維持・発展を目指します。", "・地域コミュニティ推進講演会の開催:3回"),
                s.split("地域の維持・発展を目指します。 ・地域コミュニティ推進講演会の開催:3回"));
        assertEquals(List.of("市民の経済生活安定のための施策の充実", "(1) 消費者教育推進計画に基づき"),
                s.split("市民の経済生活安定のための施策の充実 (1) 消費者教育推進計画に基づき"));
        assertEquals(List.of("5-1-③ 地域課題の共有を図り"), s.split("5-1-③ 地域課題の共有を図り"));
        assertEquals(List.of("人権・広聴相談課"), s.split("人権・広聴相談課"));
        assertEquals(List.of("基礎編(3回)・応用編(3回)"), s.split("基礎編(3回)・応用編(3回)"));
    }

    @Test
    void circledNumbersWithASpaceAfterThemSplitOnlyInARun() {
        InlineItemSplitter s = new InlineItemSplitter();
        assertEquals(List.of("中期目標(H24~H26)", "① 来館者数を3年間で10%増やします。", "② 満足度は90%以上を保ちます。"),
                s.split("中期目標(H24~H26) ① 来館者数を3年間で10%増やします。 ② 満足度は90%以上を保ちます。"));
        assertEquals(List.of("測定指標 ① 来館者数 基準値 5,402人"), s.split("測定指標 ① 来館者数 基準値 5,402人"));
    }
}
