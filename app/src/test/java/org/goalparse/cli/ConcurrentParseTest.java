package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.goalparse.GoalParser;
import org.goalparse.golden.Samples;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One {@link GoalParser} shared by four threads gives exactly the sequential output (immutable, thread-safe). */
class ConcurrentParseTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void fourThreadsOneParserSameOutputAsSequential() throws Exception {
        GoalParser parser = GoalParser.builder().build();
        List<Path> samples = new ArrayList<>(Samples.all());
        samples.addAll(Samples.all()); // each document twice, so the same input also runs concurrently with itself
        List<String> sequential = new ArrayList<>();
        for (Path p : samples) {
            sequential.add(GoalJson.compact(parser.parse(Source.of(p))));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Path p : samples) {
                Callable<String> task = () -> GoalJson.compact(parser.parse(Source.of(p)));
                futures.add(pool.submit(task));
            }
            for (int i = 0; i < samples.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), samples.get(i).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
