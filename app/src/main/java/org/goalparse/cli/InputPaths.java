package org.goalparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The documents and folders a many-document command (batch, check) reads; {@code -} reads paths from stdin. */
final class InputPaths {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents and folders; - reads paths from "
            + "stdin, one per line.")
    private List<String> paths;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    /**
     * The inputs in the order the commands treat them (folders walked, sorted); a usage error (exit 2, with a
     * hint) when {@code -} finds a document on stdin instead of paths.
     */
    /** The usage message when the paths gave no document at all, with what to try. */
    String nothingFound() {
        boolean stdin = paths.contains(InputWalker.STDIN);
        return "no documents to parse: " + (stdin ? "- read no paths from stdin" : "")
                + (stdin && paths.size() > 1 ? ", and " : "")
                + (!stdin || paths.size() > 1 ? "the folders given hold no document (files ending ."
                        + String.join(", .", new java.util.TreeSet<>(InputWalker.EXTENSIONS))
                        + "; hidden ones are skipped)" : "")
                + "; name a file directly to parse it whatever its name";
    }

    List<Input> walk(Supplier<InputStream> stdin) throws IOException {
        try {
            return InputWalker.walk(paths, stdin);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }
}
