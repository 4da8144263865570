package org.goalparse.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test of the corpus generator (no timing: the bench is never part of the test run). */
class CorpusGeneratorTest {
    private static final Path SAMPLES = Path.of(System.getProperty("goalparse.root", ".."), "samples");

    @Test
    void sameSeedSameBytesAndPdfsHaveTheirPageCount(@TempDir Path tmp) throws IOException {
        CorpusGenerator gen = new CorpusGenerator(SAMPLES);
        Corpus a = gen.generate(tmp.resolve("a"), 12, 6);
        Corpus b = gen.generate(tmp.resolve("b"), 12, 6);
        assertEquals(12, a.docs().size());
        assertFalse(a.pdfs().isEmpty());
        assertFalse(a.texts().isEmpty());
        for (int i = 0; i < a.docs().size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.docs().get(i).path()), Files.readAllBytes(b.docs().get(i).path()),
                    a.docs().get(i).path().getFileName() + " differs between two runs with one seed");
        }
        for (CorpusDoc d : a.pdfs()) {
            try (PDDocument doc = Loader.loadPDF(d.path().toFile())) {
                assertEquals(d.pages(), doc.getNumberOfPages(), d.path().getFileName().toString());
            }
            assertTrue(d.pages() >= CorpusGenerator.MIN_PAGES && d.pages() <= CorpusGenerator.MAX_PAGES);
        }
    }

    @Test
    void aGeneratedCorpusIsReusedAndItsDocumentsParse(@TempDir Path tmp) throws Exception {
        CorpusGenerator gen = new CorpusGenerator(SAMPLES);
        Corpus first = gen.generate(tmp, 4, 1);
        Corpus again = gen.generate(tmp, 4, 1);
        assertEquals(first.docs(), again.docs());
        assertTrue(Files.isRegularFile(tmp.resolve(Corpus.MANIFEST)));
        GoalParser parser = GoalParser.builder().build();
        for (CorpusDoc d : first.docs()) {
            GoalDocument doc = parser.parse(Source.of(d.path()));
            assertFalse(doc.sections().isEmpty(), d.path().getFileName().toString());
            assertEquals(d.pdf() ? Integer.valueOf(d.pages()) : null, doc.source().pages());
        }
    }

    @Test
    void pageCountsCoverTwoToTwentyAndFavourShortDocuments() {
        Random rng = new Random(6);
        int[] seen = new int[CorpusGenerator.MAX_PAGES + 1];
        for (int i = 0; i < 10_000; i++) {
            seen[CorpusGenerator.pageCount(rng)]++;
        }
        assertEquals(0, seen[0] + seen[1]);
        assertTrue(seen[CorpusGenerator.MIN_PAGES] > 0 && seen[CorpusGenerator.MAX_PAGES] > 0);
        assertTrue(seen[2] > seen[19], "short documents are more common than long ones");
    }
}
