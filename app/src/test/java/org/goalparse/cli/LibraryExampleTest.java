package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.goalparse.GoalParser;
import org.goalparse.golden.RepoRoot;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** The five-line library example of the README, compiled and run as written there. */
class LibraryExampleTest {

    @Test
    void readmeExample() throws Exception {
        Path file = RepoRoot.sample("iruma-2022-shiminseikatsubu.pdf");
        // --- README: library use ---
        GoalParser parser = GoalParser.builder().build();              // once; immutable and thread-safe
        GoalDocument doc = parser.parse(Source.of(file));              // GoalParseException if unreadable
        System.out.println(doc.department() + " " + doc.goals().size() + " goals");
        doc.goals().forEach(g -> g.targets().forEach(t -> System.out.println(g.number() + " " + t.text())));
        String json = GoalJson.pretty(doc);                            // the JSON `goalparse parse` prints
        // --- end ---
        assertEquals("市民生活部", doc.department());
        assertEquals(GoalJson.pretty(doc), json);
    }
}
