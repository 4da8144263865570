package org.goalparse.cli;

import org.goalparse.GoalParser;
import picocli.CommandLine.Option;

/** {@code --password}: the password of password-protected PDFs (parse, text, batch). */
final class PasswordOption {
    @Option(names = "--password", paramLabel = "PASSWORD", description = "Open password-protected PDFs with "
            + "this password; a PDF it does not open fails as ENCRYPTED. (Visible to other users in the process "
            + "list, like any argument.)")
    String password;

    /** The parser with the password, or the parser itself when none was given. */
    GoalParser apply(GoalParser parser) {
        return password == null ? parser : parser.withPassword(password);
    }
}
