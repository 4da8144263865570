package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.goalparse.golden.RepoRoot;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, usage errors, schema and text. */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "parse", "text", "batch", "check", "schema"})
    void helpOnEveryCommand(String command) {
        CliRun run = command.isEmpty() ? CliRun.run("--help") : CliRun.run(command, "--help");

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertTrue(run.out().startsWith("Usage: goalparse" + (command.isEmpty() ? "" : " " + command)), run.out());
        assertEquals("", run.err());
    }

    @Test
    void version() {
        CliRun run = CliRun.run("--version");

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertTrue(run.out().matches("goalparse \\d+\\.\\d+\\.\\d+\\S*\\R"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("parse", "--no-such-option", ParseCommandTest.IRUMA.toString());

        assertEquals(ExitCode.USAGE.code(), run.exit(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("--no-such-option"), run.err());
        assertTrue(run.err().contains("Usage: goalparse parse"), run.err());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliRun run = CliRun.run("parse");

        assertEquals(ExitCode.USAGE.code(), run.exit(), run::toString);
        assertTrue(run.err().contains("Usage: goalparse parse"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run();

        assertEquals(ExitCode.USAGE.code(), run.exit(), run::toString);
        assertTrue(run.err().contains("Usage: goalparse"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), CliRun.run("frobnicate").exit());
    }

    @Test
    void schemaIsDraft202012Json() throws Exception {
        CliRun run = CliRun.run("schema");

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        JsonNode schema = GoalJson.mapper().readTree(run.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(ParseCommandTest.CONTRACT_FIELDS.size(), schema.get("required").size());
        assertTrue(run.out().endsWith("\n"));
    }

    @Test
    void textPrintsWhatTheParserSees() {
        CliRun run = CliRun.run("text", RepoRoot.sample("toyonaka-2022-shiminkyodobu.txt").toString());

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().contains("市民窓口サービスの向上を通じて市民と行政の信頼関係構築を図る"), run.out());
        assertTrue(run.out().contains("市民協働部"), run.out());
    }
}
