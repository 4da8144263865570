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
}
