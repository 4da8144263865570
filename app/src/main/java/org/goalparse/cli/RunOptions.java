package org.goalparse.cli;

import org.goalparse.GoalParser;
import org.goalparse.batch.TimedParser;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a run over many documents ({@code batch}, {@code check}): threads and per-document limits. */
final class RunOptions {
    static final int DEFAULT_TIMEOUT_SECONDS = 120;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents parsed at once (default: the number of processors, ${DEFAULT-VALUE} here).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up a document after this long; it becomes a TIMEOUT error record "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuse a document larger than this (e.g. 64M, 500k); it becomes a TOO_LARGE error "
                    + "record (default: 64M).")
    Long maxSize;

    /** Checks the values; a bad one is a usage error. */
    void validate() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must not be negative");
        }
    }

    TimedParser parser(GoalParser base) {
        GoalParser parser = maxSize == null ? base : base.withMaxBytes(maxSize);
        return new TimedParser(parser, timeoutSeconds * 1000L);
    }
}
