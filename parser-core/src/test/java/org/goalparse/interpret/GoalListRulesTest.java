package org.goalparse.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goalparse.GoalParser;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** Which list of a document is its goal list, and what in it is a goal (fragments invented, shaped like the genre). */
class GoalListRulesTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    private static GoalDocument parse(String... lines) throws Exception {
        return PARSER.parse(Source.of("x.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> titles(GoalDocument d) {
        return d.goals().stream().map(Goal::title).toList();
    }

    @Test
    void aFormSectionHeadingIsNeverAGoal() throws Exception {
        GoalDocument d = parse("観光局 誘客推進課の工程表", "1.政策内容と目標", "(1)政策内容", "外国人観光客の誘致",
                "(2)長期的目標", "(3)今年度の目標", "○海外での商談会への出展", "○多言語案内板の更新",
                "2.測定指標", "指標1", "3.目標を実現するための主要事業・主要制度", "4.評価");
        assertTrue(titles(d).stream().noneMatch(t -> t != null && (t.contains("測定指標") || t.contains("評価"))),
                titles(d).toString());
    }

    @Test
    void bulletsUnderThisYearsGoalsAreGoalsEvenAsSentences() throws Exception {
        GoalDocument d = parse("観光局 誘客推進課の工程表", "1.政策内容と目標", "(1)政策内容", "外国人観光客の誘致",
                "(3)今年度の目標", "○海外の旅行会社との商談を重ね、誘客の取組を着実に進める。",
                "○案内板、パンフレットの多言語化", "2.測定指標", "指標1");
        assertEquals(List.of("海外の旅行会社との商談を重ね、誘客の取組を着実に進める。", "案内板、パンフレットの多言語化"),
                titles(d));
        assertNull(d.goals().get(0).number());
    }

    @Test
    void theLineUnderPolicyContentIsTheGoalWhenNoYearGoalsAreListed() throws Exception {
        GoalDocument d = parse("観光局 誘客推進課の工程表", "1.政策内容と目標", "(1)政策内容", "外国人観光客の誘致",
                "(2)長期的目標", "(3)今年度の目標", "・商談会への出展 ・関係団体と連携して、案内板の更新", "2.測定指標", "指標1");
        assertEquals(List.of("外国人観光客の誘致"), titles(d));
    }
}
