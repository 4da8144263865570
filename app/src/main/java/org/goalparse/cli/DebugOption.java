package org.goalparse.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print the stack trace of a failure after its one-line message. */
final class DebugOption {
    @Option(names = "--debug", description = "After the one-line message of a failure, also print its Java stack trace.")
    boolean debug;
}
