package org.goalparse.cli;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.goalparse.batch.DaemonThreads;
import org.goalparse.batch.Failure;

/**
 * Runs the work on every input on {@code jobs} worker threads and hands each {@link Outcome} to a consumer on the
 * calling thread, in input order ({@code ordered}) or as they complete. The work must not throw; should it throw
 * anyway, the input becomes an INTERNAL failure: every input yields exactly one outcome, so count in = count out.
 */
final class BatchRun {
    private final int jobs;

    BatchRun(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.jobs = jobs;
    }

    void run(List<Input> inputs, Function<Input, Outcome> work, boolean ordered, Consumer<Outcome> consumer,
             Progress progress) throws InterruptedException {
        int n = inputs.size();
        BlockingQueue<Outcome> completed = new LinkedBlockingQueue<>();
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, n)),
                new DaemonThreads("goalparse-batch-"));
        try {
            for (Input input : inputs) {
                workers.execute(() -> {
                    if (!stopped.get()) {
                        completed.add(safely(work, input));
                    }
                });
            }
            Outcome[] waiting = new Outcome[n];
            int next = 0;
            for (int received = 0; received < n; ) {
                Outcome o = completed.poll(progress.pollMillis(), TimeUnit.MILLISECONDS);
                if (o == null) {
                    progress.tick();
                    continue;
                }
                received++;
                if (!ordered) {
                    consumer.accept(o);
                    continue;
                }
                waiting[o.input().index()] = o;
                while (next < n && waiting[next] != null) {
                    consumer.accept(waiting[next]);
                    waiting[next++] = null;
                }
            }
        } finally {
            // Not shutdownNow: interrupting a parse can break a library's class for the whole process (see
            // TimedParser). Documents not started yet are skipped; the run only ends early on an output failure.
            stopped.set(true);
            workers.shutdown();
        }
    }

    private static Outcome safely(Function<Input, Outcome> work, Input input) {
        try {
            Outcome o = work.apply(input);
            if (o == null || o.input().index() != input.index()) {
                return Outcome.failed(input, new Failure(Failure.INTERNAL, "internal error (no outcome)"), null);
            }
            return o;
        } catch (Throwable t) {
            return Outcome.failed(input, Failure.classify(t), t);
        }
    }
}
