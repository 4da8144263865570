package org.goalparse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code goalparse}: the top command; alone it is a usage error (a subcommand is required). */
@Command(name = "goalparse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns Japanese municipal department goal documents (PDF, HTML, DOCX, XLSX, text) into JSON.",
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4,
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  several documents, some failed (error records on stdout); check: some differ",
                "  2  usage error", "  3  unreadable or unsupported input (one line on stderr)",
                "  4  internal error"})
final class GoalparseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand (parse, text, batch, check, review or schema)");
    }
}
