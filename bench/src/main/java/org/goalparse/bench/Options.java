package org.goalparse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line options of the bench and the generator; every one has a default that fits 10 minutes on 2 cores. */
public record Options(Path root, Path samples, Path corpus, int docs, long seed, int reps, int warmup,
        List<Integer> threads, List<Integer> rssDocs, int latencyRuns, Path appJar, Path latencyFile) {

    static final String USAGE = """
            usage: java -jar bench/target/goalparse-bench.jar [options]
              --docs N          corpus size (default 500, as issue 6 asks; the whole run takes about 4 minutes on 2 cores)
              --seed S          corpus seed (default 6)
              --corpus DIR      where the corpus is written (default bench/target/corpus)
              --reps R          measured passes per configuration, median reported (default 1)
              --warmup W        warm-up passes over the first 100 documents before measuring (default 1)
              --threads 1,2,4   thread counts for the shared-parser runs
              --rss 100,1000    documents per child JVM for peak RSS (0 skips)
              --latency-runs K  runs of the single-file command, median reported (default 5; 0 skips)
              --app-jar JAR     the CLI jar for latency and RSS (default app/target/goalparse.jar)
              --latency-file F  the PDF for single-file latency (default samples/iruma-2022-shiminseikatsubu.pdf)
              --root DIR        repository root (default: . or .., whichever holds samples/)
            """;

    static Options parse(String[] args, boolean positionalCorpus) {
        Path root = null;
        Path corpus = null;
        Path appJar = null;
        Path latencyFile = null;
        int docs = 500;
        long seed = 6;
        int reps = 1;
        int warmup = 1;
        int latencyRuns = 5;
        List<Integer> threads = List.of(1, 2, 4);
        List<Integer> rss = List.of(100, 1000);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new UsageException(null);
            }
            if (!a.startsWith("--")) {
                if (!positionalCorpus || corpus != null) {
                    throw new UsageException("unexpected argument " + a);
                }
                corpus = Path.of(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--docs" -> docs = positive(a, v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--corpus" -> corpus = Path.of(v);
                case "--reps" -> reps = positive(a, v);
                case "--warmup" -> warmup = nonNegative(a, v);
                case "--threads" -> threads = ints(a, v);
                case "--rss" -> rss = ints(a, v).stream().filter(n -> n > 0).toList();
                case "--latency-runs" -> latencyRuns = nonNegative(a, v);
                case "--app-jar" -> appJar = Path.of(v);
                case "--latency-file" -> latencyFile = Path.of(v);
                case "--root" -> root = Path.of(v);
                default -> throw new UsageException("unknown option " + a);
            }
        }
        if (root == null) {
            root = Files.isDirectory(Path.of("samples")) ? Path.of(".") : Path.of("..");
        }
        root = root.toAbsolutePath().normalize();
        Path samples = root.resolve("samples");
        if (!Files.isDirectory(samples)) {
            throw new UsageException("no samples/ under " + root + " (run from the repository root or give --root)");
        }
        return new Options(root, samples, corpus != null ? corpus : root.resolve("bench/target/corpus"), docs, seed,
                reps, warmup, threads, rss, latencyRuns,
                appJar != null ? appJar : root.resolve("app/target/goalparse.jar"),
                latencyFile != null ? latencyFile : samples.resolve("iruma-2022-shiminseikatsubu.pdf"));
    }

    private static int positive(String option, String v) {
        int n = nonNegative(option, v);
        if (n == 0) {
            throw new UsageException(option + " must be positive");
        }
        return n;
    }

    private static int nonNegative(String option, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new UsageException(option + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": not a number: " + v);
        }
    }

    private static List<Integer> ints(String option, String v) {
        List<Integer> out = new ArrayList<>();
        for (String s : v.split(",")) {
            out.add(nonNegative(option, s.trim()));
        }
        return List.copyOf(out);
    }

    /** A bad command line; a null message asks for the usage alone. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
