package org.goalparse.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

/** Boundaries on invented layouts: one page per list of lines, or one page of blocks. */
class DepartmentSplitterTest {
    private final DepartmentSplitter splitter = new DepartmentSplitter();

    private static Page page(int number, String... lines) {
        List<Line> ls = Arrays.stream(lines).map(t -> new Line(t, Provenance.ofPage(number))).toList();
        return new Page(number, 595, 842, List.of(new TextBlock(ls, Provenance.ofPage(number))));
    }

    private static Layout pdf(Page... pages) {
        return new Layout("application/pdf", pages.length, "test", List.of(pages), List.of());
    }

    private static List<String> where(Split s) {
        return s.parts().stream().map(p -> p.title() + " " + p.firstPage() + "-" + p.lastPage()).toList();
    }

    @Test
    void aCompilationSplitsAtEachDepartmentsTitleAfterItsCover() {
        Split s = splitter.split(pdf(
                page(1, "令和6年度 若葉市 部局運営方針"),
                page(2, "令和6年度 総務部の運営方針", "総務部長 山田 一郎", "1 基本方針"),
                page(3, "2 重点目標", "(1) 職員研修を年4回開催します。"),
                page(4, "令和6年度 企画部の運営方針", "1 基本方針"),
                page(5, "令和6年度 こども未来部の運営方針", "1 基本方針"),
                page(6, "こども未来部の運営方針", "3 課の目標")));
        assertEquals(List.of("総務部 2-3", "企画部 4-4", "こども未来部 5-6"), where(s));
        assertNotNull(s.cover());
        assertEquals(1, s.cover().pages().size());
    }

    @Test
    void aRunningHeaderOfTheSameDepartmentContinuesItsPart() {
        Split s = splitter.split(pdf(
                page(1, "市民部 組織目標", "【部の基本方向】"),
                page(2, "市民部 組織目標", "【課の目標】"),
                page(3, "市民部 組織目標", "【実績】")));
        assertFalse(s.isSplit());
        assertNull(s.cover());
    }

    @Test
    void oneDepartmentsTwoYearsJoinedAreTwoParts() {
        Split s = splitter.split(pdf(
                page(1, "市民生活部組織目標", "市民生活部は、二つの課で構成します。", "市民生活部の目標(令和4年度)"),
                page(2, "5 相談の充実"),
                page(3, "市民生活部", "組織目標", "市民生活部の目標(令和7年度)"),
                page(4, "6 窓口の充実")));
        assertEquals(List.of("市民生活部 1-2", "市民生活部 3-4"), where(s));
    }

    @Test
    void printedPageNumbersStartingAgainWithoutATitleAreAnUncertainBoundary() {
        Split s = splitter.split(pdf(
                page(1, "総務部の運営方針", "1 基本方針").withPrintedNumber(1),
                page(2, "2 重点目標").withPrintedNumber(2),
                page(3, "1 基本方針", "(1) 窓口の改善").withPrintedNumber(1),
                page(4, "2 重点目標").withPrintedNumber(2)));
        assertFalse(s.isSplit());
        assertEquals(1, s.warnings().size(), s.warnings()::toString);
        assertTrue(s.warnings().get(0).startsWith("page 3: the printed page numbers start again (1 after 2)"),
                s.warnings().get(0));

        Split titled = splitter.split(pdf(
                page(1, "総務部の運営方針").withPrintedNumber(1),
                page(2, "企画部の運営方針").withPrintedNumber(1)));
        assertTrue(titled.isSplit());
        assertEquals(List.of(), titled.warnings(), "a restart where a title opens the page is a boundary");
    }

    @Test
    void aDepartmentInsideABureausPagesIsAUnitOfTheBureauWithAWarning() {
        Split s = splitter.split(pdf(
                page(1, "健康福祉局の運営方針", "1 基本方針"),
                page(2, "福祉部の目標", "(1) 相談体制の充実"),
                page(3, "保健部の目標", "(1) 健診受診率の向上")));
        assertFalse(s.isSplit());
        assertEquals(2, s.warnings().size(), s.warnings()::toString);
        assertTrue(s.warnings().get(0).startsWith("page 2: titled 福祉部 inside the pages of 健康福祉局"));

        Split next = splitter.split(pdf(page(1, "総務部の運営方針"), page(2, "上下水道局の運営方針")));
        assertTrue(next.isSplit(), "a bureau after a department is a department of its own");
    }

    @Test
    void aTableOfContentsNamingEveryDepartmentIsNoDepartmentsPage() {
        Split s = splitter.split(pdf(
                page(1, "目次", "総務部の運営方針", "企画部の運営方針"),
                page(2, "総務部の運営方針", "1 基本方針"),
                page(3, "企画部の運営方針", "1 基本方針")));
        assertEquals(List.of("総務部 2-2", "企画部 3-3"), where(s));
        assertEquals(1, s.cover().pages().get(0).number());
    }

    @Test
    void aTitleBelowTheOpeningLinesStartsNothing() {
        List<String> lines = new ArrayList<>(List.of("総務部の運営方針"));
        Page first = page(1, lines.toArray(String[]::new));
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= DepartmentSplitter.TOP_LINES; i++) {
            body.add("(" + i + ") 事務の改善を進めます。");
        }
        body.add("企画部の運営方針");
        Split s = splitter.split(pdf(first, page(2, body.toArray(String[]::new))));
        assertFalse(s.isSplit());
    }

    @Test
    void sectionsOfAPageSplitAtHeadingsNamingADepartment() {
        List<Block> blocks = List.of(
                heading("令和6年度 若葉市 各部の運営方針"),
                text("各部の目標を公表します。"),
                heading("総務部"), text("総務部長 山田 一郎", "1 基本方針"),
                heading("企画部"), text("1 基本方針", "企画部は計画の進行を管理します。"));
        Layout html = new Layout("text/html", null, "test", List.of(new Page(1, 0, 0, blocks)), List.of());
        Split s = splitter.split(html);
        assertEquals(List.of("総務部", "企画部"), s.parts().stream().map(LayoutPart::heading).toList());
        assertEquals(2, s.cover().pages().get(0).blocks().size());
    }

    @Test
    void anUnstyledNameAloneOpensNoSectionInPlainText() {
        List<Block> blocks = List.of(text("総務部の運営方針"), text("1 基本方針"), text("教育部長"),
                text("2 重点目標"));
        Layout txt = new Layout("text/plain", null, "test", List.of(new Page(1, 0, 0, blocks)), List.of());
        assertFalse(splitter.split(txt).isSplit());
    }

    private static TextBlock heading(String text) {
        return new TextBlock(List.of(new Line(text, Provenance.ofPage(1), 16f, true)), Provenance.ofPage(1));
    }

    private static TextBlock text(String... lines) {
        return new TextBlock(Arrays.stream(lines).map(t -> new Line(t, Provenance.ofPage(1))).toList(),
                Provenance.ofPage(1));
    }
}
