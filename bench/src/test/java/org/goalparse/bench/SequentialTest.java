package org.goalparse.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interleaved sequential pass (every document goes to every job, in rotating order, and each job keeps its own totals) and the
 * interleaved pool runs (every pool size sees every document once for each job).
 */
class SequentialTest {
    @Test
    void interleavedPassRotatesTheOrderAndKeepsTheJobsApart() {
        List<CorpusDoc> docs = List.of(new CorpusDoc(Path.of("a.pdf"), true, 1, 10),
                new CorpusDoc(Path.of("b.txt"), false, 0, 20), new CorpusDoc(Path.of("c.pdf"), true, 2, 30));
        List<String> calls = new ArrayList<>();
        PassTime[] p = Sequential.runInterleaved(docs, List.of(d -> {
            calls.add("floor " + d.path());
            return d.bytes();
        }, d -> {
            calls.add("parse " + d.path());
            return d.path().toString().startsWith("b") ? -1 : 1;
        }));
        assertEquals(List.of("floor a.pdf", "parse a.pdf", "parse b.txt", "floor b.txt", "floor c.pdf", "parse c.pdf"),
                calls);
        assertEquals(60, p[0].checksum());
        assertEquals(0, p[0].failures());
        assertEquals(2, p[1].checksum());
        assertEquals(1, p[1].failures());
        assertEquals(p[0].pdfNanos() + p[0].textNanos(), p[0].wallNanos());
    }

    @Test
    void interleavedPoolRunsGiveEveryDocumentToEveryPoolSizeOnce() {
        List<CorpusDoc> docs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            docs.add(new CorpusDoc(Path.of("d" + i + ".pdf"), true, 1, 1 + i));
        }
        java.util.concurrent.atomic.AtomicInteger floors = new java.util.concurrent.atomic.AtomicInteger();
        PassTime[][] p = Pooled.interleaved(docs, List.of(1, 2, 3), 3, d -> {
            floors.incrementAndGet();
            return d.bytes();
        }, d -> 1);
        assertEquals(3 * 7, floors.get());
        for (PassTime[] size : p) {
            assertEquals(28, size[0].checksum()); // 1 + 2 + ... + 7
            assertEquals(7, size[1].checksum());
        }
    }
}
