package org.goalparse.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages flattened into one line, split back at their parts (content invented). */
class FlattenedLineSplitterTest {
    private final FlattenedLineSplitter splitter = new FlattenedLineSplitter();

    @Test
    void aLongLineIsCutAtBlockMarksNumberedSectionsAndLabelledItems() {
        final String line = "令和6年度 建設部 組織目標 1 組織使命(部が果たす役割) 道路と河川を守り、大雨や地震の後もすぐに通れる、災害に強いまちをつくる。"
                + " ■重点事項 ○ 橋の点検を計画どおり進める ○ 通学路の安全を確かめる 2 重点目標 目標1 橋梁の長寿命化 点検を年40橋とする。"
                + "目標2 河川の清掃 清掃活動を年3回開く。";
        assertEquals(List.of("令和6年度 建設部 組織目標", "1 組織使命(部が果たす役割)", "道路と河川を守り、大雨や地震の後もすぐに通れる、災害に強いまちをつくる。",
                "■重点事項", "○ 橋の点検を計画どおり進める", "○ 通学路の安全を確かめる", "2 重点目標",
                "目標1 橋梁の長寿命化 点検を年40橋とする。", "目標2 河川の清掃 清掃活動を年3回開く。"), splitter.split(line));
    }

    @Test
    void aDirectionLabelInsideTheLineStartsItsPart() {
        String line = "■宣言者:建設部長 山田 一郎 部の使命・方針 ・道路を守り、災害に強いまちをつくることを目指して、点検と補修を計画的に進めていく。"
                + " ・地域の声を聞き、身近な道路の改善を早く届ける。 ・職員の技術を磨き、次の世代へ確かに引き継ぐ。"
                + " ・橋やトンネルの点検結果を公開し、市民と一緒に見守る仕組みをつくる。";
        assertTrue(line.length() >= 150);
        assertEquals("部の使命・方針", splitter.split(line).get(1));
    }

    @Test
    void aNumberedPartOfAReportStartsItsPart() {
        String line = "中期目標(実施期間 H24~H26) ① 来館者数を3年間で10%増やします。 ② 満足度は90%以上を保ちます。"
                + " 1 中期目標の進捗状況 測定指標 ① 来館者数 基準値 5,402人 6,655人 2 主な取組内容"
                + " (1) 施設の利用促進に向けた取組 企画展を年13回開き、体験教室も毎月続けました。";
        assertTrue(line.length() >= 150);
        List<String> parts = splitter.split(line);
        assertTrue(parts.stream().anyMatch(p -> p.startsWith("1 中期目標の進捗状況")), parts.toString());
        assertTrue(parts.stream().anyMatch(p -> p.startsWith("2 主な取組内容")), parts.toString());
    }

    @Test
    void aShortLineOrAnUnknownLabelStaysWhole() {
        assertEquals(List.of("■ 窓口の改善 待ち時間を短くする。"), splitter.split("■ 窓口の改善 待ち時間を短くする。"));
        String prose = "本市では、平成30年度から 3 つの地区で、見守りの取組を進めてきた。この取組は、地域の方々の協力により続いており、"
                + "今後も 12 の自治会と連携しながら、対象となる地区を広げていく予定である。あわせて、相談の記録を整え、関係する機関との情報の共有を進める。";
        assertEquals(List.of(prose), splitter.split(prose));
    }

    /** A head's declaration run into one line, its list of undertakings going on with {@code rest} after item 1. */
    private static String declaration(String rest) {
        return "令和5年度 部長の政策宣言 環境部長 川村 健一 基本目標 ごみの減量と資源の循環を進め、きれいなまちを次の世代に引き継ぎます。"
                + " 令和5年度重要事業 1 分別ルールの見直し 市民の声を聞き、分かりやすい分別ルールに改めます。" + rest;
    }

    @Test
    void aGoalListAfterItsLabelIsCutAtEachNextNumberAfterASentence() {
        String line = declaration("2 清掃工場の改修 老朽化した設備を計画的に改修し、安定した処理を続けます。3 不法投棄の防止 見回りを強めます。");
        List<String> parts = splitter.split(line);
        assertEquals(List.of("令和5年度重要事業", "1 分別ルールの見直し 市民の声を聞き、分かりやすい分別ルールに改めます。",
                "2 清掃工場の改修 老朽化した設備を計画的に改修し、安定した処理を続けます。", "3 不法投棄の防止 見回りを強めます。"),
                parts.subList(parts.size() - 4, parts.size()));
    }

    @Test
    void aGoalLabelBeforeANumberWithoutASecondItemIsNoList() {
        String line = "■宣言者:環境部長 川村 健一 部の使命・方針 ・ごみの減量と資源の循環を進め、きれいなまちを次の世代に引き継ぐことを目指す。"
                + " 令和5年度重点目標 1 目標の概要 達成基準 達成度 分別ルールを見直す。 ルールを改める。 達成基準を上回る";
        assertTrue(splitter.split(line).stream().noneMatch(p -> p.startsWith("1 目標の概要")), () -> splitter.split(line).toString());
    }

    @Test
    void aNumberOutOfTurnEndsTheOneLineGoalList() {
        String line = declaration("2 清掃工場の改修 設備を計画的に改修します。5 年をかけて更新します。3 つの施設を統合します。");
        List<String> parts = splitter.split(line);
        assertTrue(parts.contains("2 清掃工場の改修 設備を計画的に改修します。5 年をかけて更新します。3 つの施設を統合します。"),
                parts::toString);
    }
}
