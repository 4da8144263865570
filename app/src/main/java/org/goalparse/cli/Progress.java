package org.goalparse.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on stderr. {@link Mode#BAR} (stderr is a terminal): one line redrawn in place, documents
 * done / total, rate and ETA. {@link Mode#LINES} (a log file, CI): the same facts as a plain line every
 * {@link #LINE_INTERVAL_NANOS}. {@link Mode#QUIET}: nothing. Messages (a failed document) are printed above the
 * bar. Used from one thread only (the batch's coordinating thread).
 */
final class Progress {
    enum Mode { BAR, LINES, QUIET }

    static final long LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Mode mode;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private int done;
    private int failed;
    private int drawnWidth;

    Progress(PrintWriter err, Mode mode, int total, LongSupplier nanoClock) {
        this.err = err;
        this.mode = mode;
        this.total = total;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastDrawn = start;
    }

    /** How long the coordinator may wait for a result before calling {@link #tick()}. */
    long pollMillis() {
        return mode == Mode.BAR ? 250 : 1000;
    }

    void done(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        draw(false);
    }

    void tick() {
        draw(false);
    }

    /** A line of its own (above the bar, which is redrawn after it). */
    void message(String line) {
        clearBar();
        err.println(line);
        err.flush();
        if (mode == Mode.BAR) {
            draw(true);
        }
    }

    /** The run is over: the bar is removed (the summary line follows). */
    void finish() {
        clearBar();
        err.flush();
    }

    private void draw(boolean force) {
        long now = clock.getAsLong();
        switch (mode) {
            case QUIET -> {
            }
            case BAR -> {
                if (force || done == total || now - lastDrawn >= BAR_INTERVAL_NANOS) {
                    lastDrawn = now;
                    String line = bar(now);
                    err.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
                    drawnWidth = line.length();
                    err.flush();
                }
            }
            case LINES -> {
                if (now - lastDrawn >= LINE_INTERVAL_NANOS && done < total) {
                    lastDrawn = now;
                    err.println("goalparse: batch: " + status(now));
                    err.flush();
                }
            }
        }
    }

    private void clearBar() {
        if (mode == Mode.BAR && drawnWidth > 0) {
            err.print('\r' + " ".repeat(drawnWidth) + '\r');
            drawnWidth = 0;
        }
    }

    private String bar(long now) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(now);
    }

    /** {@code 37/120 done, 2 failed, 2.4 docs/s, ETA 0:35}. */
    String status(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder().append(done).append('/').append(total).append(" done");
        if (failed > 0) {
            sb.append(", ").append(failed).append(" failed");
        }
        sb.append(String.format(Locale.ROOT, ", %.1f docs/s", rate));
        if (done > 0 && done < total) {
            sb.append(", ETA ").append(clockTime(Math.round((total - done) / rate)));
        }
        return sb.toString();
    }

    static String clockTime(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
