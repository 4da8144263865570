package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.goalparse.GoalParser;
import org.goalparse.extract.DetectingExtractor;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose parse never ends on its own (it ignores interruption) becomes a TIMEOUT record and the run goes
 * on without waiting for it. (The test's own timeout is a hang guard, not a speed assertion.)
 */
class TimeoutTest {
    private static final String STUCK = "stuck";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStuckParseBecomesATimeoutRecordAndDoesNotBlockTheRun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DetectingExtractor real = new DetectingExtractor();
        GoalParser parser = GoalParser.builder().extractor(source -> {
            if (source.name().contains(STUCK)) {
                awaitIgnoringInterrupts(release);
            }
            return real.extract(source);
        }).build();
        parser.parse(org.goalparse.source.Source.of(ParseCommandTest.TOYONAKA)); // first use loads the dictionaries
        try {
            CliRun run = CliRun.withParser(parser, "batch", "--timeout", "5", "--jobs", "1",
                    stuckCopy(), ParseCommandTest.TOYONAKA.toString());

            assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
            List<String> lines = run.out().lines().toList();
            JsonNode timedOut = GoalJson.mapper().readTree(lines.get(0));
            assertEquals("TIMEOUT", timedOut.get("error").get("code").asText(), run::toString);
            assertTrue(timedOut.get("error").get("message").asText().contains("5 s"), run::toString);
            assertEquals("toyonaka-2022-shiminkyodobu.txt",
                    GoalJson.mapper().readTree(lines.get(1)).get("source").get("file").asText());
            assertEquals(1, release.getCount(), "the stuck parse is still running: the run did not wait for it");
        } finally {
            release.countDown();
        }
    }

    private String stuckCopy() throws Exception {
        return Files.copy(ParseCommandTest.IRUMA, dir.resolve(STUCK + ".txt")).toString();
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // a pipeline stage that does not look at interruption
            }
        }
    }
}
