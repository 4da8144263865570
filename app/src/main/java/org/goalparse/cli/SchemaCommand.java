package org.goalparse.cli;

import java.util.concurrent.Callable;
import org.goalparse.model.GoalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code goalparse schema}: the JSON Schema (draft 2020-12) of the document {@code parse} prints. */
@Command(name = "schema", description = "Print the JSON Schema (draft 2020-12) of the parse output.",
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class SchemaCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    private HelpOption help;

    SchemaCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String schema = GoalJson.schema();
        context.out().print(schema);
        if (!schema.endsWith("\n")) {
            context.out().print('\n');
        }
        return Stdout.written(context) ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
    }
}
