package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.goalparse.golden.RepoRoot;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    static final List<String> CONTRACT_FIELDS = List.of("schemaVersion", "source", "municipality", "department",
            "fiscalYear", "head", "divisions", "basicDirection", "priorityPolicies", "goals", "projects",
            "indicators", "midTermGoals", "sections", "quality", "warnings");
    static final Path IRUMA = RepoRoot.sample("iruma-2022-shiminseikatsubu.txt");
    static final Path TOYONAKA = RepoRoot.sample("toyonaka-2022-shiminkyodobu.txt");

    @TempDir
    Path dir;

    @Test
    void oneFilePrintsOnePrettyDocumentWithEveryContractField() throws Exception {
        CliRun run = CliRun.run("parse", IRUMA.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("{\n"), "pretty JSON, one document");
        JsonNode doc = GoalJson.mapper().readTree(run.out());
        assertEquals(CONTRACT_FIELDS, fieldNames(doc));
        assertEquals("4", doc.get("schemaVersion").asText());
        JsonNode source = doc.get("source");
        assertEquals(List.of("id", "file", "path", "sha256", "mediaType", "pages", "extractor", "url", "published",
                "part", "ocr", "pagesRead"), fieldNames(source));
        assertEquals("iruma-2022-shiminseikatsubu.txt", source.get("file").asText());
        assertEquals(IRUMA.toString(), source.get("path").asText());
        assertEquals(sha256(IRUMA), source.get("sha256").asText());
        assertEquals(sha256(IRUMA), source.get("id").asText(), "a file of one department: its id is its hash");
        assertTrue(doc.get("sections").isArray());
        assertFalse(doc.get("sections").isEmpty(), "the whole input is in sections");
    }

    @Test
    void municipalityOptionIsPassedThroughAndJapaneseIsNotEscaped() throws Exception {
        CliRun run = CliRun.run("parse", "--municipality", "入間市", IRUMA.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertTrue(run.out().contains("\"municipality\" : \"入間市\""), run.out());
        assertFalse(run.out().contains("\\u"), "no \\u escapes");
    }

    @Test
    void municipalityOptionFillsOnlyWhatTheDocumentDoesNotName() throws Exception {
        // the sample names 入間市: the option must not override it
        CliRun run = CliRun.run("parse", "--municipality", "平塚市", IRUMA.toString());
        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertTrue(run.out().contains("\"municipality\" : \"入間市\""), run.out());
    }

    @Test
    void theErrorRecordOfADamagedFileCarriesItsSha256(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path damaged = tmp.resolve("damaged.pdf");
        Files.write(damaged, "%PDF-1.4\nnot a PDF after all".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        CliRun run = CliRun.run("parse", "--jsonl", damaged.toString());
        JsonNode error = GoalJson.mapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals("damaged.pdf", error.get("source").get("file").asText(), run::toString);
        assertEquals(sha256(damaged), error.get("source").get("sha256").asText());
        assertEquals(sha256(damaged), error.get("source").get("id").asText(), "the id a record of it would have");
    }

    @Test
    void sourcePathIsTheArgumentAsTypedAndTheSameInAnErrorRecord() throws Exception {
        Files.copy(IRUMA, dir.resolve("iruma.txt"));
        String typed = dir + "/./sub/..//iruma.txt"; // not tidied: the path is what the user typed
        Files.createDirectories(dir.resolve("sub"));
        String missing = dir + "//missing.txt";

        CliRun run = CliRun.run("parse", typed, missing);

        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run::toString);
        JsonNode doc = GoalJson.mapper().readTree(lines.get(0));
        JsonNode error = GoalJson.mapper().readTree(lines.get(1));
        assertEquals(typed, doc.get("source").get("path").asText());
        assertEquals("iruma.txt", doc.get("source").get("file").asText());
        assertEquals(missing, error.get("source").get("path").asText());
        assertTrue(error.get("source").get("id").isNull(), "no bytes, no id");
    }

    @Test
    void dashReadsStdin() throws Exception {
        byte[] bytes = Files.readAllBytes(IRUMA);
        CliRun run = CliRun.withStdin(bytes, "parse", "-");

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        JsonNode doc = GoalJson.mapper().readTree(run.out());
        assertEquals("stdin", doc.get("source").get("file").asText());
        assertEquals("-", doc.get("source").get("path").asText(), "the input as typed, as an error record says");
        assertEquals(sha256(IRUMA), doc.get("source").get("sha256").asText());
    }

    @Test
    void twoFilesPrintTwoJsonLines() throws Exception {
        CliRun run = CliRun.run("parse", IRUMA.toString(), TOYONAKA.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run::toString);
        assertEquals("iruma-2022-shiminseikatsubu.txt", file(lines.get(0)));
        assertEquals("toyonaka-2022-shiminkyodobu.txt", file(lines.get(1)));
        assertEquals(CONTRACT_FIELDS, fieldNames(GoalJson.mapper().readTree(lines.get(1))));
    }

    @Test
    void aMissingFileAmongSeveralBecomesAnErrorRecordAndTheRunGoesOn() throws Exception {
        String missing = IRUMA.resolveSibling("no-such-document.pdf").toString();
        CliRun run = CliRun.run("parse", missing, IRUMA.toString());

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run::toString);
        JsonNode error = GoalJson.mapper().readTree(lines.get(0));
        assertEquals(List.of("source", "error"), fieldNames(error));
        assertEquals(List.of("id", "file", "path", "sha256"), fieldNames(error.get("source")));
        assertEquals(missing, error.get("source").get("path").asText());
        assertEquals(Path.of(missing).getFileName().toString(), error.get("source").get("file").asText(),
                "shaped like a document's source: .source.file works on every line");
        assertTrue(error.get("source").get("sha256").isNull(), "a missing file has no bytes to hash");
        assertEquals("UNREADABLE", error.get("error").get("code").asText());
        assertFalse(error.get("error").get("message").asText().isBlank());
        assertEquals("iruma-2022-shiminseikatsubu.txt", file(lines.get(1)));
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("no-such-document.pdf"), run::toString);
    }

    @Test
    void aFileOfSeveralDepartmentsPrintsOneJsonLinePerDepartment() throws Exception {
        Path joined = JoinedPdf.join(dir.resolve("city.pdf"), JoinedPdf.THREE);

        CliRun run = CliRun.run("parse", joined.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run::toString);
        List<String> cities = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode doc = GoalJson.mapper().readTree(lines.get(i));
            assertEquals(CONTRACT_FIELDS, fieldNames(doc));
            JsonNode source = doc.get("source");
            assertEquals("city.pdf", source.get("file").asText());
            assertEquals(sha256(joined), source.get("sha256").asText());
            assertEquals(i + 1, source.get("part").get("index").asInt(), lines.get(i));
            assertEquals(3, source.get("part").get("count").asInt(), lines.get(i));
            assertEquals(sha256(joined) + "#" + (i + 1), source.get("id").asText(), "a part's id names the part");
            assertEquals(joined.toString(), source.get("path").asText());
            for (int g = 0; g < doc.get("goals").size(); g++) {
                assertEquals("g" + (g + 1), doc.get("goals").get(g).get("id").asText(), "ids start again in a part");
            }
            cities.add(doc.get("municipality").asText());
            departments.add(doc.get("department").asText());
        }
        assertEquals(List.of("平塚市", "入間市", "伊勢原市"), cities);
        assertEquals(List.of("市民部", "市民生活部", "市民生活部"), departments);
        assertEquals(1, GoalJson.mapper().readTree(lines.get(0)).get("source").get("part").get("pages").get(0)
                .asInt(), "the first part opens the file");
    }

    @Test
    void aFileOfSeveralDepartmentsAmongOtherFilesGivesItsLinesInItsPlace() throws Exception {
        Path joined = JoinedPdf.join(dir.resolve("city.pdf"), JoinedPdf.TWO);

        CliRun run = CliRun.run("parse", IRUMA.toString(), joined.toString(), TOYONAKA.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("iruma-2022-shiminseikatsubu.txt", "city.pdf", "city.pdf",
                "toyonaka-2022-shiminkyodobu.txt"), lines.stream().map(ParseCommandTest::fileOf).toList());
        assertEquals(List.of("null", "1", "2", "null"), lines.stream().map(ParseCommandTest::partOf).toList());
    }

    @Test
    void provenanceOfEachPartPointsIntoTheWholeFilesTextAndOnlyWhenAskedFor() throws Exception {
        Path joined = JoinedPdf.join(dir.resolve("city.pdf"), JoinedPdf.THREE);

        CliRun run = CliRun.run("parse", "--provenance", joined.toString());
        CliRun text = CliRun.run("text", joined.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        int[] cps = text.out().codePoints().toArray();
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run::toString);
        for (String line : lines) {
            JsonNode doc = GoalJson.mapper().readTree(line);
            JsonNode department = doc.get("provenance").get("/department");
            JsonNode span = department.get("span");
            String at = new String(cps, span.get(0).asInt(), span.get(1).asInt() - span.get(0).asInt());
            assertEquals(doc.get("department").asText(), at, "a part's span points into the whole file's text");
            JsonNode pages = doc.get("source").get("part").get("pages");
            int page = department.get("page").asInt();
            assertTrue(page >= pages.get(0).asInt() && page <= pages.get(1).asInt(), line);
        }
        CliRun plain = CliRun.run("parse", joined.toString());
        assertFalse(plain.out().contains("\"provenance\""), "off by default");
        assertEquals(CONTRACT_FIELDS, fieldNames(GoalJson.mapper().readTree(plain.out().lines().findFirst().get())));
    }

    @Test
    void jsonlPrintsOneCompactLineForAFileOfOneDepartment() throws Exception {
        CliRun pretty = CliRun.run("parse", IRUMA.toString());
        CliRun jsonl = CliRun.run("parse", "--jsonl", IRUMA.toString());

        assertEquals(ExitCode.OK.code(), jsonl.exit(), jsonl::toString);
        List<String> lines = jsonl.out().lines().toList();
        assertEquals(1, lines.size(), jsonl::toString);
        assertTrue(lines.get(0).startsWith("{\"schemaVersion\":\"4\",\"source\":{"), lines.get(0));
        assertEquals(GoalJson.mapper().readTree(pretty.out()), GoalJson.mapper().readTree(lines.get(0)));
        assertTrue(GoalJson.mapper().readTree(lines.get(0)).get("source").get("part").isNull());
    }

    @Test
    void jsonlOnOneFileThatFailsPrintsItsErrorRecordAndKeepsTheOneFileExitCode() throws Exception {
        String missing = dir.resolve("gone.pdf").toString();
        CliRun run = CliRun.run("parse", "--jsonl", missing);

        assertEquals(ExitCode.UNREADABLE.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run::toString);
        assertEquals("UNREADABLE", GoalJson.mapper().readTree(lines.get(0)).get("error").get("code").asText());
    }

    private static String fileOf(String jsonLine) {
        try {
            return file(jsonLine);
        } catch (Exception e) {
            throw new AssertionError(jsonLine, e);
        }
    }

    private static String partOf(String jsonLine) {
        try {
            JsonNode part = GoalJson.mapper().readTree(jsonLine).get("source").get("part");
            return part.isNull() ? "null" : part.get("index").asText();
        } catch (Exception e) {
            throw new AssertionError(jsonLine, e);
        }
    }

    private static String file(String jsonLine) throws Exception {
        return GoalJson.mapper().readTree(jsonLine).get("source").get("file").asText();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
