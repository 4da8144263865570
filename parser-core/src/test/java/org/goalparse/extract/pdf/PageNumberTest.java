package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"- 1 -", "−2−", "－３－", "― 12 ―", "1/3", "1 / 3", "P.1", "p. 4", "Page 2", "Page 2 of 5",
        "3ページ", "第2頁", "- 2/10 -"})
    void decoratedPageNumbers(String text) {
        assertTrue(PageNumber.isDecorated(text), text);
        assertTrue(PageNumber.matches(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "12", "(1)", "（2）", "１"})
    void bareNumbersAreNumbersButNotDecorated(String text) {
        assertTrue(PageNumber.matches(text), text);
        assertFalse(PageNumber.isDecorated(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(1) 市民のくらしの安全", "令和4年度", "1. 部局の使命", "40,070世帯", "5-1-③", "2022",
        "12345", "1-2", "市民生活部"})
    void textIsNotAPageNumber(String text) {
        assertFalse(PageNumber.isDecorated(text), text);
        assertFalse(PageNumber.matches(text), text);
    }

    @Test
    void theValueIsThePagesOwnNumber() {
        org.junit.jupiter.api.Assertions.assertEquals(3, PageNumber.value("- 3 -"));
        org.junit.jupiter.api.Assertions.assertEquals(3, PageNumber.value("3/10"));
        org.junit.jupiter.api.Assertions.assertEquals(12, PageNumber.value("P.12"));
        org.junit.jupiter.api.Assertions.assertEquals(7, PageNumber.value("第７ページ"));
        org.junit.jupiter.api.Assertions.assertNull(PageNumber.value("ページ"));
    }
}
