package org.goalparse.interpret;

import java.nio.charset.StandardCharsets;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;

/** Invented fragments of goal documents parsed as a text file, one argument a line: the rule tests' input. */
final class Fragments {
    private static final GoalParser PARSER = GoalParser.builder().build();

    private Fragments() {
    }

    static GoalDocument parse(String... lines) throws Exception {
        return PARSER.parse(Source.of("x.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }
}
