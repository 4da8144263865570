package org.goalparse.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DepartmentTitleTest {
    @Test
    void titlesOfTheGenreNameTheirDepartment() {
        assertEquals("市民部", DepartmentTitle.of("市民部の基本方針").department());
        assertEquals("市民生活部", DepartmentTitle.of("市民生活部組織目標").department());
        assertEquals("市民生活部", DepartmentTitle.of("令和3年度 市民生活部長の目標宣言").department());
        assertEquals("こども未来部", DepartmentTitle.of("こども未来部 部局運営方針").department());
        assertEquals("健康福祉部", DepartmentTitle.of("【健康福祉部】").department());
        assertEquals("上下水道局", DepartmentTitle.of("若葉市 上下水道局").department());
        assertEquals("西区役所", DepartmentTitle.of("西区役所の運営方針").department());
        assertEquals("総務部", DepartmentTitle.of("部局名:総務部").department());
    }

    @Test
    void theYearOfATitleIsKept() {
        assertEquals(2025, DepartmentTitle.of("市民生活部の目標(令和7年度)").fiscalYear());
        assertEquals(2021, DepartmentTitle.of("令和3年度 市民生活部長の目標宣言").fiscalYear());
        assertNull(DepartmentTitle.of("市民部の基本方針").fiscalYear());
    }

    @Test
    void aTitleWordOrAFormLabelMakesATitleWorded() {
        assertTrue(DepartmentTitle.of("総務部の運営方針").worded());
        assertTrue(DepartmentTitle.of("部名:総務部").worded());
        assertFalse(DepartmentTitle.of("総務部").worded());
        assertFalse(DepartmentTitle.of("総務部長 山田 一郎").worded());
    }

    @Test
    void sentencesListsAndDivisionsTitleNothing() {
        assertNull(DepartmentTitle.of("企画部との連携を強化します"));
        assertNull(DepartmentTitle.of("市民生活部は、地域振興課と市民課で構成し"));
        assertNull(DepartmentTitle.of("市民課の目標"));
        assertNull(DepartmentTitle.of("各部局の運営方針"));
        assertNull(DepartmentTitle.of("令和6年度 若葉市 部局運営方針"));
        assertNull(DepartmentTitle.of("関係部局と調整のうえ総務部が取りまとめる事業の一覧と進捗の状況について"));
        assertNull(DepartmentTitle.of("1 総務部の目標"), "a numbered line is an item, not a title");
    }

    @Test
    void oneDepartmentUnderTwoNames() {
        assertTrue(DepartmentTitle.of("教育委員会").sameDepartment(DepartmentTitle.of("教育委員会事務局の目標")));
        assertFalse(DepartmentTitle.of("総務部").sameDepartment(DepartmentTitle.of("企画部")));
    }
}
