package org.goalparse.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertEquals(12 + 1, a.docs().size(), "12 documents and the city's year");
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
            if (!d.path().getFileName().toString().equals(CorpusGenerator.CITY_YEAR)) {
                assertTrue(d.pages() >= CorpusGenerator.MIN_PAGES && d.pages() <= CorpusGenerator.MAX_PAGES);
            }
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
            for (GoalDocument doc : parser.parseAll(Source.of(d.path()))) {
                assertFalse(doc.sections().isEmpty(), d.path().getFileName().toString());
                assertEquals(d.pdf() ? Integer.valueOf(d.pages()) : null, doc.source().pages());
            }
        }
    }

    @Test
    void theCitysYearHoldsTenDepartmentsEachAsInItsSample(@TempDir Path tmp) throws Exception {
        Corpus c = new CorpusGenerator(SAMPLES).generate(tmp, 1, 1);
        Path year = tmp.resolve(CorpusGenerator.CITY_YEAR);
        GoalParser parser = GoalParser.builder().build();
        List<GoalDocument> parts = parser.parseAll(Source.of(year));
        assertEquals(10, parts.size());
        assertTrue(c.docs().stream().anyMatch(d -> d.path().equals(year)));
        List<String> departments = parts.stream().map(GoalDocument::department).toList();
        assertEquals(departments.subList(1, 5), departments.subList(5, 9), "the second round starts one sample later");
        assertEquals(departments.get(0), departments.get(9));
        for (GoalDocument p : parts) {
            assertEquals(10, p.source().part().count());
            assertNotNull(p.fiscalYear(), p.source().part().where());
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
