package org.goalparse.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print the stack trace of an unexpected failure after its one-line message. */
final class DebugOption {
    @Option(names = "--debug", description = "On an unexpected failure, also print the Java stack trace.")
    boolean debug;
}
