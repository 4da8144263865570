package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownRemnantsTest {
    private final MarkdownRemnants rule = new MarkdownRemnants();

    @Test
    void headingMarksGo() {
        assertEquals("市民生活部", rule.apply("# 市民生活部"));
        assertEquals("3 地区センターの運営と工事の実施", rule.apply("### 3 地区センターの運営と工事の実施"));
        assertEquals("【人権推進課】", rule.apply("#### 【人権推進課】"));
        assertEquals("令和3年度 市民生活部長の目標宣言", rule.apply("## 令和3年度 市民生活部長の目標宣言"));
        assertEquals("#1の事業", rule.apply("#1の事業"));
    }

    @Test
    void listMarkGoesButTheMiddleDotStays() {
        assertEquals("・市からの情報発信に対し「やさしい日本語」の活用の促進と支援:随時",
                rule.apply("- ・市からの情報発信に対し「やさしい日本語」の活用の促進と支援:随時"));
        assertEquals("·自治会加入世帯数: 40,070 世帯", rule.apply("- ·自治会加入世帯数: 40,070 世帯"));
        assertEquals("1 互いの人権を尊重し合いながら", rule.apply("- 1 互いの人権を尊重し合いながら"));
        assertEquals("-5%", rule.apply("-5%"));
        // a list's item whose text opens with no mark of its own stays an item
        assertEquals("・利用者数を5年間で5%増加させます。", rule.apply("- 利用者数を5年間で5%増加させます。"));
    }

    @Test
    void tableSeparatorsAreDropped() {
        assertEquals("", rule.apply("--"));
        assertEquals("", rule.apply("------------------------------------"));
        assertEquals("", rule.apply("|---|:---:|"));
        assertEquals("", rule.apply("--|-----"));
        assertEquals("-", rule.apply("-"));
    }

    @Test
    void tableRowPipesGo() {
        assertEquals("事業番号 | 主な事業", rule.apply("| 事業番号 | 主な事業 |"));
    }
}
