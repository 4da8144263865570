package org.goalparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Parameters;

/** The documents and folders a many-document command (batch, check) reads; {@code -} reads paths from stdin. */
final class InputPaths {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents and folders; - reads paths from "
            + "stdin, one per line.")
    private List<String> paths;

    /** The inputs in the order the commands treat them (folders walked, sorted). */
    List<Input> walk(Supplier<InputStream> stdin) throws IOException {
        return InputWalker.walk(paths, stdin);
    }
}
