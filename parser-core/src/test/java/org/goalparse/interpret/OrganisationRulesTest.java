package org.goalparse.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goalparse.GoalParser;
import org.goalparse.model.Division;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** Rules on a unit's organisation, its head and its goal lists, on invented fragments shaped like real pages. */
class OrganisationRulesTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    private static GoalDocument parse(String... lines) throws Exception {
        return PARSER.parse(Source.of("x.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> divisions(GoalDocument d) {
        return d.divisions().stream().map(Division::name).toList();
    }

    @Test
    void aListUnderAnOrganisationHeadingNamesTheDivisions() throws Exception {
        GoalDocument comma = parse("令和6年度 産業部 運営方針", "部の基本方針", "地域の産業を育てます。", "部局を構成する課",
                "商工課、観光課、農政課", "重点的に取り組む目標", "1 創業の支援", "創業件数を20件とする。");
        assertEquals(List.of("商工課", "観光課", "農政課"), divisions(comma));
        assertEquals(List.of("地域の産業を育てます。"), comma.basicDirection());
        GoalDocument spaced = parse("令和6年度 環境部の運営方針", "■ 部の構成", " 環境政策課 清掃課 環境センター");
        assertEquals(List.of("環境政策課", "清掃課", "環境センター"), divisions(spaced));
        GoalDocument ward = parse("東区役所", "令和6年度 東区運営方針", "区役所の組織", "総務課 / 地域振興課");
        assertEquals(List.of("総務課", "地域振興課"), divisions(ward));
    }

    @Test
    void aSentenceUnderAnOrganisationHeadingNamesNoDivision() throws Exception {
        GoalDocument d = parse("令和6年度 環境部の運営方針", "部の構成", "窓口の案内は環境政策課", "清掃課が収集を担います");
        assertEquals(List.of(), divisions(d));
    }
}
