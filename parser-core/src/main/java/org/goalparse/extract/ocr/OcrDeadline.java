package org.goalparse.extract.ocr;

import java.util.concurrent.Callable;

/**
 * The time a document's parse may still take, for the one stage that takes long enough to stop in the middle:
 * OCR. The caller that limits a parse ({@code --timeout}) runs it {@link #within} its deadline; the OCR engine
 * checks {@link #passed()} while it waits for a page and gives the page (and the document) up, killing its process,
 * instead of keeping a core busy for a parse nobody waits for. No deadline set: none passes.
 */
public final class OcrDeadline {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private OcrDeadline() {
    }

    /** Runs {@code work} on this thread with a deadline {@code millis} from now (0: none). */
    public static <T> T within(long millis, Callable<T> work) throws Exception {
        Long before = DEADLINE.get();
        if (millis > 0) {
            DEADLINE.set(System.nanoTime() + millis * 1_000_000L);
        }
        try {
            return work.call();
        } finally {
            if (before == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(before);
            }
        }
    }

    /** Whether this thread's deadline has passed (false without one). */
    public static boolean passed() {
        Long d = DEADLINE.get();
        return d != null && System.nanoTime() - d > 0;
    }
}
