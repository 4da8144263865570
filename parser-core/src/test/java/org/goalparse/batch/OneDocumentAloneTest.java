package org.goalparse.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.goalparse.Cancellation;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.interpret.DocumentInterpreter;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One document cannot fail another: a parse that runs out of memory is retried alone (so a neighbour that got the
 * OutOfMemoryError parses, and only the document too large for the heap fails), and a parse given up at its time
 * limit stops at the pipeline's next checkpoint instead of running on. Timeouts here are hang guards.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class OneDocumentAloneTest {
    private static final byte[] TEXT = ("【部の基本方向】\n市民の暮らしを支えます。\n").getBytes(
            java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aParseThatRunsOutOfMemoryIsRetriedAloneAndOnlyTheHogFails() throws Throwable {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger runningAtRetry = new AtomicInteger(-1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch victimFailedOnce = new CountDownLatch(1);
        DocumentInterpreter real = new DocumentInterpreter();
        GoalParser parser = GoalParser.builder().interpreter((outline, source, city) -> {
            int call = calls.computeIfAbsent(source.file(), k -> new AtomicInteger()).incrementAndGet();
            running.incrementAndGet();
            try {
                switch (source.file()) {
                    case "hog.txt" -> throw new OutOfMemoryError("Java heap space");
                    case "victim.txt" -> {
                        if (call == 1) {
                            victimFailedOnce.countDown();
                            throw new OutOfMemoryError("Java heap space"); // the neighbour's doing
                        }
                        runningAtRetry.set(running.get());
                    }
                    case "slow.txt" -> {
                        slowStarted.countDown();
                        victimFailedOnce.await();
                    }
                    default -> { }
                }
                return real.interpret(outline, source, city);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }).build();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (TimedParser timed = new TimedParser(parser, 0)) {
            Future<List<GoalDocument>> slow = threads.submit(() -> parse(timed, "slow.txt"));
            slowStarted.await();
            Future<List<GoalDocument>> victim = threads.submit(() -> parse(timed, "victim.txt"));

            assertEquals(1, slow.get().size());
            assertEquals(1, victim.get().size(), "the neighbour parses on its second, lone attempt");
            assertEquals(2, calls.get("victim.txt").get());
            assertEquals(1, runningAtRetry.get(), "no other parse ran during the retry");

            GoalParseException e = assertThrows(GoalParseException.class, () -> timed.parseAll(source("hog.txt")));
            assertEquals(GoalParseException.Status.TOO_LARGE, e.status());
            assertTrue(e.getMessage().contains("even alone"), e.getMessage());
            assertEquals(2, calls.get("hog.txt").get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aParseGivenUpAtItsTimeLimitStopsAtTheNextCheckpoint() throws Throwable {
        CountDownLatch timedOut = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Throwable> end = new AtomicReference<>();
        AtomicInteger nodes = new AtomicInteger();
        DocumentInterpreter real = new DocumentInterpreter();
        GoalParser parser = GoalParser.builder()
                .interpreter((outline, source, city) -> {
                    if (source.file().equals("warm.txt")) {
                        return real.interpret(outline, source, city);
                    }
                    nodes.set(outline.nodes().size());
                    try {
                        timedOut.await(); // a slow start: still running when the caller gives the parse up
                        return real.interpret(outline, source, city); // checks per node: stops at the first
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("never interrupted", e);
                    } catch (Throwable t) {
                        end.set(t);
                        throw t;
                    } finally {
                        ended.countDown();
                    }
                }).build();
        parser.parseAll(source("warm.txt")); // first use loads what it loads: the later stages take milliseconds
        try (TimedParser timed = new TimedParser(parser, 2000)) {
            GoalParseException e = assertThrows(GoalParseException.class, () -> timed.parseAll(source("long.txt")));
            assertEquals(GoalParseException.Status.TIMEOUT, e.status());
            timedOut.countDown();
            assertTrue(ended.await(2, TimeUnit.MINUTES), "the abandoned parse ended");
        }
        assertTrue(nodes.get() > 0);
        assertTrue(end.get() instanceof Cancellation.Cancelled, String.valueOf(end.get()));
    }

    private static List<GoalDocument> parse(TimedParser timed, String name) throws Exception {
        try {
            return timed.parseAll(source(name));
        } catch (Exception e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Source source(String name) {
        return Source.of(name, TEXT);
    }
}
