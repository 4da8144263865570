package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
    private final Whitespace rule = new Whitespace();

    @Test
    void trimsAndCollapses() {
        assertEquals("部局 市民協働部 補職 部長", rule.apply("  部局\t市民協働部 \t 補職\u3000\u3000部長  "));
        assertEquals("", rule.apply(" \t "));
        assertEquals("市民課", rule.apply("市民\u200B課"));
    }

    @Test
    void everyKindOfSpaceCollapsesAndInvisiblesVanish() {
        assertEquals("a b c d e f", rule.apply("\u00A0a\u000Bb\u2002\u202Fc\u205Fd\r\ne\f\u2009f\u3000"));
        assertEquals("a b", rule.apply("a \u200D b"), "an invisible inside a run leaves one space");
        assertEquals("ab", rule.apply("\uFEFFa\u2060b"));
        assertEquals("x\u2028y", rule.apply("\u2028x\u2028y "), "a line separator is no run, but trimmed at the ends");
    }
}
