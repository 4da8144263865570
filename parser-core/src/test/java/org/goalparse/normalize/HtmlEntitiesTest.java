package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {
    private final HtmlEntities rule = new HtmlEntities();

    @Test
    void decodesNamedAndNumericReferences() {
        assertEquals("研究&開発 <仮称> \"A\"", rule.apply("研究&amp;開発 &lt;仮称&gt; &quot;A&quot;"));
        assertEquals("市民 課", rule.apply("市民&nbsp;課"));
        assertEquals("あ市", rule.apply("&#12354;&#x5E02;"));
    }

    @Test
    void leavesUnknownAndBareAmpersandsAlone() {
        assertEquals("A&B &foo; &#0; &ampx; R&D &amp", rule.apply("A&B &foo; &#0; &ampx; R&D &amp"));
    }

    @Test
    void knowsEveryNamedReferenceOfHtml() {
        // beyond the 28 names of the table this rule used to carry
        assertEquals("½ ♥ ∑ ≧ ※ ; Ⅲ", rule.apply("&frac12; &hearts; &sum; &geqq; &#x203B; &semi; &#8546;"));
        assertEquals("× ÷ © ¥ → …", rule.apply("&times; &divide; &copy; &yen; &rarr; &hellip;"));
    }

    @Test
    void readsDotsDashesAndSpacesAsJapaneseDocumentsMeanThem() {
        assertEquals("市民・協働・課 1-2 a b c", rule.apply("市民&middot;協働&bull;課 1&ndash;2 a&ensp;b&emsp;c"));
    }
}
