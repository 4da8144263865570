package org.goalparse.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.goalparse.model.Achievement;
import org.goalparse.model.DatedQuantity;
import org.goalparse.model.Division;
import org.goalparse.model.FiscalYear;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.Head;
import org.goalparse.model.Indicator;
import org.goalparse.model.MidTermGoal;
import org.goalparse.model.Part;
import org.goalparse.model.Person;
import org.goalparse.model.PlanRef;
import org.goalparse.model.PriorityPolicy;
import org.goalparse.model.Project;
import org.goalparse.model.Quality;
import org.goalparse.model.Quantity;
import org.goalparse.model.ScheduleItem;
import org.goalparse.model.Section;
import org.goalparse.model.SourceInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JSON Schema against the golden files and hand-made documents: what the parser prints, the schema allows. */
class SchemaTest {
    static final List<String> CONTRACT_FIELDS = List.of("schemaVersion", "source", "municipality", "department",
            "fiscalYear", "head", "divisions", "basicDirection", "priorityPolicies", "goals", "projects",
            "indicators", "midTermGoals", "sections", "quality", "warnings");
    private static final SourceInfo SOURCE = new SourceInfo("iruma-2022-shiminseikatsubu.txt",
            "3d41102ba5eca0125488b3bf552210a4b80686d14720854141730d07f8712490", "text/plain", null, "text");

