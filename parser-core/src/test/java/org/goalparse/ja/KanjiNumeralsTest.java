package org.goalparse.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KanjiNumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "三, 3", "十, 10", "十二, 12", "二十五, 25", "百, 100", "千, 1000", "三百五, 305", "一万二千, 12000", "〇, 0",
        "二〇二二, 2022", "四, 4", "元, -1",
        "1万2千, 12000", "3万, 30000", "1.5万, 15000", "2億5千万, 250000000", "5千, 5000",
        "'40,070', 40070", "82.12, 82.12", "0, 0", "令和, -1", "'', -1", "1.2.3, -1", "'1,', -1"
    })
    void parses(String text, String expected) {
        if (expected.equals("-1")) {
            assertTrue(KanjiNumerals.parse(text).isEmpty(), text);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(KanjiNumerals.parse(text).orElseThrow()), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"四", "十", "31"})
    void parsesIntegers(String text) {
        assertTrue(KanjiNumerals.parseInt(text).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "一兆"})
    void refusesNonIntegers(String text) {
        assertFalse(KanjiNumerals.parseInt(text).isPresent(), text);
    }
}
