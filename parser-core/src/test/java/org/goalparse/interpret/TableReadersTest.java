package org.goalparse.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.model.Indicator;
import org.goalparse.model.PlanRef;
import org.goalparse.model.Project;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Paragraph;
import org.goalparse.outline.TableKind;
import org.goalparse.outline.TableNode;
import org.junit.jupiter.api.Test;

/** The data-table readers on rows from the samples. */
class TableReadersTest {
    private static TableNode.Row row(String... cells) {
        List<TableNode.Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            out.add(new TableNode.Cell(i, cells[i], cells[i].isEmpty() ? List.of()
                    : List.of(new Paragraph(cells[i], Loc.START))));
        }
        return new TableNode.Row(out);
    }

    private static TableNode table(TableKind kind, TableNode.Row... rows) {
        return new TableNode(kind, List.of(rows), Loc.START);
    }

    @Test
    void kpiRowsWithBaselineYearAndYearlyTargets() {
        List<Indicator> inds = new KpiTableReader().read(table(TableKind.KPI,
                row("事業番号", "主な事業", "事業指標", "現状値", "令和3年度目標値", "令和4年度目標値", "所管課"),
                row("33-102", "自転車交通安全対策事業", "児童の自転車用ヘルメット着用率", "25% (令和元年度)", "30%", "40%", "市民協働課"),
                row("35-106", "市民文化会館改修事業", "取組状況", "問題点・課題の整理 (令和2年度)", "現状把握", "改修方針決定", "市民協働課")));
        assertEquals(2, inds.size());
        Indicator a = inds.get(0);
        assertEquals("33-102", a.id());
        assertEquals(2019, a.baseline().year());
        assertEquals("25", a.baseline().value().toPlainString());
        assertEquals(List.of(2021, 2022), a.targets().stream().map(t -> t.year()).toList());
        Indicator b = inds.get(1);
        assertNull(b.baseline().value());
        assertEquals("問題点・課題の整理", b.baseline().text());
        assertEquals(List.of("現状把握", "改修方針決定"), b.targets().stream().map(t -> t.text()).toList());
    }

    @Test
    void projectNamesPairWithPlansInOrderEvenOneRowOff() {
        List<Project> ps = new ProjectTableReader().read(table(TableKind.PROJECTS,
                row("地域自治推進事業 (協働推進課)", "平成28年度の取組"),
                row("", "市民大学を実施します。"),
                row("男女共同参画 推進事業 (人権・男女共同参画課)", "最終報告"),
                row("", "基礎編(3回)を実施しました。"),
                row("", "平成28年度の取組"),
                row("", "イクボス宣言を行います。"),
                row("", "最終報告 プラン2017を策定しました。")));
        assertEquals(List.of("地域自治推進事業", "男女共同参画推進事業"), ps.stream().map(Project::name).toList());
        assertEquals("人権・男女共同参画課", ps.get(1).division());
        assertEquals("イクボス宣言を行います。", ps.get(1).plan());
        assertEquals("プラン2017を策定しました。", ps.get(1).report());
        assertEquals(List.of(), ps.get(1).results());
        assertEquals(1, ps.get(0).results().size());
    }

    @Test
    void aProjectsBracketNeverClosedIsNoPartOfItsName() {
        List<Project> ps = new ProjectTableReader().read(table(TableKind.PROJECTS,
                row("河川清掃推進事業\n(環境保全", "令和6年度の取組"),
                row("", "清掃活動を年4回行います。"),
                row("公園遊具更新事業 (公園緑地課)", "令和6年度の取組"),
                row("", "遊具を10基更新します。")));
        assertEquals(List.of("河川清掃推進事業", "公園遊具更新事業"), ps.stream().map(Project::name).toList());
        assertNull(ps.get(0).division(), "the division cut short is not given");
        assertEquals("公園緑地課", ps.get(1).division());
        TableNode cut = table(TableKind.PROJECTS, row("河川清掃推進事業\n(環境保全", "令和6年度の取組"),
                row("", "清掃活動を年4回行います。"));
        assertEquals("環境保全課", new ProjectTableReader().read(cut, List.of("環境保全課", "環境保全推進課", "公園緑地課"))
                .get(0).division(), "unless it begins one division the document lists");
        assertNull(new ProjectTableReader().read(cut, List.of("環境保全課", "環境保全室")).get(0).division(),
                "and no other");
    }

    @Test
    void planCodesInTwoColumnsKeepTheirPlan() {
        List<PlanRef> refs = new PlanRefReader().read(List.of(
                row("", "総合計画\n1-3-② 子ども・若者への支援を充実します。\n基本政策\n47 生活困窮者支援の充実",
                        "2-1-⑤ 就労支援の充実に取り組みます。\n48 就労相談・支援の拡充"),
                row("", "基本政策\n0", "")));
        assertEquals(List.of("1-3-②", "47", "2-1-⑤", "48"), refs.stream().map(PlanRef::code).toList());
        assertEquals(List.of("総合計画", "基本政策", "総合計画", "基本政策"), refs.stream().map(PlanRef::plan).toList());
        assertEquals("就労相談・支援の拡充", refs.get(3).title());
    }

    @Test
    void kpiTablesWithoutNumbersAreReadByTheirIndicator() {
        List<Indicator> inds = new KpiTableReader().read(table(TableKind.KPI,
                row("指標名", "現状値", "令和5年度目標値", "所管課"),
                row("自治会加入率", "52% (令和3年度)", "55%", "地域振興課")));
        assertEquals(1, inds.size());
        assertNull(inds.get(0).id());
        assertEquals("自治会加入率", inds.get(0).metric());
        assertEquals(2021, inds.get(0).baseline().year());
        assertEquals(2023, inds.get(0).targets().get(0).year());
    }
}
