package org.goalparse.cli;

import java.util.concurrent.Callable;
import org.goalparse.layout.LayoutText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code goalparse text FILE}: the normalized text the parser sees, for debugging extraction. */
@Command(name = "text", description = "Print the normalized text the parser sees (tables as cells separated by |).",
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class TextCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    private HelpOption help;

    @Mixin
    private DebugOption debug;

    @Mixin
    private PasswordOption password;

    @Mixin
    private OcrOptions ocr;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The document; - reads stdin.")
    private String file;

    TextCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ocr.validate();
        Attempt.Result<String> result = Attempt.run(context, debug.debug, file, null,
                source -> LayoutText.render(ocr.apply(password.apply(context.parser().get())).text(source)));
        if (!result.ok()) {
            return ExitCode.UNREADABLE.code();
        }
        context.out().print(result.value());
        return Stdout.written(context) ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
    }
}
