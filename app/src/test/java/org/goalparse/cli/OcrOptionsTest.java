package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goalparse.golden.Rasterizer;
import org.goalparse.golden.RepoRoot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ocr} and {@code --ocr-lang}, and a scan in a batch. */
class OcrOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aScannedPdfInABatchIsReadNotAnErrorRecord() throws Exception {
        Assumptions.assumeTrue(isTesseractInstalled(), "tesseract with jpn models is not installed");
        Path pdf = RepoRoot.sample("hiratsuka-2016-shiminbu.pdf");
        Files.write(dir.resolve("scan.pdf"), Rasterizer.scan(Files.readAllBytes(pdf), 300, 0.5, 7));
        Files.copy(RepoRoot.sample("hiratsuka-2016-shiminbu.txt"), dir.resolve("text.txt"));
        CliRun run = CliRun.run("batch", "-q", dir.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode scan = null;
        for (String l : lines) {
            JsonNode n = json.readTree(l);
            assertFalse(n.has("error"), l);
            if (n.path("source").path("file").asText().equals("scan.pdf")) {
                scan = n;
            }
        }
        assertTrue(scan != null, run.out());
        assertEquals(2, scan.path("source").path("ocr").path("pages").size());
        assertEquals("jpn", scan.path("source").path("ocr").path("lang").asText());
        assertEquals("市民部", scan.path("department").asText());
        assertTrue(scan.path("warnings").toString().contains("was read by OCR"), scan.path("warnings").toString());
    }

    @Test
    void ocrNeverRefusesAScanAsBefore() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        BadInputCorpus.writeScannedPdf(scan);
        CliRun run = CliRun.run("parse", "--ocr", "never", scan.toString());
        assertEquals(ExitCode.UNREADABLE.code(), run.exit());
        assertTrue(run.err().contains("--ocr never"), run.err());
        CliRun text = CliRun.run("text", "--ocr=NEVER", scan.toString());
        assertEquals(ExitCode.UNREADABLE.code(), text.exit());
    }

    @Test
    void badValuesAreUsageErrors() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        BadInputCorpus.writeScannedPdf(scan);
        CliRun when = CliRun.run("parse", "--ocr", "sometimes", scan.toString());
        assertEquals(2, when.exit());
        assertTrue(when.err().contains("--ocr must be auto, never or always"), when.err());
        CliRun lang = CliRun.run("batch", "--ocr-lang", "jpn;rm", scan.toString());
        assertEquals(2, lang.exit());
        assertTrue(lang.err().contains("--ocr-lang"), lang.err());
    }

    @Test
    void anUnknownLanguageSaysWhatIsInstalled() throws Exception {
        Assumptions.assumeTrue(isTesseractInstalled(), "tesseract with jpn models is not installed");
        Path scan = dir.resolve("scan.pdf");
        BadInputCorpus.writeScannedPdf(scan);
        CliRun run = CliRun.run("parse", "--ocr-lang", "xyzzy", scan.toString());
        assertEquals(ExitCode.UNREADABLE.code(), run.exit());
        assertTrue(run.err().contains("no 'xyzzy' language models"), run.err());
    }

    private static boolean isTesseractInstalled() {
        return Rasterizer.tesseractInstalled();
    }
}
