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
        assertEquals("A&B &foo; &#0;", rule.apply("A&B &foo; &#0;"));
    }
}
