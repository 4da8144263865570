package org.goalparse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.goalparse.GoalParser;
import org.goalparse.split.Splitter;

/**
 * The benchmark of issue 6 in one run: generates (or reuses) the corpus, measures the floor, goalparse
 * sequential and on a shared parser with 1, 2, 4 threads, the per-stage split, the peak RSS of the CLI over
 * N documents, and the single-file command latency against pdftotext; prints the table as Markdown on
 * stdout (progress goes to stderr).
 */
public final class Bench {
    /** Enough documents for the JIT to compile every hot path (each holds thousands of glyphs and lines). */
    static final int WARMUP_DOCS = 100;
    /** Documents per chunk of the interleaved pool runs: a second or two of work, short against a neighbour's burst. */
    static final int POOL_CHUNK = 25;

    private final Options o;
    private final PrintStream log = System.err;

    private Bench(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Options o;
        try {
            o = Options.parse(args, false);
        } catch (Options.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("goalparse-bench: " + e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        // PDFBox reports font substitutions through java.util.logging: not part of what is measured.
        Logger.getLogger("").setLevel(Level.SEVERE);
        Logger.getLogger("org.apache").setLevel(Level.OFF);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(new Bench(o).run());
    }

    private String run() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        log.printf("corpus: %d documents, seed %d, in %s%n", o.docs(), o.seed(), o.corpus());
        Corpus corpus = new CorpusGenerator(o.samples()).generate(o.corpus(), o.docs(), o.seed());
        List<CorpusDoc> docs = corpus.docs();
        Report report = new Report(corpus, o);

        FullParse full = new FullParse(GoalParser.builder().build());
        // every file read as one record (before files of several departments were split): what splitting costs
        FullParse whole = new FullParse(GoalParser.builder().splitter(Splitter.NONE).build());
        // the same parse with the provenance of every value (--provenance): what provenance costs
        FullParse traced = new FullParse(GoalParser.builder().provenance(true).build());
        StageSplit split = new StageSplit();
        List<CorpusDoc> warm = docs.subList(0, Math.min(docs.size(), WARMUP_DOCS));
        for (int w = 1; w <= o.warmup(); w++) {
            log.printf("warm-up %d/%d over %d documents%n", w, o.warmup(), warm.size());
            Sequential.run(warm, Floor::extract);
            Sequential.run(warm, Floor::extractKeepingFonts);
            Sequential.run(warm, full::parse);
            Sequential.run(warm, whole::parse);
            Sequential.run(warm, traced::parse);
            split.run(warm);
        }
        Throughput t = new Throughput(o.threads());
        for (int r = 1; r <= o.reps(); r++) {
            // interleaved, so that a slow phase of the shared machine hits every configuration alike; the floor
            // and the sequential parse even document by document
            log.printf("pass %d/%d: both floors and goalparse, sequential, document by document%n", r, o.reps());
            PassTime[] seq = Sequential.runInterleaved(docs,
                    List.of(Floor::extract, Floor::extractKeepingFonts, full::parse, whole::parse, traced::parse));
            t.floor.add(seq[0]);
            t.floorKeepingFonts.add(seq[1]);
            t.parse.add(seq[2]);
            t.parseWhole.add(seq[3]);
            t.parseProvenance.add(seq[4]);
            log.printf("pass %d/%d: floor and goalparse on pools of %s threads, %d documents at a time%n", r, o.reps(),
                    o.threads(), POOL_CHUNK);
            PassTime[][] pooled = Pooled.interleaved(docs, o.threads(), POOL_CHUNK, Floor::extract, full::parse);
            for (int i = 0; i < o.threads().size(); i++) {
                t.floorPooled.get(i).add(pooled[i][0]);
                t.parsePooled.get(i).add(pooled[i][1]);
            }
            log.printf("pass %d/%d: per-stage split%n", r, o.reps());
            t.stages.add(split.run(docs));
        }
        report.throughput(t);

        if (Files.isExecutable(launcher())) {
            // the launcher's first parsing command makes its class-data-sharing archive with a training parse of the
            // samples: done here, so that neither the RSS children nor the latency runs measure that one-off run
            ChildRun.run(List.of(launcher().toString(), "parse", o.latencyFile().toString()));
        }
        List<ChildRun> rss = rssRuns(docs);
        report.rss(o.rssDocs(), rss);

        if (o.latencyRuns() > 0) {
            log.printf("single-file latency: %d rounds%n", o.latencyRuns());
            requireAppJar();
            // --version first: it brings the jar into the page cache for the runs that follow
            List<List<String>> cmds = new ArrayList<>();
            cmds.add(List.of(ChildRun.java(), "-jar", o.appJar().toString(), "--version"));
            cmds.add(List.of(ChildRun.java(), "-jar", o.appJar().toString(), "parse", o.latencyFile().toString()));
            boolean pdftotext = ChildRun.available("pdftotext");
            if (pdftotext) {
                cmds.add(List.of("pdftotext", o.latencyFile().toString(), "-"));
            }
            boolean launched = Files.isExecutable(launcher());
            if (launched) {
                cmds.add(List.of(launcher().toString(), "parse", o.latencyFile().toString()));
            }
            long[] medians = latencies(cmds);
            report.latency(medians[1], launched ? medians[cmds.size() - 1] : null, pdftotext ? medians[2] : null,
                    medians[0]);
        }
        report.elapsed(System.nanoTime() - t0);
        return report.markdown();
    }

    /**
     * The RSS children run side by side (one per core at most): only their peak memory is measured, and
     * this process is idle meanwhile.
     */
    private List<ChildRun> rssRuns(List<CorpusDoc> docs) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(o.rssDocs().size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<ChildRun>> runs = new ArrayList<>();
            for (int n : o.rssDocs()) {
                log.printf("peak RSS: goalparse parse over %d documents in a child JVM%n", n);
                runs.add(pool.submit(() -> rssRun(docs, n)));
            }
            List<ChildRun> out = new ArrayList<>();
            for (Future<ChildRun> f : runs) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an RSS child could not run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ChildRun rssRun(List<CorpusDoc> docs, int n) throws IOException, InterruptedException {
        requireAppJar();
        List<String> cmd = new ArrayList<>(Files.isExecutable(launcher())
                ? List.of(launcher().toString(), "parse")
                : List.of(ChildRun.java(), "-jar", o.appJar().toString(), "parse"));
        for (int i = 0; i < n; i++) {
            cmd.add(docs.get(i % docs.size()).path().toString());
        }
        return ChildRun.run(cmd);
    }

    /** bin/goalparse, the launcher users run (bounded heap, class-data sharing). */
    private java.nio.file.Path launcher() {
        return o.root().resolve("bin/goalparse");
    }

    /**
     * Median wall time of each command over the latency runs, the commands taken in turn within each round: a slow
     * phase of the shared machine then falls on every command alike, not on whichever ran during it.
     */
    private long[] latencies(List<List<String>> cmds) throws IOException, InterruptedException {
        long[][] walls = new long[cmds.size()][o.latencyRuns()];
        for (int i = 0; i < o.latencyRuns(); i++) {
            for (int c = 0; c < cmds.size(); c++) {
                ChildRun r = ChildRun.run(cmds.get(c));
                if (r.exitCode() != 0) {
                    throw new IllegalStateException(String.join(" ", cmds.get(c)) + " exited with " + r.exitCode());
                }
                walls[c][i] = r.wallNanos();
            }
        }
        long[] medians = new long[cmds.size()];
        for (int c = 0; c < cmds.size(); c++) {
            medians[c] = Stats.median(walls[c]);
        }
        return medians;
    }

    private void requireAppJar() {
        if (!Files.isRegularFile(o.appJar())) {
            throw new IllegalStateException(o.appJar() + " is missing: build it with mvn -pl bench -am package");
        }
    }
}
