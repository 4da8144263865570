package org.goalparse.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {
    @ParameterizedTest
    @CsvSource({
        "令和5年3月末日, 2023-03-31",
        "令和4年10月1日現在, 2022-10-01",
        "平成28年4月1日現在, 2016-04-01",
        "令和元年5月1日, 2019-05-01",
        "令和5年(2023年)2月20日から, 2023-02-20",
        "令和5年2月に開所しました, 2023-02",
        "平成29年1月から運用が開始される, 2017-01",
        "令和6年2月末日, 2024-02-29",
        "2022年10月1日, 2022-10-01",
        "R4.10.1, 2022-10-01",
        "2022/10/1, 2022-10-01",
    })
    void datesWithAYear(String text, String iso) {
        LocalDateMatch d = JapaneseDates.findDate(text, null).orElseThrow();
        assertEquals(iso, d.asOf(), text);
    }

    @Test
    void markerAndOffsets() {
        String text = "自治会加入世帯数:40,070世帯(令和4年10月1日現在)";
        LocalDateMatch d = JapaneseDates.findDate(text, null).orElseThrow();
        assertEquals("令和4年10月1日", d.text());
        assertEquals(text.indexOf("令和"), d.start());
        assertEquals(text.indexOf("現在"), d.end());
        assertTrue(d.asOfMarker());
        assertTrue(d.hasDay());
        assertEquals(10, d.month());
    }

    @Test
    void monthWithoutYearTakesTheFiscalYearContext() {
        // FY2022 runs April 2022 to March 2023
        assertEquals("2023-02", JapaneseDates.findDate("(2月末時点で交付率62.8%、申請率81.6%)", 2022).orElseThrow().asOf());
        assertEquals("2022-07", JapaneseDates.findDate("証明書インターネット受取予約を拡充(7月)", 2022).orElseThrow().asOf());
        assertEquals("2022-05-20", JapaneseDates.findDate("5月20日付にて委員会に諮問", 2022).orElseThrow().asOf());
        LocalDateMatch end = JapaneseDates.findDate("2月末時点", 2022).orElseThrow();
        assertTrue(end.asOfMarker());
        assertFalse(end.hasDay());
    }

    @Test
    void monthWithoutYearAndWithoutContextHasNoAsOf() {
        LocalDateMatch d = JapaneseDates.findDate("2月末時点", null).orElseThrow();
        assertNull(d.asOf());
        assertNull(d.year());
        assertEquals(2, d.month());
    }

    @Test
    void fragmentsWithoutYear() {
        List<LocalDateMatch> all = JapaneseDates.findAll("3月末(3/27)", 2022);
        assertEquals(2, all.size());
        assertEquals("2023-03", all.get(0).asOf());
        assertEquals("2023-03-27", all.get(1).asOf());
        List<LocalDateMatch> range = JapaneseDates.findAll("第3期委託事業者の選定評価を実施(4月~10月)", null);
        assertEquals(List.of(4, 10), range.stream().map(LocalDateMatch::month).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和4年度", "平成28年度", "2022年度", "3か月", "3ヶ月", "12月間", "40,070世帯", "17-101", "5-1-3",
        "13/45", "令和4年", "2月30日"})
    void notDates(String text) {
        assertTrue(JapaneseDates.findAll(text, 2022).isEmpty(), text);
    }

    @Test
    void calendarYearOfAFiscalMonth() {
        assertEquals(2023, JapaneseDates.calendarYear(2022, 1));
        assertEquals(2023, JapaneseDates.calendarYear(2022, 3));
        assertEquals(2022, JapaneseDates.calendarYear(2022, 4));
        assertEquals(2022, JapaneseDates.calendarYear(2022, 12));
    }
}
