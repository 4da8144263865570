package org.goalparse.golden;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample against its golden file {@code golden/<file name>.json}: the parse must validate against the schema
 * and equal the golden tree; a failure names the document and the first differing field.
 * With {@code -Dgolden.update=true} the golden files are rewritten instead (review the diff before committing).
 */
class GoldenTest {
    static final String UPDATE_PROPERTY = "golden.update";
    private static final GoalParser PARSER = GoalParser.builder().build();

    static Stream<Named<Path>> samples() {
        List<Path> samples = new java.util.ArrayList<>(Samples.all());
        List<Path> genre = Samples.genre();
        if (samples.isEmpty() || genre.isEmpty()) {
            throw new IllegalStateException("no sample documents in " + RepoRoot.samples()
                    + " or its genre/ folder: the golden test would test nothing");
        }
        samples.addAll(genre);
        return samples.stream().map(p -> Named.of(RepoRoot.samples().relativize(p).toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void parseEqualsGolden(Path sample) throws Exception {
        String name = RepoRoot.samples().relativize(sample).toString();
        // named as from the repository's root (samples/x.pdf), so the golden file's source.path is the same anywhere
        String given = RepoRoot.get().relativize(sample).toString().replace('\\', '/');
        GoalDocument document = PARSER.parse(Source.named(given, sample));
        JsonNode actual = GoldenFiles.tree(document);
        List<String> violations = SchemaValidation.violations(actual);
        if (!violations.isEmpty()) {
            fail(name + ": output does not match the schema: " + violations);
        }

        // samples/genre/x.txt -> golden/genre/x.txt.json
        Path golden = GoldenFiles.goldenFor(RepoRoot.golden().resolve(RepoRoot.samples().relativize(sample))
                .getParent(), sample);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            GoldenFiles.write(golden, document);
            return;
        }
        if (!Files.isRegularFile(golden)) {
            fail(name + ": no golden file " + RepoRoot.get().relativize(golden) + "; create it with "
                    + "`mvn -B test -D" + UPDATE_PROPERTY + "=true` and review it before committing");
        }
        List<Difference> difference = GoldenFiles.differences(GoldenFiles.read(golden), actual, 1);
        difference.forEach(d -> fail(name + ": " + d.describe()));
    }
}