    @TestFactory
    Stream<DynamicTest> everyGoldenFileValidates() throws IOException {
        Path dir = RepoRoot.golden();
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            List<String> violations = SchemaValidation.violations(GoldenFiles.read(file));
            assertTrue(violations.isEmpty(), () -> file.getFileName() + ": " + violations);
        }));
    }

    @Test
    void errorRecordsAreDescribedAndTheOldStringSourceIsNot() throws IOException {
        JsonNode record = GoalJson.mapper().readTree(
                "{\"source\":{\"id\":null,\"file\":\"a.pdf\",\"path\":\"in/a.pdf\",\"sha256\":null},"
                        + "\"error\":{\"code\":\"UNREADABLE\",\"message\":\"no such file\"}}");
        assertEquals(List.of(), SchemaValidation.errorRecordViolations(record));
        JsonNode old = GoalJson.mapper().readTree(
                "{\"source\":\"in/a.pdf\",\"error\":{\"code\":\"UNREADABLE\",\"message\":\"no such file\"}}");
        assertFalse(SchemaValidation.errorRecordViolations(old).isEmpty());
    }

    @Test
    void partOfAFileValidatesAndABadPartDoesNot() throws IOException {
        GoalDocument part = new GoalDocument(GoalDocument.SCHEMA_VERSION, SOURCE.withPart(Part.ofPages(2, 3, 4, 6)),
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), new Quality(false, List.of(), 0), List.of());
        JsonNode json = GoalJson.mapper().readTree(GoalJson.pretty(part));
        assertEquals(List.of("index", "count", "pages", "sheet", "heading"), fieldNames(json.get("source").get("part")));
        assertEquals(List.of(), SchemaValidation.violations(json));

        ((ObjectNode) json.get("source").get("part")).put("count", 1);
        assertFalse(SchemaValidation.violations(json).isEmpty(), "a part of a file of one part");
    }

    @Test
    void minimalDocumentHasEveryFieldAndValidates() throws IOException {
        GoalDocument minimal = new GoalDocument(GoalDocument.SCHEMA_VERSION, SOURCE, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Quality(false, List.of(), 0), List.of());
        JsonNode json = GoalJson.mapper().readTree(GoalJson.pretty(minimal));

        assertEquals(CONTRACT_FIELDS, fieldNames(json));
        assertEquals(List.of("id", "file", "path", "sha256", "mediaType", "pages", "extractor", "url", "published",
                "part", "ocr", "pagesRead"), fieldNames(json.get("source")));
        assertTrue(json.get("source").get("part").isNull());
        assertTrue(json.get("source").get("pagesRead").isNull(), "the whole file read");
        assertTrue(json.get("source").get("ocr").isNull());
        assertTrue(json.get("municipality").isNull());
        assertTrue(json.get("goals").isArray());
        assertEquals(List.of(), SchemaValidation.violations(json));
    }

    @Test
    void fullDocumentValidatesWithEveryNestedField() throws IOException {
        JsonNode json = GoalJson.mapper().readTree(GoalJson.pretty(full()));

        assertEquals(List.of(), SchemaValidation.violations(json));
        JsonNode target = json.get("goals").get(0).get("targets").get(0);
        assertEquals(List.of("text", "metric", "value", "unit", "unitNormalized", "comparator", "asOf"),
                fieldNames(target));
        assertEquals("40070", target.get("value").asText());
        assertEquals(List.of("text", "metric", "value", "unit", "unitNormalized", "comparator", "asOf", "year"),
                fieldNames(json.get("indicators").get(0).get("baseline")));
        assertTrue(GoalJson.compact(full()).contains("自治会加入世帯数"), "Japanese is written as is, not escaped");
    }

    @Test
    void provenanceOfASamplePdfValidatesAndABadBoxOrSpanDoesNot() throws Exception {
        GoalDocument doc = org.goalparse.GoalParser.builder().provenance(true).build()
                .parse(org.goalparse.source.Source.of(RepoRoot.samples().resolve("iruma-2025-shiminseikatsubu.pdf")));
        ObjectNode json = (ObjectNode) GoalJson.mapper().readTree(GoalJson.pretty(doc));
        assertEquals("provenance", fieldNames(json).get(fieldNames(json).size() - 1), "provenance after warnings");
        assertTrue(json.get("provenance").size() > 50);
        assertEquals(List.of(), SchemaValidation.violations(json));
        ObjectNode entry = (ObjectNode) json.get("provenance").get("/department");
        assertEquals(List.of("page", "bbox", "span"), fieldNames(entry));
        entry.putArray("bbox").add(1).add(2).add(3);
        assertFalse(SchemaValidation.violations(json).isEmpty(), "a box has four numbers");
        entry.putArray("bbox").add(1).add(2).add(3).add(4);
        entry.putArray("span").add(-1).add(4);
        assertFalse(SchemaValidation.violations(json).isEmpty(), "a span is of offsets >= 0");
        entry.putArray("span").add(0).add(4);
        assertEquals(List.of(), SchemaValidation.violations(json));
        ((ObjectNode) json.get("provenance")).putObject("department").put("page", 1);
        assertFalse(SchemaValidation.violations(json).isEmpty(), "keys are JSON Pointers with page, bbox and span");
    }

    @Test
    void schemaHoldsTheJoinKeys() throws IOException {
        ObjectNode json = (ObjectNode) GoalJson.mapper().readTree(GoalJson.pretty(full()));
        assertEquals("g1", json.get("goals").get(0).get("id").asText());
        assertEquals(List.of(), SchemaValidation.violations(json));
        ((ObjectNode) json.get("goals").get(0)).put("id", "1");
        assertFalse(SchemaValidation.violations(json).isEmpty(), "a goal id is g1, g2…");

        ObjectNode part = (ObjectNode) GoalJson.mapper().readTree(GoalJson.pretty(full()));
        ObjectNode source = (ObjectNode) part.get("source");
        source.put("id", source.get("sha256").asText() + "#2");
        assertEquals(List.of(), SchemaValidation.violations(part), "a part's id: <sha256>#<index>");
        source.put("id", "x");
        assertFalse(SchemaValidation.violations(part).isEmpty());
        source.remove("id");
        assertFalse(SchemaValidation.violations(part).isEmpty(), "source.id is required");
    }

    @Test
    void pagesReadIsPagesAndRangesOrNull() throws IOException {
        ObjectNode json = (ObjectNode) GoalJson.mapper().readTree(GoalJson.pretty(full()));
        ObjectNode source = (ObjectNode) json.get("source");
        assertEquals("1,3-5", source.get("pagesRead").asText());
        assertEquals(List.of(), SchemaValidation.violations(json));
        for (String bad : new String[] {"", "0-3", "3-", "3,", "pages 3-5"}) {
            source.put("pagesRead", bad);
            assertFalse(SchemaValidation.violations(json).isEmpty(), bad);
        }
        source.putNull("pagesRead");
        assertEquals(List.of(), SchemaValidation.violations(json));
        source.remove("pagesRead");
        assertFalse(SchemaValidation.violations(json).isEmpty(), "source.pagesRead is required");
        assertThrows(IllegalArgumentException.class, () -> new SourceInfo("x.pdf", null, "0".repeat(64),
                "application/pdf", 5, "pdfbox", null, null, null, null, "3-"), "the record refuses it too");
    }

    @Test
    void schemaRejectsAMissingFieldAndAnUnknownOne() throws IOException {
        ObjectNode missing = (ObjectNode) GoalJson.mapper().readTree(GoalJson.pretty(full()));
        missing.remove("department");
        assertFalse(SchemaValidation.violations(missing).isEmpty(), "department is required");

        ObjectNode unknownInQuantity = (ObjectNode) GoalJson.mapper().readTree(GoalJson.pretty(full()));
        ((ObjectNode) unknownInQuantity.get("goals").get(0).get("targets").get(0)).put("year", 2022);
        assertFalse(SchemaValidation.violations(unknownInQuantity).isEmpty(), "a Quantity has no year");
    }

    /** A document with every record filled, values from the Iruma, Isehara and Toyonaka samples. */
    static GoalDocument full() {
        Quantity households = new Quantity("自治会加入世帯数: 40,070 世帯", "自治会加入世帯数", new BigDecimal("40070"),
                "世帯", null, "2022-04-01");
        Quantity lectures = new Quantity("出前講座等参加者数4,000人", "出前講座等参加者数", new BigDecimal("4000"), "人",
                ">=", null);
        Goal goal = new Goal(1, "自治文化課", "地域自治・市民協働の推進", "地域自治組織の形成・活動を支援します。",
                List.of(households, Quantity.textOnly("現状把握")),
                new Achievement("高等学校において啓発講座を実施しました。(全222回、4,675人)",
                        List.of(new Quantity("4,675人", null, new BigDecimal("4675"), "人", null, null))),
                "地域づくり活動計画の策定支援を継続実施します。",
                List.of(new PlanRef("総合計画", "5-1-③", "地域課題の共有を図り、協働によるまちづくりを推進します。")));
        Indicator indicator = new Indicator("1", "市民活動サポートセンター運営事業", "登録団体数",
                DatedQuantity.of(new Quantity("120団体", null, new BigDecimal("120"), "団体", null, null), 2019),
                List.of(DatedQuantity.of(new Quantity("130団体", null, new BigDecimal("130"), "団体", null, null), 2021)),
                "市民協働課");
        return new GoalDocument(GoalDocument.SCHEMA_VERSION,
                new SourceInfo("toyonaka-2022-shiminkyodobu.pdf", "scans/toyonaka-2022-shiminkyodobu.pdf",
                        "0000000000000000000000000000000000000000000000000000000000000000", "application/pdf", 12,
                        "pdfbox", null, null, null, new org.goalparse.model.OcrInfo("tesseract 5.3.0", "jpn", 300,
                                List.of(new org.goalparse.model.OcrInfo.OcrPage(3, "no-text", 412, 91.5, 0.7)), 91.5),
                        "1,3-5"),
                "豊中市", "市民協働部", new FiscalYear(2022, "令和", 4, "令和4年度"), new Head("部長", "宮城 節子", null),
                List.of(new Division("自治文化課", new Person("関谷 佳代子", "せきや かよこ"), 12, List.of("自治会支援"))),
                List.of("市民窓口サービスの向上を通じて市民と行政の信頼関係構築を図る。"),
                List.of(new PriorityPolicy(1, null, "地域コミュニティの活性化につながるさまざまな支援を実施します。")),
                List.of(goal),
                List.of(new Project("市民活動支援事業", "市民協働課", "助成を行う", "助成を行いました", List.of(lectures))),
                List.of(indicator),
                List.of(new MidTermGoal(1, "地域自治の推進", "地域自治組織の形成を進めます。",
                        List.of(new ScheduleItem(2023, "条例改正")))),
                List.of(new Section("1. 部局の使命", 1, "市民のくらしの安全・安定と地域の活性化を図る。")),
                new Quality(true, List.of("goal-section", "department-named"), 0.83),
                List.of("a table could not be placed"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
