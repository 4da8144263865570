package org.goalparse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.goalparse.batch.ErrorRecord;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goalparse parse FILE...}: each file gives its records ({@link org.goalparse.GoalParser#parseAll}): one
 * for a file of one department, one per department (with {@code source.part}) for a file of several. One record in
 * all prints as one pretty JSON document; more (several files, or a file of several departments), or
 * {@code --jsonl}, print JSON Lines, one compact line per record, a failed file as an error record, and the run
 * goes on. The exit code depends on the number of FILEs: one that fails is 3 (UNREADABLE), among several 1.
 */
@Command(name = "parse", description = {"Parse documents into JSON.",
        "One FILE of one department: one JSON document. Several FILEs, a FILE of several departments (a city's "
                + "whole year in one file: one record per department, source.part saying which) or --jsonl: JSON "
                + "Lines, one line per record; a document that fails becomes "
                + "{\"source\":…,\"error\":{\"code\":…,\"message\":…}}."},
        sortOptions = false, exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class ParseCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    private HelpOption help;

    @Mixin
    private DebugOption debug;

    @Mixin
    private ProvenanceOption provenance;

    @Mixin
    private ReadOptions read;

    @Option(names = "--municipality", paramLabel = "NAME",
            description = "The municipality (e.g. 入間市), when the document does not name it.")
    private String municipality;

    @Option(names = "--jsonl", description = "JSON Lines even when there is one record (one compact line).")
    private boolean jsonl;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to parse; - reads stdin.")
    private List<String> files;

    ParseCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        read.validate();
        return files.size() == 1 ? single(files.get(0)) : lines();
    }

    private int single(String file) {
        Attempt.Result<List<GoalDocument>> result = parse(file);
        if (!result.ok()) {
            if (jsonl && !line(ErrorRecord.of(file, result.failure()))) {
                return ExitCode.INTERNAL.code();
            }
            return ExitCode.UNREADABLE.code();
        }
        List<GoalDocument> docs = result.value();
        if (docs.size() == 1 && !jsonl) {
            context.out().print(GoalJson.pretty(docs.get(0)));
            context.out().print('\n');
            return Stdout.written(context) ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
        }
        for (GoalDocument d : docs) {
            if (!line(d)) {
                return ExitCode.INTERNAL.code();
            }
        }
        return ExitCode.OK.code();
    }

    private int lines() {
        int failed = 0;
        for (String file : files) {
            Attempt.Result<List<GoalDocument>> result = parse(file);
            List<Object> records = new ArrayList<>();
            if (result.ok()) {
                records.addAll(result.value());
            } else {
                failed++;
                records.add(ErrorRecord.of(file, result.failure()));
            }
            for (Object r : records) {
                if (!line(r)) {
                    return ExitCode.INTERNAL.code(); // nobody reads the rest: stop parsing
                }
            }
        }
        return failed == 0 ? ExitCode.OK.code() : ExitCode.SOME_FAILED.code();
    }

    /** One compact line; false when stdout could not take it (the one-line message is then on stderr). */
    private boolean line(Object record) {
        context.out().print(GoalJson.compact(record));
        context.out().print('\n');
        return Stdout.written(context);
    }

    private Attempt.Result<List<GoalDocument>> parse(String file) {
        return Attempt.run(context, debug.debug, file, municipality,
                source -> Inputs.givenPath(file, provenance.apply(read.parser(context)).parseAll(source)));
    }
}
