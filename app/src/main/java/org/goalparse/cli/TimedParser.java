package org.goalparse.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.GoalParser;
import org.goalparse.extract.ocr.OcrDeadline;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;

/**
 * A {@link GoalParser} with a time limit per input file, covering the whole {@link GoalParser#parseAll} (every
 * department of a file of several). Each parse runs on a thread of its own (a cached pool of daemon threads) while
 * the caller waits at most the limit; past it the caller gets {@link Status#TIMEOUT} at once and goes on with the
 * next document.
 * <p>The abandoned parse is NOT interrupted: the pipeline does not look at interruption anyway, and an interrupt
 * that lands while a library reads its resources through an interruptible NIO channel inside a static initializer
 * (Kuromoji loading its dictionary on first use) breaks that class for the rest of the process: every later
 * document would fail. So an abandoned parse keeps its thread (and a core) busy until it finishes on its own. The
 * run is not blocked by it, only slowed; the threads are daemons, so the process exits when the run is done.
 * The one long wait that does stop is OCR: the parse runs {@link OcrDeadline#within} the same limit, so the OCR of
 * a scanned document counts inside it and its Tesseract process is killed when the limit passes.
 * A limit of 0 parses on the caller's thread with no limit.
 */
final class TimedParser implements AutoCloseable {
    private final GoalParser parser;
    private final long timeoutMillis;
    private final ExecutorService pool;

    TimedParser(GoalParser parser, long timeoutMillis) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        this.parser = parser;
        this.timeoutMillis = timeoutMillis;
        this.pool = timeoutMillis == 0 ? null : Executors.newCachedThreadPool(new DaemonThreads("goalparse-parse-"));
    }

    /**
     * Parses a file into its records ({@link GoalParser#parseAll}: one, or one per department), or throws what the
     * parse threw (a {@link GoalParseException}, a runtime exception, an error such as {@link StackOverflowError}
     * or {@link OutOfMemoryError}), or TIMEOUT.
     */
    List<GoalDocument> parseAll(Source source) throws Throwable {
        if (pool == null) {
            return parser.parseAll(source);
        }
        Future<List<GoalDocument>> future = pool.submit(() -> OcrDeadline.within(timeoutMillis,
                () -> parser.parseAll(source)));
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(false); // see the class comment: never interrupt a parse
            throw new GoalParseException(Status.TIMEOUT, "parsing took longer than the limit of "
                    + seconds(timeoutMillis) + " (--timeout); the document was given up");
        } catch (ExecutionException e) {
            throw e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new GoalParseException(Status.TIMEOUT, "the run was interrupted before this document finished");
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** Takes no new parses; those still running (abandoned ones) finish on their daemon threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
