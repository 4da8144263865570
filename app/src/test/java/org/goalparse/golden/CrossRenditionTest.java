package org.goalparse.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.goalparse.GoalParser;
import org.goalparse.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same document in two formats that carry the same text (issue 12): a Word file and a Shift_JIS text give the
 * document that the UTF-8 text rendition gives, field for field, outside three fields that describe the input
 * rather than the document: {@code source} (file, hash, media type, extractor), {@code sections} (the outline of
 * the input as laid out: a Word table is a table, the text's form lines are lines) and {@code quality} (which is
 * computed from that outline: its opening titles and the share of its paragraphs placed). Warnings are compared:
 * the formats give none of their own today, so an extraction note that appeared in one only would show here.
 */
class CrossRenditionTest {
    private static final GoalParser PARSER = GoalParser.builder().build();
    private static final List<String> LAYOUT_FIELDS = List.of("source", "sections", "quality");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"hiratsuka-2016-shiminbu.docx, hiratsuka-2016-shiminbu.txt",
            "iruma-2022-shiminseikatsubu.sjis.txt, iruma-2022-shiminseikatsubu.txt"})
    void anotherFormatOfTheTextGivesTheSameDocument(String other, String text) throws Exception {
        JsonNode a = withoutLayout(GoldenFiles.tree(PARSER.parse(Source.of(RepoRoot.sample(other)))));
        JsonNode b = withoutLayout(GoldenFiles.tree(PARSER.parse(Source.of(RepoRoot.sample(text)))));
        assertTrue(b.path("goals").size() > 0, text + " gives goals: the comparison compares something");
        for (String field : List.of("municipality", "department", "fiscalYear", "head", "divisions", "basicDirection",
                "priorityPolicies", "goals", "projects", "indicators", "midTermGoals", "warnings")) {
            assertEquals(b.get(field), a.get(field), other + " and " + text + " differ in " + field);
        }
        assertEquals(b, a, other + " and " + text + " differ outside " + LAYOUT_FIELDS);
    }

    private static JsonNode withoutLayout(JsonNode doc) {
        ObjectNode copy = ((ObjectNode) doc).deepCopy();
        LAYOUT_FIELDS.forEach(copy::remove);
        return copy;
    }
}
