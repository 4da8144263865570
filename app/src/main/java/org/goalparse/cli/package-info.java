/** The goalparse command line (picocli): one class per subcommand, built by {@link org.goalparse.cli.Cli}. */
package org.goalparse.cli;
