package org.goalparse.spark;

import org.goalparse.GoalParser;
import org.goalparse.batch.TimedParser;

/**
 * One parser per executor JVM, shared by every task that runs there: {@link GoalParser} is immutable and
 * thread-safe, and building it (Kuromoji's dictionary, Tika's parsers) costs more than a small document's parse.
 * The {@link TimedParser} around it holds the per-document time limit and retries a document that ran out of memory
 * alone; one per limit, so two jobs with different limits in one JVM (tests) each get theirs.
 */
final class ExecutorParser {
    private static GoalParser parser;
    private static TimedParser timed;
    private static long timedMillis = -1;
    private static long timedMaxBytes = -1;

    private ExecutorParser() {
    }

    static synchronized TimedParser get(long timeoutMillis, long maxBytes) {
        if (parser == null) {
            parser = GoalParser.builder().build();
        }
        if (timed == null || timedMillis != timeoutMillis || timedMaxBytes != maxBytes) {
            // an older one is not closed: a task of another job may still be using it; its idle threads expire
            timed = new TimedParser(parser.withMaxBytes(maxBytes), timeoutMillis);
            timedMillis = timeoutMillis;
            timedMaxBytes = maxBytes;
        }
        return timed;
    }
}
