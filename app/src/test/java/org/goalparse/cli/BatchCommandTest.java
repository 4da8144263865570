package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.goalparse.golden.RepoRoot;
import org.goalparse.golden.Samples;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalparse batch}: outputs, names, order, counts, resume, manifest. Timeouts here are hang guards. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentPipedToBatchDashIsAUsageErrorWithAHint() throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(RepoRoot.sample("iruma-2022-shiminseikatsubu.pdf"));
        CliRun run = CliRun.withStdin(pdf, "batch", "-");
        assertEquals(ExitCode.USAGE.code(), run.exit(), run::toString);
        assertTrue(run.err().contains("goalparse parse -"), run.err());
        assertEquals("", run.out(), "no error record per line of the PDF's bytes");
    }

    @Test
    void samplesToAFolderGiveOneGoldenIdenticalJsonPerSample() throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("batch", "-o", out.toString(), "--jobs", "2"));
        Samples.all().forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));

        List<Path> samples = Samples.all();
        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(BadInputBatchTest.summary(samples.size(), samples.size(), 0), BadInputBatchTest.summaryOf(run));
        List<String> expected = new ArrayList<>();
        for (Path sample : samples) {
            String name = sample.getFileName() + ".json";
            expected.add(name);
            // Same name and same bytes as the golden file but source.path (the golden's is samples/x, this run's the
            // path given): an output folder can serve as check --golden, which compares all but source.path.
            String golden = Files.readString(RepoRoot.golden().resolve(name)).replace(
                    "\"path\" : \"samples/" + sample.getFileName() + "\"",
                    "\"path\" : " + GoalJson.mapper().writeValueAsString(sample.toString()));
            assertEquals(golden, Files.readString(out.resolve(name)), name);
        }
        expected.add(ErrorLog.FILE);
        assertEquals(expected.stream().sorted().toList(), list(out));
        assertEquals("", Files.readString(out.resolve(ErrorLog.FILE)), "nothing failed");
    }

    @Test
    void collidingFileNamesGetAStableSuffix() throws Exception {
        Path a = copy("iruma-2022-shiminseikatsubu.txt", dir.resolve("in/a/goals.txt"));
        Path b = copy("toyonaka-2022-shiminkyodobu.txt", dir.resolve("in/b/goals.txt"));
        Path out = dir.resolve("out");
        CliRun first = CliRun.run("batch", dir.resolve("in").toString(), "-o", out.toString());
        List<String> names = list(out);
        CliRun second = CliRun.run("batch", dir.resolve("in").toString(), "-o", out.toString());

        assertEquals(ExitCode.OK.code(), first.exit(), first::toString);
        assertEquals(ExitCode.OK.code(), second.exit(), second::toString);
        assertEquals(names, list(out), "the same names on every run");
        assertEquals(3, names.size(), names::toString);
        assertTrue(names.contains("goals.txt.json"), names::toString);
        String suffixed = names.stream().filter(n -> n.matches("goals\\.txt\\.[0-9a-f]{8}\\.json")).findFirst()
                .orElseThrow(() -> new AssertionError(names));
        assertEquals("入間市", municipality(out.resolve("goals.txt.json")), "the first in sorted order keeps the name");
        assertEquals("豊中市", municipality(out.resolve(suffixed)));
        assertTrue(Files.exists(a) && Files.exists(b));
    }

    @Test
    void jsonLinesOnStdoutFollowTheSortedInputOrder() throws Exception {
        List<String> args = new ArrayList<>(List.of("batch", "--jobs", "4"));
        Samples.all().forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        List<String> files = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            files.add(GoalJson.mapper().readTree(line).get("source").get("file").asText());
        }
        assertEquals(Samples.all().stream().map(p -> p.getFileName().toString()).toList(), files);
    }

    @Test
    void dashReadsPathsFromStdinAndAFailureIsAnErrorRecordInItsPlace() throws Exception {
        String missing = dir.resolve("missing.pdf").toString();
        String stdin = RepoRoot.sample("iruma-2022-shiminseikatsubu.txt") + "\n" + missing + "\n\n"
                + RepoRoot.sample("toyonaka-2022-shiminkyodobu.txt") + "\n";
        CliRun run = CliRun.withStdin(stdin.getBytes(StandardCharsets.UTF_8), "batch", "-");

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run::toString);
        JsonNode error = GoalJson.mapper().readTree(lines.get(1));
        assertEquals(missing, error.get("source").get("path").asText());
        assertEquals("UNREADABLE", error.get("error").get("code").asText());
        assertEquals("toyonaka-2022-shiminkyodobu.txt",
                GoalJson.mapper().readTree(lines.get(2)).get("source").get("file").asText());
        assertEquals(BadInputBatchTest.summary(3, 2, 1), BadInputBatchTest.summaryOf(run));
        assertTrue(run.err().contains("goalparse: " + missing + ": no such file"), run::toString);
    }

    @Test
    void csvHasABomTheHeaderAndOneRowPerTarget() throws Exception {
        Path iruma = RepoRoot.sample("iruma-2022-shiminseikatsubu.txt");
        Path isehara = RepoRoot.sample("isehara-2021-shiminseikatsubu.txt");
        CliRun run = CliRun.run("batch", "--format", "csv", iruma.toString(), isehara.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertTrue(run.out().startsWith("\uFEFFdocument,city,department,year,division,goal,title,kind,metric,value,"
                + "unit,comparator,text,"), run.out());
        List<List<String>> rows = Csv.parse(run.out());
        assertEquals(CsvExporter.HEADER, rows.get(0));
        // the eighteen columns of before, then documentId, sequence, goalId, projectId, indicatorId, quantityIndex,
        // unitNormalized
        List<List<String>> leading = rows.stream().map(r -> r.subList(0, 18)).toList();
        assertTrue(leading.contains(List.of(iruma.toString(), "入間市", "市民生活部", "2022", "人権推進課", "4",
                "男女共同参画社会の実現", "target", "講演会の定員数に対する参加者数の割合", "70", "%", ">=",
                "講演会の定員数に対する参加者数の割合:70%以上", "goal", "", "", "", "")), run.out());
        assertTrue(leading.contains(List.of(iruma.toString(), "入間市", "市民生活部", "2022", "人権推進課", "4",
                "男女共同参画社会の実現", "result", "", "61.7", "%", "", "61.7%", "goal", "", "", "", "")), run.out());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(isehara.toString()) && r.get(7).equals("baseline")
                && r.get(8).equals("くらし安心メール登録者数") && r.get(9).equals("14989") && r.get(15).equals("2020")),
                run.out());
        assertTrue(run.out().contains("\r\n"), "RFC 4180 line ends");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.size() == CsvExporter.HEADER.size()));
    }

    @Test
    void resumeSkipsUnchangedDocumentsAndParsesChangedOnes() throws Exception {
        Path in = dir.resolve("in");
        Path iruma = copy("iruma-2022-shiminseikatsubu.txt", in.resolve("iruma.txt"));
        copy("toyonaka-2022-shiminkyodobu.txt", in.resolve("toyonaka.txt"));
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK.code(), CliRun.run("batch", in.toString(), "-o", out.toString()).exit());
        Path toyonakaJson = out.resolve("toyonaka.txt.json");
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(toyonakaJson, old);
        Files.setLastModifiedTime(out.resolve("iruma.txt.json"), old);
        Files.writeString(iruma, Files.readString(iruma).replace("令和4年度", "令和5年度"));

        CliRun run = CliRun.run("batch", in.toString(), "-o", out.toString(), "--resume");

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals("2 inputs: 2 ok (1 unchanged, skipped), 0 failed", BadInputBatchTest.summaryOf(run));
        assertEquals(old, Files.getLastModifiedTime(toyonakaJson), "the unchanged document was not rewritten");
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("iruma.txt.json")));
        assertEquals(2023, GoalJson.mapper().readTree(out.resolve("iruma.txt.json").toFile())
                .get("fiscalYear").get("year").asInt());
    }

    @Test
    void manifestFillsMunicipalityAndSourceFields() throws Exception {
        Path in = dir.resolve("in");
        // A document that does not name its city: the Hiratsuka text without the city's name.
        String text = Files.readString(RepoRoot.sample("hiratsuka-2016-shiminbu.txt")).replace("平塚市", "");
        Files.createDirectories(in);
        Files.writeString(in.resolve("nameless.txt"), text);
        copy("iruma-2022-shiminseikatsubu.txt", in.resolve("iruma.txt"));
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "\uFEFFpath,municipality,source_url,published\r\n"
                + "in/nameless.txt,平塚市,\"https://www.city.hiratsuka.kanagawa.jp/goals,2016.pdf\",2016-05-01\r\n"
                + "in/iruma.txt,狭山市,,2022\r\n");
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("batch", in.toString(), "-o", out.toString(), "--manifest", manifest.toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        JsonNode nameless = GoalJson.mapper().readTree(out.resolve("nameless.txt.json").toFile());
        assertEquals("平塚市", nameless.get("municipality").asText());
        assertEquals("https://www.city.hiratsuka.kanagawa.jp/goals,2016.pdf",
                nameless.get("source").get("url").asText());
        assertEquals("2016-05-01", nameless.get("source").get("published").asText());
        JsonNode iruma = GoalJson.mapper().readTree(out.resolve("iruma.txt.json").toFile());
        assertEquals("入間市", iruma.get("municipality").asText(), "the text's own city wins");
        assertEquals("2022", iruma.get("source").get("published").asText());
        assertTrue(iruma.get("source").get("url").isNull(), "no url given: null");
        assertTrue(org.goalparse.golden.SchemaValidation.violations(nameless).isEmpty());
    }

    @Test
    void overSizeDocumentsBecomeTooLargeRecords() throws Exception {
        CliRun run = CliRun.run("batch", "--max-size", "4k", RepoRoot.sample("iruma-2022-shiminseikatsubu.pdf")
                .toString(), RepoRoot.sample("iruma-2022-shiminseikatsubu.txt").toString());

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals("TOO_LARGE", GoalJson.mapper().readTree(lines.get(0)).get("error").get("code").asText());
        assertEquals("TOO_LARGE", GoalJson.mapper().readTree(lines.get(1)).get("error").get("code").asText());
        assertEquals(BadInputBatchTest.summary(2, 0, 2), BadInputBatchTest.summaryOf(run));
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE.code(), CliRun.run("batch", "--format", "json", "samples").exit());
        assertEquals(ExitCode.USAGE.code(), CliRun.run("batch", "--resume", "samples").exit());
        CliRun pages = CliRun.run("batch", "--resume", "--pages", "2-", "-o", dir.resolve("p").toString(), "samples");
        assertEquals(ExitCode.USAGE.code(), pages.exit()); // outputs of other pages must not count as up to date
        assertTrue(pages.err().contains("--resume cannot be combined with --pages"), pages.err());
        assertEquals(ExitCode.USAGE.code(), CliRun.run("batch", "--jobs", "0", "samples").exit());
        assertEquals(ExitCode.USAGE.code(), CliRun.run("batch", "--max-size", "lots", "samples").exit());
        assertEquals(ExitCode.USAGE.code(), CliRun.run("batch", "--manifest", dir.resolve("none.csv").toString(),
                "samples").exit());
        assertEquals(ExitCode.USAGE.code(), CliRun.run("batch").exit());
    }

    @Test
    void quietLeavesOnlyTheSummaryLine() {
        CliRun run = CliRun.run("batch", "--quiet", dir.resolve("missing.txt").toString());

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertEquals(BadInputBatchTest.summary(1, 0, 1), BadInputBatchTest.summaryOf(run));
    }

    @Test
    void aFileOfSeveralDepartmentsWritesAFilePerPartAndLeavesNoStaleOutput() throws Exception {
        Path in = dir.resolve("in");
        Path city = JoinedPdf.join(in.resolve("city.pdf"), JoinedPdf.TWO);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("city.pdf.json"), "{}\n");          // an earlier run's whole-file output
        Files.writeString(out.resolve("city.pdf.3.json"), "{}\n");        // a part beyond today's count
        Files.writeString(out.resolve("city.pdf.12345678.json"), "{}\n"); // a colliding name's hash, not a part
        Files.writeString(out.resolve("other.pdf.1.json"), "{}\n");       // another input's part

        CliRun split = CliRun.run("batch", in.toString(), "-o", out.toString());

        assertEquals(ExitCode.OK.code(), split.exit(), split::toString);
        assertEquals("1 inputs: 1 ok, 0 failed; 2 records (1 input of several departments)",
                BadInputBatchTest.summaryOf(split));
        assertEquals(List.of("city.pdf.1.json", "city.pdf.12345678.json", "city.pdf.2.json", ErrorLog.FILE,
                "other.pdf.1.json"), list(out));
        JsonNode first = GoalJson.mapper().readTree(out.resolve("city.pdf.1.json").toFile());
        JsonNode second = GoalJson.mapper().readTree(out.resolve("city.pdf.2.json").toFile());
        assertEquals("1 2 入間市", part(first) + " " + first.get("municipality").asText());
        assertEquals("2 2 豊中市", part(second) + " " + second.get("municipality").asText());
        assertTrue(Files.readString(out.resolve("city.pdf.1.json")).startsWith("{\n  \"schemaVersion\" : \"4\""),
                "pretty, like a golden file");

        // The same input is now a document of one department: its part files go.
        Files.copy(RepoRoot.sample("iruma-2022-shiminseikatsubu.pdf"), city, StandardCopyOption.REPLACE_EXISTING);
        CliRun whole = CliRun.run("batch", in.toString(), "-o", out.toString());

        assertEquals(ExitCode.OK.code(), whole.exit(), whole::toString);
        assertEquals(BadInputBatchTest.summary(1, 1, 0), BadInputBatchTest.summaryOf(whole));
        assertEquals(List.of("city.pdf.12345678.json", "city.pdf.json", ErrorLog.FILE, "other.pdf.1.json"),
                list(out));
        assertTrue(GoalJson.mapper().readTree(out.resolve("city.pdf.json").toFile()).get("source").get("part")
                .isNull());

        // And an input that fails keeps no output at all, whole or parts.
        JoinedPdf.join(city, JoinedPdf.TWO);
        assertEquals(ExitCode.OK.code(), CliRun.run("batch", in.toString(), "-o", out.toString()).exit());
        Files.writeString(city, "%PDF-1.7 not really");
        CliRun failed = CliRun.run("batch", in.toString(), "-o", out.toString());

        assertEquals(ExitCode.SOME_FAILED.code(), failed.exit(), failed::toString);
        assertEquals(List.of("city.pdf.12345678.json", ErrorLog.FILE, "other.pdf.1.json"), list(out));
    }

    @Test
    void resumeSkipsAFileOfSeveralDepartmentsOnlyWhenEveryPartIsThere() throws Exception {
        Path in = dir.resolve("in");
        JoinedPdf.join(in.resolve("city.pdf"), JoinedPdf.TWO);
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK.code(), CliRun.run("batch", in.toString(), "-o", out.toString()).exit());

        CliRun unchanged = CliRun.run("batch", in.toString(), "-o", out.toString(), "--resume");
        Files.delete(out.resolve("city.pdf.2.json"));
        CliRun partGone = CliRun.run("batch", in.toString(), "-o", out.toString(), "--resume");
        Files.writeString(out.resolve("city.pdf.json"), Files.readString(out.resolve("city.pdf.1.json")));
        CliRun strayWhole = CliRun.run("batch", in.toString(), "-o", out.toString(), "--resume");

        assertEquals("1 inputs: 1 ok (1 unchanged, skipped), 0 failed", BadInputBatchTest.summaryOf(unchanged));
        assertEquals("1 inputs: 1 ok, 0 failed; 2 records (1 input of several departments)",
                BadInputBatchTest.summaryOf(partGone), "a part missing: parsed again");
        assertEquals("1 inputs: 1 ok, 0 failed; 2 records (1 input of several departments)",
                BadInputBatchTest.summaryOf(strayWhole), "a whole-file output beside the parts: parsed again");
        assertEquals(List.of("city.pdf.1.json", "city.pdf.2.json", ErrorLog.FILE), list(out));
    }

    @Test
    void jsonLinesAndCsvCarryThePartOfEachRecord() throws Exception {
        Path city = JoinedPdf.join(dir.resolve("in/city.pdf"), JoinedPdf.TWO);
        Path iruma = RepoRoot.sample("iruma-2022-shiminseikatsubu.txt");

        CliRun jsonl = CliRun.run("batch", city.toString(), iruma.toString());
        CliRun csv = CliRun.run("batch", "--format", "csv", city.toString(), iruma.toString());

        assertEquals(ExitCode.OK.code(), jsonl.exit(), jsonl::toString);
        List<String> parts = new ArrayList<>();
        java.util.Map<String, String> ids = new java.util.HashMap<>(); // path#part -> source.id
        for (String line : jsonl.out().lines().toList()) {
            JsonNode doc = GoalJson.mapper().readTree(line);
            parts.add(doc.get("source").get("file").asText() + " " + part(doc));
            JsonNode p = doc.get("source").get("part");
            ids.put(doc.get("source").get("path").asText() + (p.isNull() ? "" : "#" + p.get("index").asInt()),
                    doc.get("source").get("id").asText());
        }
        assertTrue(ids.get(city + "#2").endsWith("#2"), ids::toString);
        assertEquals(List.of("city.pdf 1 2", "city.pdf 2 2", "iruma-2022-shiminseikatsubu.txt -"), parts);

        assertEquals(ExitCode.OK.code(), csv.exit(), csv::toString);
        List<List<String>> rows = Csv.parse(csv.out());
        List<String> header = rows.get(0);
        assertEquals(List.of("sourcePart", "sourcePartCount", "documentId"), header.subList(16, 19),
                "columns are added after the older ones");
        int partColumn = header.indexOf("sourcePart");
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size());
            seen.add(row.get(0).replace(dir.toString(), "") + " " + row.get(2) + " " + row.get(partColumn) + "/"
                    + row.get(partColumn + 1));
            String part = row.get(partColumn).isEmpty() ? "" : "#" + row.get(partColumn);
            assertEquals(ids.get(row.get(0) + part), row.get(header.indexOf("documentId")), row::toString);
        }
        assertEquals(java.util.Set.of(java.io.File.separator + "in" + java.io.File.separator + "city.pdf 市民生活部 1/2",
                java.io.File.separator + "in" + java.io.File.separator + "city.pdf 市民協働部 2/2",
                iruma + " 市民生活部 /"), seen);
    }

    private static String part(JsonNode doc) {
        JsonNode part = doc.get("source").get("part");
        return part.isNull() ? "-" : part.get("index").asInt() + " " + part.get("count").asInt();
    }

    private Path copy(String sample, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(RepoRoot.sample(sample), to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String municipality(Path json) throws IOException {
        return GoalJson.mapper().readTree(json.toFile()).get("municipality").asText();
    }
}
