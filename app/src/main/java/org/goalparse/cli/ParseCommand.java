package org.goalparse.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goalparse parse FILE...}: one file prints one pretty JSON document; several print JSON Lines, one compact
 * line per document, a failed document as an error record, and the run goes on.
 */
@Command(name = "parse", description = {"Parse documents into JSON.",
        "One FILE: one JSON document. Several: JSON Lines, one line per document; a document that fails "
                + "becomes {\"source\":…,\"error\":{\"code\":…,\"message\":…}}."},
        sortOptions = false, exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class ParseCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    private HelpOption help;

    @Mixin
    private DebugOption debug;

    @Option(names = "--municipality", paramLabel = "NAME",
            description = "The municipality (e.g. 入間市), when the document does not name it.")
    private String municipality;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to parse; - reads stdin.")
    private List<String> files;

    ParseCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return files.size() == 1 ? single(files.get(0)) : lines();
    }

    private int single(String file) {
        Attempt.Result<GoalDocument> result = parse(file);
        if (!result.ok()) {
            return ExitCode.UNREADABLE.code();
        }
        context.out().print(GoalJson.pretty(result.value()));
        context.out().print('\n');
        context.out().flush();
        return ExitCode.OK.code();
    }

    private int lines() {
        int failed = 0;
        for (String file : files) {
            Attempt.Result<GoalDocument> result = parse(file);
            if (result.ok()) {
                context.out().print(GoalJson.compact(result.value()));
            } else {
                failed++;
                context.out().print(GoalJson.compact(new ErrorRecord(file, result.failure())));
            }
            context.out().print('\n');
            context.out().flush();
        }
        return failed == 0 ? ExitCode.OK.code() : ExitCode.SOME_FAILED.code();
    }

    private Attempt.Result<GoalDocument> parse(String file) {
        return Attempt.run(context, debug.debug, file, municipality, source -> context.parser().get().parse(source));
    }
}
