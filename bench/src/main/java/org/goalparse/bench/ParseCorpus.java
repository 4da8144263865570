package org.goalparse.bench;

import java.nio.file.Path;
import java.util.List;
import org.goalparse.GoalParser;

/**
 * Parses a generated corpus sequentially, for a profiler to watch:
 * {@code java -XX:StartFlightRecording=settings=profile,filename=gp.jfr -cp goalparse-bench.jar
 * org.goalparse.bench.ParseCorpus bench/target/corpus [passes [threads]]}.
 */
public final class ParseCorpus {
    private ParseCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ParseCorpus CORPUS_DIR [PASSES [THREADS]]");
            System.exit(2);
        }
        Corpus corpus = Corpus.read(Path.of(args[0]));
        if (corpus == null) {
            throw new IllegalStateException("incomplete corpus in " + args[0] + ": generate it again");
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        FullParse full = new FullParse(GoalParser.builder().build());
        List<CorpusDoc> docs = corpus.docs();
        for (int p = 1; p <= passes; p++) {
            PassTime t = threads == 1 ? Sequential.run(docs, full::parse) : Pooled.run(docs, threads, full::parse);
            System.out.printf("pass %d: %d documents on %d thread(s), %.1f s wall, %.1f s process CPU, %d failed%n", p,
                    docs.size(), threads, t.wallNanos() / 1e9, t.cpuNanos() / 1e9, t.failures());
        }
    }
}
