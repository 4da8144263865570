package org.goalparse.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Quality;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** Whether an input is a goal document at all, on small invented fragments of each genre. */
class QualityAssessorTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    private static GoalDocument parse(String... lines) throws Exception {
        return PARSER.parse(Source.of("x.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoalSheetIsAGoalDocumentAndMostOfItIsPlaced() throws Exception {
        GoalDocument d = parse("令和6年度 環境部 組織目標", "部局名:環境部", "部長名:北村 一郎", "1 部の基本方針",
                "資源の循環を進め、ごみの少ないまちをつくります。", "2 重点目標", "(1)家庭ごみの減量",
                "一人一日あたりの家庭ごみを前年度から3%減らします。", "(2)公園の再整備", "古くなった遊具を10か所で更新します。");

        Quality q = d.quality();
        assertTrue(q.goalDocument(), q::toString);
        assertTrue(q.signals().containsAll(List.of("goal-section", "form-labels", "goal-title", "department-named",
                "fiscal-year-in-title")), q::toString);
        assertTrue(q.placedShare() > 0.8, q::toString);
        assertEquals("環境部", d.department());
        assertEquals(2024, d.fiscalYear().year());
        assertEquals(2, d.goals().size());
        assertTrue(d.warnings().stream().noneMatch(w -> w.contains("not kept")), d.warnings()::toString);
    }

    @Test
    void councilMinutesAreNoneAndKeepNoYearFromTheSpeeches() throws Exception {
        GoalDocument d = parse("北浜市議会 令和6年第1回定例会 会議録(第2号)",
                "○議長(川上二郎君) これより本日の会議を開きます。",
                "〔5番 森田雪子君 登壇〕",
                "○5番(森田雪子議員) 令和5年度の重点目標がどこまで進んだのかをお尋ねします。",
                "○市長(大野健君) お答えいたします。",
                "令和5年度は掲げた目標の多くを達成できる見込みです。",
                "○議長(川上二郎君) 次の質問に移ります。");

        Quality q = d.quality();
        assertFalse(q.goalDocument(), q::toString);
        assertTrue(q.signals().contains("minutes-speaker-marks"), q::toString);
        assertNull(d.fiscalYear());
        assertNull(d.department());
        assertNull(d.head());
        assertTrue(d.goals().isEmpty());
        assertTrue(d.warnings().contains(
                "fiscal year 令和5年度 not kept: the input does not look like a goal document"), d.warnings()::toString);
        assertFalse(d.sections().isEmpty(), "the text itself stays in sections");
    }

    @Test
    void theMunicipalityOfANonGoalDocumentIsKept() throws Exception {
        GoalDocument d = PARSER.parse(Source.of("x.txt", String.join("\n",
                "○議長(川上二郎君) 開会します。", "○市長(大野健君) ご報告します。", "○議長(川上二郎君) 閉会します。")
                .getBytes(StandardCharsets.UTF_8)).withMunicipality("北浜市"));

        assertFalse(d.quality().goalDocument());
        assertEquals("北浜市", d.municipality());
    }

    @Test
    void aMarkdownReadmeIsNoneAndItsNumberedStepsAreNoGoals() throws Exception {
        GoalDocument d = parse("# goalparse", "", "Turns department goal documents into JSON.", "", "## Usage", "",
                "```sh", "java -jar goalparse.jar parse 令和6年度_組織目標.pdf", "```", "",
                "1. Build it with `mvn install`.", "2. Run `goalparse parse FILE`.", "3. Read the `goals` array.");

        Quality q = d.quality();
        assertFalse(q.goalDocument(), q::toString);
        assertTrue(q.signals().containsAll(List.of("markdown-code", "latin-script")), q::toString);
        assertTrue(d.goals().isEmpty(), d.goals()::toString);
        assertNull(d.fiscalYear());
        assertEquals(0.0, q.placedShare());
    }

    @Test
    void aNewsPageIsNone() throws Exception {
        GoalDocument d = parse("ホーム > 市政情報 > 報道発表", "報道発表 2024年3月8日", "春の花まつりを開催します",
                "市民公園で毎年恒例の花まつりを開きます。模擬店や苗木の配布もあります。", "日時 令和6年4月20日 午前10時から",
                "会場 市民公園 中央広場", "参加費 無料", "お問い合わせ 公園緑地課");

        Quality q = d.quality();
        assertFalse(q.goalDocument(), q::toString);
        assertTrue(q.signals().contains("news-words"), q::toString);
        assertTrue(d.goals().isEmpty());
    }

    @Test
    void aGoalDocumentWhoseLinesWereLostIsStillOne() throws Exception {
        // a page flattened into one long line: nothing is placed, yet it speaks of goals and names no other genre
        GoalDocument d = parse("令和6年度 部長の政策宣言 市では各部長が部内で取り組む事業の目標を定め、政策宣言として公表して"
                + "います。企画部長 公共施設の再配置を進めます。市民部長 窓口の待ち時間を短くします。");

        Quality q = d.quality();
        assertTrue(q.goalDocument(), q::toString);
        assertTrue(q.signals().contains("low-placed-share"), q::toString);
        assertNotNull(d.fiscalYear());
    }

    @Test
    void theVerdictOnSignals() {
        assertTrue(QualityAssessor.goalDocument(List.of()), "no evidence either way: a goal document");
        assertTrue(QualityAssessor.goalDocument(List.of("goal-section", "news-words")),
                "a goal page among a city's news");
        assertFalse(QualityAssessor.goalDocument(List.of("news-words")));
        assertFalse(QualityAssessor.goalDocument(List.of("department-named", "no-goal-vocabulary")));
        assertFalse(QualityAssessor.goalDocument(List.of("goal-section", "minutes-speaker-marks")),
                "minutes quoting a 基本方針 are still minutes");
        assertFalse(QualityAssessor.goalDocument(List.of("goal-section", "markdown-code", "latin-script")));
        assertTrue(QualityAssessor.goalDocument(List.of("low-placed-share")), "a low share alone decides nothing");
    }

    @Test
    void qualityKeepsTwoDecimalsAndRefusesWhatIsNoShareOrSignal() {
        assertEquals(0.83, new Quality(true, List.of("goal-section"), 0.8349).placedShare());
        assertThrows(IllegalArgumentException.class, () -> new Quality(true, List.of(), 1.2));
        assertThrows(IllegalArgumentException.class, () -> new Quality(true, List.of(), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Quality(true, List.of("Goal Section"), 0.5));
        assertThrows(NullPointerException.class, () -> new Quality(true, null, 0.5));
    }
}
