package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;

/** A bug inside the parser (a runtime exception) fails that document with one line, never a stack trace. */
class UnexpectedFailureTest {
    private static final GoalParser BROKEN = GoalParser.builder()
            .extractor(source -> {
                throw new IllegalStateException("table grid\nwent wrong");
            })
            .build();
    private static final String IRUMA = ParseCommandTest.IRUMA.toString();

    @Test
    void oneDocumentExitsThreeWithOneLine() {
        CliRun run = CliRun.withParser(BROKEN, "parse", IRUMA);

        assertEquals(ExitCode.UNREADABLE.code(), run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("goalparse: " + IRUMA + ": internal error (IllegalStateException: table grid went wrong)"),
                run.errLines());
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun run = CliRun.withParser(BROKEN, "parse", "--debug", IRUMA);

        assertEquals(ExitCode.UNREADABLE.code(), run.exit(), run::toString);
        assertTrue(run.err().contains("\tat "), run::toString);
    }

    @Test
    void amongSeveralItBecomesAnInternalErrorRecord() throws Exception {
        CliRun run = CliRun.withParser(BROKEN, "parse", IRUMA, IRUMA);

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode record = GoalJson.mapper().readTree(lines.get(0));
        assertEquals("INTERNAL", record.get("error").get("code").asText());
        assertEquals(2, run.errLines().size());
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    @Test
    void textCommandToo() {
        CliRun run = CliRun.withParser(BROKEN, "text", IRUMA);

        assertEquals(ExitCode.UNREADABLE.code(), run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
    }
}
