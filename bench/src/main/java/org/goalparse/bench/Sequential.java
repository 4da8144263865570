package org.goalparse.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Runs a per-document job over a corpus on the calling thread, timing each document by wall and CPU. */
final class Sequential {
    private Sequential() {
    }

    /** {@code job} returns a size for the checksum, or -1 for a failed document. */
    static PassTime run(List<CorpusDoc> docs, ToLongFunction<CorpusDoc> job) {
        Totals totals = new Totals();
        long start = System.nanoTime();
        long startCpu = Clock.processCpu();
        for (CorpusDoc d : docs) {
            totals.time(d, job);
        }
        return totals.pass(System.nanoTime() - start, Clock.processCpu() - startCpu);
    }

    /**
     * Runs several jobs over the corpus on the calling thread, document by document: each document goes to every job,
     * in an order that rotates from one document to the next (document i starts with job i mod n). A slow phase of the
     * shared machine then falls on all alike, which whole passes one after the other cannot promise; the ratios of the
     * passes are the figures. Each pass's wall and CPU are the sums over its documents (process CPU included: JIT and
     * GC threads count against the job that was running).
     */
    static PassTime[] runInterleaved(List<CorpusDoc> docs, List<ToLongFunction<CorpusDoc>> jobs) {
        int n = jobs.size();
        Totals[] totals = new Totals[n];
        for (int j = 0; j < n; j++) {
            totals[j] = new Totals();
        }
        for (int i = 0; i < docs.size(); i++) {
            for (int k = 0; k < n; k++) {
                int j = (i + k) % n;
                totals[j].time(docs.get(i), jobs.get(j));
            }
        }
        PassTime[] out = new PassTime[n];
        for (int j = 0; j < n; j++) {
            out[j] = totals[j].pass();
        }
        return out;
    }

    private static final class Totals {
        final long[] wall = new long[2];
        final long[] cpu = new long[2];
        long process;
        long checksum;
        int failures;

        void time(CorpusDoc d, ToLongFunction<CorpusDoc> job) {
            int k = d.pdf() ? 0 : 1;
            long p0 = Clock.processCpu();
            long c0 = Clock.threadCpu();
            long t0 = System.nanoTime();
            long n = job.applyAsLong(d);
            wall[k] += System.nanoTime() - t0;
            cpu[k] += Clock.threadCpu() - c0;
            process += Clock.processCpu() - p0;
            failures += n < 0 ? 1 : 0;
            checksum += Math.max(n, 0);
        }

        /** The pass as the sums over its documents. */
        PassTime pass() {
            return pass(wall[0] + wall[1], process);
        }

        /** The pass with its whole wall and process CPU measured by the caller. */
        PassTime pass(long passWall, long passProcessCpu) {
            return new PassTime(passWall, passProcessCpu, wall[0], cpu[0], wall[1], cpu[1], failures, checksum);
        }
    }
}
