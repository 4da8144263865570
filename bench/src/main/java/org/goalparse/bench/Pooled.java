package org.goalparse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/** Runs a per-document job over a corpus on a fixed pool, one task per document; wall and process CPU time. */
final class Pooled {
    private Pooled() {
    }

    static PassTime run(List<CorpusDoc> docs, int threads, ToLongFunction<CorpusDoc> job) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long startCpu = Clock.processCpu();
            List<Future<Long>> results = new ArrayList<>(docs.size());
            for (CorpusDoc d : docs) {
                results.add(pool.submit(() -> job.applyAsLong(d)));
            }
            long checksum = 0;
            int failures = 0;
            for (Future<Long> f : results) {
                long n = f.get();
                failures += n < 0 ? 1 : 0;
                checksum += Math.max(n, 0);
            }
            return new PassTime(System.nanoTime() - start, Clock.processCpu() - startCpu, 0, 0, 0, 0, failures,
                    checksum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document's job threw", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
