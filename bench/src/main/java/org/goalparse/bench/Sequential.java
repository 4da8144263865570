package org.goalparse.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Runs a per-document job over a corpus on the calling thread, timing each document by wall and CPU. */
final class Sequential {
    private Sequential() {
    }

    /** {@code job} returns a size for the checksum, or -1 for a failed document. */
    static PassTime run(List<CorpusDoc> docs, ToLongFunction<CorpusDoc> job) {
        long[] wall = new long[2];
        long[] cpu = new long[2];
        long checksum = 0;
        int failures = 0;
        long start = System.nanoTime();
        long startCpu = Clock.processCpu();
        for (CorpusDoc d : docs) {
            int k = d.pdf() ? 0 : 1;
            long c0 = Clock.threadCpu();
            long t0 = System.nanoTime();
            long n = job.applyAsLong(d);
            wall[k] += System.nanoTime() - t0;
            cpu[k] += Clock.threadCpu() - c0;
            failures += n < 0 ? 1 : 0;
            checksum += Math.max(n, 0);
        }
        return new PassTime(System.nanoTime() - start, Clock.processCpu() - startCpu, wall[0], cpu[0], wall[1], cpu[1],
                failures, checksum);
    }
}
