package org.goalparse.cli;

import java.util.concurrent.Callable;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code goalparse text FILE}: the normalized text the parser sees, for debugging extraction; the extraction's
 * warnings (pages not read, bytes read as U+FFFD) on stderr.
 */
@Command(name = "text", description = "Print the normalized text the parser sees (tables as cells separated by |).",
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class TextCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    private HelpOption help;

    @Mixin
    private DebugOption debug;

    @Mixin
    private ReadOptions read;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The document; - reads stdin.")
    private String file;

    TextCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        read.validate();
        Attempt.Result<Layout> result = Attempt.run(context, debug.debug, file, null,
                source -> read.parser(context).text(source));
        if (!result.ok()) {
            return ExitCode.UNREADABLE.code();
        }
        for (String warning : result.value().warnings()) { // what the text cannot say: pages not read, bad bytes
            context.err().println("goalparse: " + file + ": warning: " + warning);
        }
        context.err().flush();
        context.out().print(LayoutText.render(result.value()));
        return Stdout.written(context) ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
    }
}
