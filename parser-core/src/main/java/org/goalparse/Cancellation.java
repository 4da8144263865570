package org.goalparse;

import java.util.concurrent.Callable;

/**
 * Stopping a parse that its caller gave up (a batch's time limit): the caller runs the parse under a {@link Token}
 * and cancels the token; the pipeline calls {@link #check()} in its long loops (per page when extracting and
 * normalizing, per block when segmenting, per node when interpreting, per department) and the parse ends there
 * with {@link GoalParseException.Status#TIMEOUT} instead of running on, using a core and its memory, for a result
 * nobody reads. An interrupted thread stops the same way.
 * <p>A flag rather than {@link Thread#interrupt()} alone: an interrupt landing while a library reads through an
 * interruptible NIO channel (Kuromoji loading its dictionary in a static initializer) breaks that class for the
 * whole process. The flag is only looked at, never delivered into library code.
 */
public final class Cancellation {
    private static final ThreadLocal<Token> CURRENT = new ThreadLocal<>();

    private Cancellation() {
    }

    /** Cancels the parse running under it; thread-safe, idempotent. */
    public static final class Token {
        private volatile boolean cancelled;

        public void cancel() {
            cancelled = true;
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    /** Thrown by {@link #check()}; {@link GoalParser} turns it into a TIMEOUT {@link GoalParseException}. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the parse was cancelled", null, false, false);
        }
    }

    /** Runs {@code work} on this thread under {@code token}. */
    public static <T> T call(Token token, Callable<T> work) throws Exception {
        Token outer = CURRENT.get();
        CURRENT.set(token);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link Cancelled} when this thread's parse was cancelled or the thread interrupted. */
    public static void check() {
        Token t = CURRENT.get();
        if ((t != null && t.cancelled) || Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /**
     * Whether this thread's parse was cancelled or the thread interrupted, without throwing: for a stage that waits
     * on something of its own (the OCR engine's process) and must stop it before it gives up.
     */
    public static boolean requested() {
        Token t = CURRENT.get();
        return (t != null && t.cancelled) || Thread.currentThread().isInterrupted();
    }

    static GoalParseException timeout(Cancelled e) {
        return new GoalParseException(GoalParseException.Status.TIMEOUT,
                "the parse was cancelled (its time limit passed) and stopped", e);
    }
}
