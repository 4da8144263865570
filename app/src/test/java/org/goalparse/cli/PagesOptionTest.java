package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.golden.RepoRoot;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pages} on parse, text and batch: what is read, what the record says, what fails and how. */
class PagesOptionTest {
    private static final Path IRUMA = RepoRoot.sample("iruma-2022-shiminseikatsubu.pdf"); // 2 pages
    private static final Path TEXT = RepoRoot.sample("iruma-2022-shiminseikatsubu.txt");

    @TempDir
    Path dir;

    @Test
    void parseReadsThePagesAskedForAndTheRecordSaysWhich() throws Exception {
        CliRun run = CliRun.run("parse", "--pages", "2", IRUMA.toString());
        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        JsonNode source = GoalJson.mapper().readTree(run.out()).get("source");
        assertEquals(2, source.get("pages").asInt(), "the document's page count");
        assertEquals("2", source.get("pagesRead").asText());
        JsonNode whole = GoalJson.mapper().readTree(CliRun.run("parse", IRUMA.toString()).out());
        assertTrue(whole.get("source").get("pagesRead").isNull(), "without --pages: null");
        JsonNode second = GoalJson.mapper().readTree(run.out());
        assertTrue(second.get("sections").size() < whole.get("sections").size(), "page 1's sections are not read");
        for (JsonNode goal : second.get("goals")) {
            assertTrue(whole.get("goals").toString().contains(goal.get("text").asText()), goal.toString());
        }
    }

    @Test
    void aRangePastTheEndReadsWhatThereIsWithAWarningAndNoPageAtAllIsOneLineAndExit3() throws Exception {
        CliRun past = CliRun.run("parse", "--pages", "2-7", IRUMA.toString());
        assertEquals(ExitCode.OK.code(), past.exit(), past::toString);
        JsonNode doc = GoalJson.mapper().readTree(past.out());
        assertEquals("2", doc.get("source").get("pagesRead").asText());
        assertTrue(doc.get("warnings").toString().contains(
                "pages 2-7 were asked for, but the PDF has 2 pages: page 2 was read"), doc.get("warnings").toString());

        CliRun none = CliRun.run("parse", "--pages", "3-", IRUMA.toString());
        assertEquals(ExitCode.UNREADABLE.code(), none.exit(), none::toString);
        assertEquals("", none.out());
        assertEquals(List.of("goalparse: " + IRUMA + ": pages 3- were asked for, but the PDF has 2 pages"),
                none.errLines());
    }

    @Test
    void badSelectionsAreUsageErrors() {
        for (String command : new String[] {"parse", "text", "batch"}) {
            CliRun run = CliRun.run(command, "--pages", "5-2", IRUMA.toString());
            assertEquals(ExitCode.USAGE.code(), run.exit(), run::toString);
            assertTrue(run.err().startsWith("Invalid value for option '--pages': the range 5-2 ends before it starts"),
                    run.err());
        }
        CliRun zero = CliRun.run("parse", "--pages=0", IRUMA.toString());
        assertEquals(ExitCode.USAGE.code(), zero.exit());
        assertTrue(zero.err().contains("the first page is 1"), zero.err());
    }

    @Test
    void inABatchAShortDocumentIsAnErrorRecordAndATextFileIsReadWholeWithAWarning() throws Exception {
        Path joined = JoinedPdf.join(dir.resolve("in/city.pdf"), JoinedPdf.TWO); // 12 pages
        Files.copy(IRUMA, dir.resolve("in/short.pdf"));
        Files.copy(TEXT, dir.resolve("in/notes.txt"));

        CliRun run = CliRun.run("batch", "-q", "--pages", "3-4", dir.resolve("in").toString());

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<JsonNode> records = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            records.add(GoalJson.mapper().readTree(line));
        }
        assertEquals(List.of("city.pdf", "notes.txt", "short.pdf"),
                records.stream().map(r -> r.get("source").get("file").asText()).toList());
        JsonNode city = records.get(0);
        assertEquals("3-4", city.get("source").get("pagesRead").asText());
        assertEquals(12, city.get("source").get("pages").asInt());
        assertEquals("市民協働部", city.get("department").asText(), "pages 3-4 are Toyonaka's, not Iruma's");
        JsonNode notes = records.get(1);
        assertTrue(notes.get("source").get("pagesRead").isNull());
        assertEquals("pages 3-4 were asked for, but a text file has no fixed pages: the whole document was read",
                notes.get("warnings").get(0).asText());
        JsonNode shortOne = records.get(2);
        assertEquals("UNREADABLE", shortOne.get("error").get("code").asText());
        assertEquals("pages 3-4 were asked for, but the PDF has 2 pages", shortOne.get("error").get("message").asText());
        assertTrue(run.err().contains("3 inputs: 2 ok, 1 failed"), run.err());
    }

    @Test
    void aFileOfSeveralDepartmentsIsSplitWithinThePagesReadAndItsPartsKeepTheirPageNumbers() throws Exception {
        Path joined = JoinedPdf.join(dir.resolve("city.pdf"), JoinedPdf.THREE); // 3 departments, 2 pages each

        CliRun run = CliRun.run("parse", "--pages", "3-", joined.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run::toString);
        List<String> where = new ArrayList<>();
        for (String line : lines) {
            JsonNode source = GoalJson.mapper().readTree(line).get("source");
            assertEquals("3-6", source.get("pagesRead").asText());
            assertEquals(6, source.get("pages").asInt());
            assertEquals(2, source.get("part").get("count").asInt());
            where.add(source.get("part").get("pages").toString());
        }
        assertEquals(List.of("[3,4]", "[5,6]"), where);

        CliRun one = CliRun.run("parse", "--pages", "5-6", joined.toString());
        JsonNode doc = GoalJson.mapper().readTree(one.out());
        assertTrue(doc.get("source").get("part").isNull(), "one department read: no part");
        assertEquals("伊勢原市", doc.get("municipality").asText());
    }

    @Test
    void textShowsThePagesReadUnderTheirNumbersAndSaysWhenTheyDoNotApply() {
        CliRun pdf = CliRun.run("text", "--pages", "2", IRUMA.toString());
        assertEquals(ExitCode.OK.code(), pdf.exit(), pdf::toString);
        assertTrue(pdf.out().startsWith("--- page 2 ---\n"), pdf.out());
        assertTrue(!pdf.out().contains("--- page 1 ---"), pdf.out());

        CliRun text = CliRun.run("text", "--pages", "2", TEXT.toString());
        assertEquals(ExitCode.OK.code(), text.exit(), text::toString);
        assertEquals(CliRun.run("text", TEXT.toString()).out(), text.out());
        assertEquals(List.of("goalparse: " + TEXT + ": warning: page 2 was asked for, but a text file has no fixed "
                + "pages: the whole document was read"), text.errLines());
    }
}
