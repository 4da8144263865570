package org.goalparse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code --pages} syntax: what it reads, what it refuses and how it says so. */
class PageSelectionTest {
    @Test
    void pagesRangesOpenEndsAndLists() {
        assertEquals(List.of(3, 4, 5, 6, 7), PageSelection.parse("3-7").within(10));
        assertEquals(List.of(3), PageSelection.parse("3").within(10));
        assertEquals(List.of(3, 4, 5), PageSelection.parse("3-").within(5));
        assertEquals(List.of(1, 4, 5, 6), PageSelection.parse("1,4-6").within(10));
        assertEquals(List.of(1, 4, 5, 6), PageSelection.parse(" 1 , 4-6 ").within(10));
    }

    @Test
    void itemsInAnyOrderAndOverlappingAreTheirUnionInPageOrder() {
        assertEquals("1,4-8", PageSelection.parse("5-8,4-6,1").toString());
        assertEquals("1-4", PageSelection.parse("1-3,4").toString());
        assertEquals("2-", PageSelection.parse("2-4,3-").toString());
        assertEquals(List.of(1, 4, 5, 6, 7, 8), PageSelection.parse("6-8,4-6,1,1").within(20));
        assertEquals(PageSelection.parse("1,4-6"), PageSelection.parse("4-6,1"));
    }

    @Test
    void aSelectionReachesBeyondADocumentOnlyWhenItNamesALaterPage() {
        assertTrue(PageSelection.parse("3-7").reachesBeyond(5));
        assertTrue(PageSelection.parse("9-").reachesBeyond(5), "an open range that starts after the end");
        assertFalse(PageSelection.parse("3-").reachesBeyond(5), "to the end, wherever it is");
        assertFalse(PageSelection.parse("1,5").reachesBeyond(5));
        assertEquals(List.of(), PageSelection.parse("6-9").within(5));
    }

    @Test
    void badSelectionsSayWhatIsWrong() {
        assertEquals("page 0 does not exist: the first page is 1", refused("0-3"));
        assertEquals("the range 7-3 ends before it starts", refused("7-3"));
        assertTrue(refused("").startsWith("no page given"));
        for (String bad : new String[] {"a", "3--4", "-5", "1,,2", ",", "3-7 8", "1.5", "３"}) {
            assertTrue(refused(bad).contains("is not a page or a range: write pages as 3-7, 3, 3- or 1,4-6"), bad);
        }
        assertEquals("page 99999999999 is out of range", refused("99999999999"));
    }

    @Test
    void pagesReadAreWrittenWithRunsJoined() {
        assertEquals("1,4-6", PageSelection.describe(List.of(1, 4, 5, 6)));
        assertEquals("3", PageSelection.describe(List.of(3)));
        assertEquals("page 3", PageSelection.phrase(List.of(3)));
        assertEquals("pages 2,4", PageSelection.phrase(List.of(2, 4)));
        assertEquals("page 3 was asked for", PageSelection.parse("3").asked());
        assertEquals("pages 3- were asked for", PageSelection.parse("3-").asked());
    }

    private static String refused(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> PageSelection.parse(spec)).getMessage();
    }
}
