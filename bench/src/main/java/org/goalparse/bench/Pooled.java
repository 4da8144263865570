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
            return run(docs, pool, job);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pass of {@code job} over {@code docs} on {@code pool}, waiting for every document. */
    static PassTime run(List<CorpusDoc> docs, ExecutorService pool, ToLongFunction<CorpusDoc> job) {
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
        }
    }

    /**
     * The floor and the parse on every pool size, chunk by chunk: for each chunk of {@code chunk} documents, each
     * pool size runs the floor and then the parse over it. Every configuration thus meets the same phases of the
     * shared machine (a neighbour's burst, the hypervisor taking a core), which whole passes one after the other
     * cannot promise. Returns per pool size the summed floor pass and parse pass: {@code [size][0 floor, 1 parse]}.
     */
    static PassTime[][] interleaved(List<CorpusDoc> docs, List<Integer> sizes, int chunk, ToLongFunction<CorpusDoc> floor,
            ToLongFunction<CorpusDoc> parse) {
        List<ExecutorService> pools = sizes.stream().map(Executors::newFixedThreadPool).toList();
        PassTime[][] sum = new PassTime[sizes.size()][2];
        try {
            for (int from = 0; from < docs.size(); from += chunk) {
                List<CorpusDoc> part = docs.subList(from, Math.min(docs.size(), from + chunk));
                for (int i = 0; i < sizes.size(); i++) {
                    sum[i][0] = plus(sum[i][0], run(part, pools.get(i), floor));
                    sum[i][1] = plus(sum[i][1], run(part, pools.get(i), parse));
                }
            }
            return sum;
        } finally {
            pools.forEach(ExecutorService::shutdownNow);
        }
    }

    private static PassTime plus(PassTime a, PassTime b) {
        return a == null ? b : new PassTime(a.wallNanos() + b.wallNanos(), a.cpuNanos() + b.cpuNanos(), 0, 0, 0, 0,
                a.failures() + b.failures(), a.checksum() + b.checksum());
    }
}
