package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goalparse.golden.RepoRoot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalparse review}: the pages it writes, its exit codes, and review from a batch's output folder. */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void withoutDocumentsOrAFolderItIsAUsageError() {
        CliRun run = CliRun.run("review", "-o", tmp.resolve("out").toString());
        assertEquals(ExitCode.USAGE.code(), run.exit(), run.toString());
        assertTrue(run.err().contains("--from"), run.err());
    }

    @Test
    void aTextInputShowsItsTextAndAMissingFileAPageWithItsError() throws IOException {
        Path out = tmp.resolve("out");
        Path sample = RepoRoot.sample("iruma-2022-shiminseikatsubu.txt");
        CliRun run = CliRun.run("review", "-o", out.toString(), sample.toString(), tmp.resolve("gone.txt").toString());
        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run.toString());
        assertEquals(1, run.errLines().stream().filter(l -> l.contains("gone.txt: ")).count(), run.err());
        Document text = page(out.resolve("iruma-2022-shiminseikatsubu.txt.html"));
        String shown = text.selectFirst("#source pre.text").wholeText();
        assertEquals(CliRun.run("text", sample.toString()).out(), shown, "the `goalparse text` text, all of it");
        assertNotNull(text.selectFirst("#structure .item[data-pointer=\"/goals/0/title\"]"));
        assertNotNull(text.selectFirst("#structure .item[data-pointer=\"/department\"]"));
        assertTrue(text.select("script[src], link[href], img[src^=http]").isEmpty(), "nothing fetched");
        Element error = page(out.resolve("gone.txt.html")).selectFirst("#error");
        assertEquals("UNREADABLE", error.attr("data-error-code"));
        Document index = page(out.resolve("index.html"));
        assertEquals(2, index.select("tbody tr").size());
        assertEquals(1, index.select("tbody tr.failed").size());
    }

    @Test
    void aFileOfSeveralDepartmentsGivesAPagePerPartWithItsOwnPages() throws IOException {
        Path joined = JoinedPdf.join(tmp.resolve("in/city.pdf"), JoinedPdf.THREE);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("review", "--dpi", "40", "-o", out.toString(), joined.toString());
        assertEquals(ExitCode.OK.code(), run.exit(), run.toString());
        for (int part = 1; part <= 3; part++) {
            Document d = page(out.resolve("city.pdf." + part + ".html"));
            List<String> pages = d.select("#source .page").eachAttr("data-page");
            assertEquals(List.of(String.valueOf(2 * part - 1), String.valueOf(2 * part)), pages, "part " + part);
            assertEquals(2, d.select("#source .page img[src^=data:image/png;base64,]").size(), "inline images");
        }
        assertEquals(3, page(out.resolve("index.html")).select("tbody tr").size());
    }

    @Test
    void fromABatchFolderRecordsAreMatchedToTheirSourcesByHashThenPath() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path kept = in.resolve("kept.txt");
        Path changed = in.resolve("changed.txt");
        Path empty = in.resolve("empty.txt");
        Files.copy(RepoRoot.sample("iruma-2022-shiminseikatsubu.txt"), kept);
        Files.copy(RepoRoot.sample("toyonaka-2022-shiminkyodobu.txt"), changed);
        Files.writeString(empty, "");
        Path batch = tmp.resolve("batch");
        CliRun b = CliRun.run("batch", "--quiet", "-o", batch.toString(), in.toString());
        assertEquals(ExitCode.SOME_FAILED.code(), b.exit(), b.toString());
        Files.writeString(changed, "\n追記された行\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path moved = Files.createDirectories(tmp.resolve("elsewhere")).resolve("renamed.txt");
        Files.move(kept, moved);
        Path stranger = in.resolve("new.txt");
        Files.copy(RepoRoot.sample("iruma-2025-shiminseikatsubu.txt"), stranger);

        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("review", "--from", batch.toString(), "-o", out.toString(), moved.toString(),
                changed.toString(), empty.toString(), stranger.toString());
        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run.toString());
        // moved: found by its bytes, shown with its text
        Document movedPage = page(out.resolve("renamed.txt.html"));
        assertNotNull(movedPage.selectFirst("#source pre.text"), "the source is shown");
        assertTrue(movedPage.selectFirst("header h1").text().contains("renamed.txt"));
        // changed since the batch: its record, found by path, but not its source
        Document changedPage = page(out.resolve("changed.txt.html"));
        assertNotNull(changedPage.selectFirst("#structure .item[data-pointer=\"/goals/0\"]"), "the record");
        assertTrue(changedPage.selectFirst("#source .missing").text().contains("changed since the batch"));
        // failed in the batch: the error of errors.jsonl
        assertEquals("UNREADABLE", page(out.resolve("empty.txt.html")).selectFirst("#error").attr("data-error-code"));
        // never in the batch
        assertEquals("NO_RECORD", page(out.resolve("new.txt.html")).selectFirst("#error").attr("data-error-code"));
        assertTrue(run.err().contains("new.txt: no record of it in"), run.err());
        assertEquals(1, run.errLines().stream().filter(l -> l.contains("empty.txt: ")).count(), run.err());
    }

    @Test
    void fromABatchFolderAloneTheSourcesAreTheRecordedPathsAndEachRecordCountsOnce() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(RepoRoot.sample("iruma-2022-shiminseikatsubu.txt"), in.resolve("a.txt"));
        Path batch = tmp.resolve("batch");
        assertEquals(ExitCode.OK.code(), CliRun.run("batch", "--quiet", "-o", batch.toString(), in.toString()).exit());
        assertEquals(ExitCode.OK.code(), CliRun.run("batch", "--quiet", "--format", "jsonl", "-o", batch.toString(),
                in.toString()).exit());
        assertTrue(Files.isRegularFile(batch.resolve("batch.jsonl")) && Files.isRegularFile(batch.resolve("a.txt.json")));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("review", "--from", batch.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK.code(), run.exit(), run.toString());
        assertFalse(page(out.resolve("a.txt.html")).select("#source pre.text").isEmpty());
        assertEquals(1, page(out.resolve("index.html")).select("tbody tr").size(), "the record of both files once");
    }
}
