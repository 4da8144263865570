package org.goalparse.batch;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.goalparse.Cancellation;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;

/**
 * A {@link GoalParser} with a time limit per input file, covering the whole {@link GoalParser#parseAll} (every
 * department of a file of several), and a document that runs out of memory failing alone.
 * <p>Time: each parse runs on a thread of its own (a cached pool of daemon threads) while the caller waits at most
 * the limit; past it the caller gets {@link Status#TIMEOUT} at once and goes on with the next document, and the
 * parse is cancelled ({@link Cancellation}): it stops at the pipeline's next checkpoint (a page, a block, a node),
 * freeing its core and memory. It is cancelled by a flag, not interrupted: an interrupt that lands while a library
 * reads its resources through an interruptible NIO channel inside a static initializer (Kuromoji loading its
 * dictionary on first use) breaks that class for the rest of the process. A limit of 0 parses on the caller's
 * thread with no limit.
 * <p>Memory: parses share one heap, so the document that fills it is not always the one that gets the
 * {@link OutOfMemoryError}: a small neighbour parsing at the same moment may. A document whose parse runs out of
 * memory is therefore parsed once more ALONE (no other parse runs meanwhile, new ones wait), after its first
 * attempt's memory is released: the neighbour then parses; the document that needs more than the heap fails again,
 * as TOO_LARGE, and only it.
 * <p>OCR counts inside the limit: the OCR engine polls the same cancellation while Tesseract reads a page and kills
 * its process when the parse is given up.
 */
public final class TimedParser implements AutoCloseable {
    private final GoalParser parser;
    private final long timeoutMillis;
    private final ExecutorService pool;
    /** Read: a parse; write: a parse retried alone after running out of memory. */
    private final ReadWriteLock heap = new ReentrantReadWriteLock();

    public TimedParser(GoalParser parser, long timeoutMillis) {
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
     * or {@link OutOfMemoryError} when even the parse alone ran out), or TIMEOUT.
     */
    public List<GoalDocument> parseAll(Source source) throws Throwable {
        Cancellation.Token token = new Cancellation.Token();
        Callable<List<GoalDocument>> task = () -> Cancellation.call(token, () -> guarded(source));
        if (pool == null) {
            try {
                return task.call();
            } catch (ExecutionException e) {
                throw e.getCause() == null ? e : e.getCause();
            }
        }
        Future<List<GoalDocument>> future = pool.submit(task);
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            token.cancel(); // the parse stops at its next checkpoint; see the class comment: never interrupted
            future.cancel(false);
            throw new GoalParseException(Status.TIMEOUT, "parsing took longer than the limit of "
                    + seconds(timeoutMillis) + " (--timeout); the document was given up");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
            throw cause == null ? e : cause;
        } catch (InterruptedException e) {
            token.cancel();
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new GoalParseException(Status.TIMEOUT, "the run was interrupted before this document finished");
        }
    }

    /** The parse under the shared lock; on running out of memory, once more under the exclusive one. */
    private List<GoalDocument> guarded(Source source) throws ExecutionException {
        try {
            heap.readLock().lock();
            try {
                return parser.parseAll(source);
            } finally {
                heap.readLock().unlock();
            }
        } catch (OutOfMemoryError first) {
            // this attempt's objects are unreachable now; wait until no other parse holds memory, and try alone
        } catch (GoalParseException | RuntimeException | Error e) {
            throw new ExecutionException(e);
        }
        heap.writeLock().lock();
        try {
            return parser.parseAll(source);
        } catch (OutOfMemoryError alone) {
            throw new ExecutionException(new GoalParseException(Status.TOO_LARGE, "ran out of memory while parsing, "
                    + "even alone (the document is too large or too complex for the Java heap)"));
        } catch (GoalParseException | RuntimeException | Error e) {
            throw new ExecutionException(e);
        } finally {
            heap.writeLock().unlock();
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** Takes no new parses; those still running stop at their next checkpoint once cancelled. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
