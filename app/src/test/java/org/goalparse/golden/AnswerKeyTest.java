package org.goalparse.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.goalparse.GoalParser;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of every answer key parses to all of its facts and nothing else the key rules out (F1 100%, as the
 * project's scorer counts): the genre fixtures under {@code samples/genre/} and the samples under
 * {@code golden/keys/}.
 */
class AnswerKeyTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    static Stream<Named<Path[]>> inputs() throws Exception {
        List<Path> keys = new ArrayList<>(Samples.genreKeys());
        keys.addAll(Samples.sampleKeys());
        if (Samples.genreKeys().isEmpty() || Samples.sampleKeys().isEmpty()) {
            throw new IllegalStateException("no answer keys under samples/genre or golden/keys: nothing to test");
        }
        List<Named<Path[]>> out = new ArrayList<>();
        for (Path k : keys) {
            for (Path input : AnswerKey.read(k).inputs()) {
                out.add(Named.of(RepoRoot.get().relativize(input).toString(), new Path[] {k, input}));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesToItsKey(Path[] keyAndInput) throws Exception {
        AnswerKey key = AnswerKey.read(keyAndInput[0]);
        JsonNode doc = GoldenFiles.tree(PARSER.parse(Source.of(keyAndInput[1])));
        AnswerKey.Score s = key.score(doc);
        if (!s.perfect()) {
            fail(RepoRoot.get().relativize(keyAndInput[1]) + ": " + s.truePositives() + "/" + s.expected()
                    + " facts, " + s.produced() + " produced; " + String.join("; ", s.misses()));
        }
    }

    @Test
    void everyGenreFixtureHasAKeyAndEveryKeyInputExists() throws Exception {
        List<Path> covered = new ArrayList<>();
        for (Path k : Samples.genreKeys()) {
            for (Path input : AnswerKey.read(k).inputs()) {
                assertTrue(Files.isRegularFile(input), k + " names a missing input " + input);
                covered.add(input.toAbsolutePath().normalize());
            }
        }
        for (Path fixture : Samples.genre()) {
            assertTrue(covered.contains(fixture.toAbsolutePath().normalize()), fixture + " has no answer key");
        }
    }

    @Test
    void theScorerRulesCountAsThePythonScorerDoes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree("""
                {"municipality": null, "department": "市民部",
                 "goals": [{"number": 1, "title": "講演会", "targets": [{"text": "3回", "value": 3, "unit": "回"}]},
                           {"number": 2, "title": "相談", "targets": []}]}""");
        Path tmp = Files.createTempFile("key", ".facts.json");
        try {
            Files.writeString(tmp, """
                    {"inputs": ["x.txt"], "checks": [
                     {"path": "municipality", "equals": "入間市"},
                     {"path": "department", "equals": "市民 部"},
                     {"path": "goals[*].number", "set": [1, 2, 3]},
                     {"path": "goals[number=1].targets[*]", "quantities": ["3 回"]},
                     {"path": "goals[*].title", "contains": ["講演"]}]}""");
            AnswerKey.Score s = AnswerKey.read(tmp).score(doc);
            // municipality: 0/1 (nothing produced); department 1/1; numbers 2 of 3; quantity 1/1; contains 1/1
            assertEquals(5, s.truePositives());
            assertEquals(7, s.expected());
            assertEquals(5, s.produced());
            assertFalse(s.perfect());
        } finally {
            Files.delete(tmp);
        }
    }
}
