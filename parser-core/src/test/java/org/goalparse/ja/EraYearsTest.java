package org.goalparse.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.model.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EraYearsTest {
    @ParameterizedTest
    @CsvSource({
        "令和4年度, 2022, 令和, 4, true",
        "令和元年度, 2019, 令和, 1, true",
        "平成28年度, 2016, 平成, 28, true",
        "平成31年, 2019, 平成, 31, false",
        "昭和64年, 1989, 昭和, 64, false",
        "令和四年度, 2022, 令和, 4, true",
        "令和十二年度, 2030, 令和, 12, true",
        "R4, 2022, 令和, 4, false",
        "R4年度, 2022, 令和, 4, true",
        "H28, 2016, 平成, 28, false",
        "令和 2 年度, 2020, 令和, 2, true",
        "大正15年, 1926, 大正, 15, false",
        "明治45年, 1912, 明治, 45, false",
    })
    void convertsEraYears(String text, int gregorian, String era, int eraYear, boolean fiscal) {
        EraYear y = EraYears.parse(text).orElseThrow();
        assertEquals(gregorian, y.gregorian());
        assertEquals(era, y.era());
        assertEquals(eraYear, y.eraYear());
        assertEquals(fiscal, y.fiscal());
        assertEquals(text, y.text());
        assertEquals(0, y.start());
        assertEquals(text.length(), y.end());
    }

    @Test
    void gregorianYears() {
        EraYear y = EraYears.parse("2022年度").orElseThrow();
        assertEquals(2022, y.gregorian());
        assertNull(y.era());
        assertNull(y.eraYear());
        assertTrue(y.fiscal());
    }

    @Test
    void parenthesisedGregorianIsPartOfTheMatch() {
        String text = "1地域自治組織形成支援に向け、公民分館等へ働きかけ 令和4年度(2022年度)";
        List<EraYear> all = EraYears.findAll(text);
        assertEquals(1, all.size());
        EraYear y = all.get(0);
        assertEquals(2022, y.gregorian());
        assertEquals("令和4年度(2022年度)", y.text());
        assertEquals("令和4年度", y.label());
        assertEquals(text.indexOf("令和"), y.start());
        assertEquals(text.length(), y.end());
    }

    @Test
    void gregorianWithTheEraInParenthesesIsOneYear() {
        EraYear y = EraYears.findFiscalYear("2004(平成16)年度 当初予算 評価表").orElseThrow().year();
        assertEquals(2004, y.gregorian());
        assertEquals("平成", y.era());
        assertEquals(16, y.eraYear());
        assertEquals("2004(平成16)年度", y.text());
        EraYear disagreeing = EraYears.parse("2004(平成17)年度").orElseThrow();
        assertEquals(2004, disagreeing.gregorian());
        assertNull(disagreeing.era());
    }

    @Test
    void findsEveryYearInOrder() {
        List<EraYear> all = EraYears.findAll("中期戦略事業プラン(計画期間:令和3年度~令和4年度) 地域自治推進条例施行(平成24年(2012年))");
        assertEquals(List.of(2021, 2022, 2012), all.stream().map(EraYear::gregorian).toList());
        assertEquals("平成24年(2012年)", all.get(2).text());
    }

    @Test
    void fiscalYearIsTheFirstNendo() {
        FiscalYearMatch fy = EraYears.findFiscalYear("令和4年10月1日に制定。市民生活部の目標 (令和4年度)").orElseThrow();
        assertEquals(2022, fy.gregorian());
        FiscalYear model = fy.toFiscalYear();
        assertEquals(2022, model.year());
        assertEquals("令和", model.era());
        assertEquals(4, model.eraYear());
        assertEquals("令和4年度", model.text());
        assertEquals(new FiscalYear(2016, "平成", 28, "平成28年度"),
                EraYears.findFiscalYear("平成28年度の目標").orElseThrow().toFiscalYear());
        assertEquals(new FiscalYear(2022, null, null, "2022年度"),
                EraYears.findFiscalYear("2022年度の取組").orElseThrow().toFiscalYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和4年10月1日現在", "令和5年3月末日", "平成28年4月1日現在", "ひらつか男女共同参画プラン2007",
        "H2O", "No.3", "第11次", "18歳成人"})
    void noFiscalYearIn(String text) {
        assertFalse(EraYears.findFiscalYear(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"プラン2017", "ひらつか男女共同参画プラン2007を改定", "17-101", "14,989人", "NHK4", "2022"})
    void noYearIn(String text) {
        assertTrue(EraYears.findAll(text).isEmpty(), text);
    }
}
