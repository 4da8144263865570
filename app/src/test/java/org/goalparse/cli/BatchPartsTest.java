package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.goalparse.GoalParseException;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** The small parts of batch: CSV, names, sizes, manifest, walk, progress, atomic writes, the zip-bomb guard. */
class BatchPartsTest {
    @TempDir
    Path dir;

    @Test
    void csvQuotesPerRfc4180AndParsesBack() throws Exception {
        List<String> fields = List.of("a", "b,c", "say \"hi\"", "line\none", "");
        StringWriter out = new StringWriter();
        new org.apache.commons.csv.CSVPrinter(out, Csv.WRITE).printRecord(fields);
        String row = out.toString();
        // the bytes the hand-written writer gave: minimal quoting, doubled quotes, CRLF
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"line\none\",\r\n", row);
        assertEquals(List.of(fields, List.of("x")), Csv.parse(Csv.BOM + row + "\n" + "x\n"));
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"not closed\n"));
    }

    @Test
    void collidingNamesAreSuffixedByPathAndStable() {
        Input a = new Input(0, "a/goals.pdf", Path.of("a/goals.pdf"));
        Input b = new Input(1, "b/Goals.PDF", Path.of("b/Goals.PDF"));
        Input c = new Input(2, "c/other.txt", Path.of("c/other.txt"));
        List<String> names = OutputNamer.names(List.of(a, b, c));
        assertEquals("goals.pdf.json", names.get(0));
        assertTrue(names.get(1).matches("Goals\\.PDF\\.[0-9a-f]{8}\\.json"), names::toString);
        assertEquals("other.txt.json", names.get(2));
        assertEquals(names.get(1), OutputNamer.names(List.of(new Input(0, "x", Path.of("x/goals.pdf")),
                new Input(1, "b/Goals.PDF", Path.of("b/Goals.PDF")))).get(1), "the suffix depends on the path only");
    }

    @Test
    void sizes() {
        SizeConverter sizes = new SizeConverter();
        assertEquals(64L << 20, sizes.convert("64M"));
        assertEquals(500L << 10, sizes.convert("500k"));
        assertEquals(1L << 30, sizes.convert("1GiB"));
        assertEquals(1234L, sizes.convert("1234"));
        assertThrows(TypeConversionException.class, () -> sizes.convert("0"));
        assertThrows(TypeConversionException.class, () -> sizes.convert("big"));
    }

    @Test
    void manifestMatchesByPathThenByUniqueFileName() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "Path,published,municipality\n"
                + "docs/a.pdf,2021-04,伊勢原市\n"
                + "elsewhere/b.pdf,,平塚市\n");
        Manifest manifest = Manifest.read(m);
        assertEquals("伊勢原市", manifest.find(dir.resolve("docs/a.pdf")).orElseThrow().municipality());
        assertEquals("平塚市", manifest.find(Path.of("/some/other/b.pdf")).orElseThrow().municipality());
        assertTrue(manifest.find(dir.resolve("c.pdf")).isEmpty());
        Source s = manifest.find(dir.resolve("docs/a.pdf")).orElseThrow().apply(Source.of(dir.resolve("docs/a.pdf")));
        assertEquals("2021-04", s.published());

        Files.writeString(m, "path,published\nx.pdf,April\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Manifest.read(m));
        assertTrue(bad.getMessage().contains("row 2"), bad::getMessage);
    }

    @Test
    void walkSortsTakesDocumentsSkipsHiddenAndKeepsMissingPaths() throws Exception {
        Files.createDirectories(dir.resolve("d/sub"));
        Files.createDirectories(dir.resolve("d/.git"));
        for (String f : List.of("d/b.pdf", "d/a.txt", "d/sub/c.docx", "d/notes.md", "d/.hidden.txt", "d/.git/x.txt")) {
            Files.writeString(dir.resolve(f), "x");
        }
        String missing = dir.resolve("missing.pdf").toString();
        List<Input> inputs = InputWalker.walk(List.of(dir.resolve("d").toString(), missing,
                dir.resolve("d/a.txt").toString()), () -> null);
        assertEquals(List.of("d/a.txt", "d/b.pdf", "d/sub/c.docx", "missing.pdf"),
                inputs.stream().map(i -> dir.relativize(Path.of(i.name())).toString()).toList());
        assertEquals(List.of(0, 1, 2, 3), inputs.stream().map(Input::index).toList());
    }

    @Test
    void progressLinesAppearOnlyAfterTheIntervalAndTheBarRedrawsInPlace() {
        AtomicLong now = new AtomicLong();
        StringWriter lines = new StringWriter();
        Progress plain = new Progress(new PrintWriter(lines), Progress.Mode.LINES, 4, now::get);
        plain.done(true);
        assertEquals("", lines.toString());
        now.addAndGet(Progress.LINE_INTERVAL_NANOS);
        plain.done(false);
        assertEquals("goalparse: batch: 2/4 done, 1 failed, 0.2 docs/s, ETA 0:10" + System.lineSeparator(),
                lines.toString());

        StringWriter bar = new StringWriter();
        Progress terminal = new Progress(new PrintWriter(bar), Progress.Mode.BAR, 2, now::get);
        now.addAndGet(1_000_000_000L);
        terminal.done(true);
        terminal.finish();
        assertTrue(bar.toString().startsWith("\r[############------------] 1/2 done, 1.0 docs/s, ETA 0:01"),
                bar::toString);
        assertTrue(bar.toString().endsWith("\r"), "the bar is erased at the end");

        StringWriter quiet = new StringWriter();
        Progress none = new Progress(new PrintWriter(quiet), Progress.Mode.QUIET, 1, now::get);
        now.addAndGet(Progress.LINE_INTERVAL_NANOS);
        none.done(true);
        none.finish();
        assertEquals("", quiet.toString());
    }

    @Test
    void partFilesAreNamedByTheSuffixAndOnlyDigitSuffixesAreParts() throws Exception {
        assertEquals("x.pdf.json", PartFiles.name("x.pdf.json", (org.goalparse.model.Part) null));
        assertEquals("x.pdf.2.json", PartFiles.name("x.pdf.json", org.goalparse.model.Part.ofPages(2, 3, 1, 1)));
        assertEquals("x.pdf.07.json", PartFiles.name("x.pdf.json", org.goalparse.model.Part.ofPages(7, 12, 1, 1)));
        assertEquals("x.pdf.1a2b3c4d.3.json",
                PartFiles.name("x.pdf.1a2b3c4d.json", org.goalparse.model.Part.ofPages(3, 3, 1, 1)));
        for (String f : List.of("x.pdf.json", "x.pdf.10.json", "x.pdf.2.json", "x.pdf.12345678.json",
                "x.pdf.1a2b3c4d.json", "x.pdf.1.json", "y.pdf.1.json", "x.pdf.1")) {
            Files.writeString(dir.resolve(f), "{}");
        }
        PartFiles.Folder folder = PartFiles.Folder.scan(dir, List.of("x.pdf.json", "x.pdf.1.json"));

        assertEquals(List.of("x.pdf.json", "x.pdf.2.json", "x.pdf.10.json"), folder.existing("x.pdf.json"),
                "the whole-file output, then the parts in index order; another input's name is never a part");
        assertEquals(List.of("x.pdf.json", "x.pdf.10.json"), folder.removeStale("x.pdf.json", List.of("x.pdf.2.json")));
        assertEquals(List.of("x.pdf.2.json"), folder.existing("x.pdf.json"));
        assertTrue(Files.exists(dir.resolve("x.pdf.12345678.json")) && Files.exists(dir.resolve("x.pdf.1.json")));
        assertEquals(List.of(), PartFiles.Folder.scan(dir.resolve("absent"), List.of()).existing("x.pdf.json"));
    }

    @Test
    void atomicWriterLeavesNothingWhenNotCommitted() throws Exception {
        Path target = dir.resolve("out/x.json");
        try (AtomicWriter w = AtomicWriter.open(target)) {
            w.writer().write("half");
        }
        assertEquals(List.of(), Files.list(dir.resolve("out")).toList());
        AtomicWriter.write(target, "{}\n");
        assertEquals("{}\n", Files.readString(target));
        assertEquals(1, Files.list(dir.resolve("out")).count());
    }

    @Test
    void aStreamSinkWhoseOutputIsGoneSaysSoInsteadOfDroppingRows() throws Exception {
        // stdout behind a closed pipe: PrintWriter swallows the error unless asked
        PrintWriter closed = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Path sample = org.goalparse.golden.RepoRoot.sample("iruma-2022-shiminseikatsubu.txt");
        org.goalparse.model.GoalDocument doc = org.goalparse.GoalParser.builder().build().parse(Source.of(sample));
        Outcome o = Outcome.parsed(new Input(0, sample.toString(), sample), List.of(doc));
        assertThrows(java.io.IOException.class, () -> new BatchSink.CsvTable(closed).accept(o));
        assertThrows(java.io.IOException.class, () -> new BatchSink.JsonLines(closed).accept(o));
    }
}
