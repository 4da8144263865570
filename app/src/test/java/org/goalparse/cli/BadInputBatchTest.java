package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.goalparse.golden.RepoRoot;
import org.goalparse.golden.Samples;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@link BadInputCorpus}) plus the samples in one batch: every input ends as a document or a
 * clear error record, none crashes or hangs the run, the counts add up, exit 1. The timeout is a hang guard only.
 * It is issue 13's "a batch over the samples and bad inputs piped through {@code jq -r .source.file} prints every
 * line": every line, document or error record, has the file's name as a string in {@code .source.file}, inputs
 * that are not files at all (a dangling link in a walked folder, a path that does not exist) included.
 */
class BadInputBatchTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyInputIsAccountedFor() throws Exception {
        long t0 = System.nanoTime();
        Map<String, Set<String>> expected = BadInputCorpus.write(dir.resolve("corpus"));
        System.out.println("corpus written in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createSymbolicLink(corpus.resolve("dangling.pdf"), dir.resolve("gone.pdf"));
        expected.put("dangling.pdf", Set.of("UNREADABLE"));
        byte[] text = java.nio.file.Files.readAllBytes(RepoRoot.sample("iruma-2022-shiminseikatsubu.txt"));
        java.nio.file.Files.write(corpus.resolve("cut.txt"), java.util.Arrays.copyOf(text, text.length - 1));
        expected.put("cut.txt", Set.of(BadInputCorpus.OK)); // cut in the middle of its last character
        java.nio.file.Files.write(corpus.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
            0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        expected.put("picture.txt", Set.of("UNSUPPORTED"));
        expected.put("missing.pdf", Set.of("UNREADABLE"));
        List<String> args = new java.util.ArrayList<>(List.of("batch", "--max-size", BadInputCorpus.MAX_SIZE,
                "--timeout", "300", "--jobs", "2", corpus.toString(), dir.resolve("missing.pdf").toString()));
        Samples.all().forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));

        int inputs = expected.size() + Samples.all().size();
        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(inputs, lines.size(), run::toString);
        Map<String, String> outcomes = new HashMap<>();
        int failed = 0;
        for (String line : lines) {
            JsonNode record = GoalJson.mapper().readTree(line);
            // jq -r .source.file: a string on every line, never null, never an error for a source that is no object
            assertTrue(record.path("source").isObject() && record.path("source").path("file").isTextual()
                    && !record.get("source").get("file").asText().isBlank(), line);
            if (record.has("error")) {
                failed++;
                assertEquals(List.of(), org.goalparse.golden.SchemaValidation.errorRecordViolations(record), line);
                String message = record.get("error").get("message").asText();
                assertFalse(message.isBlank(), line);
                assertFalse(message.contains("Exception"), line);
                outcomes.put(record.get("source").get("file").asText(), record.get("error").get("code").asText());
                assertTrue(record.get("source").get("sha256").isNull()
                        || record.get("source").get("sha256").asText().matches("[0-9a-f]{64}"), line);
            } else {
                outcomes.put(record.get("source").get("file").asText(), BadInputCorpus.OK);
            }
        }
        System.out.println("bad-input corpus outcomes: " + outcomes + "\n" + run.err());
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            assertTrue(e.getValue().contains(outcomes.get(e.getKey())),
                    e.getKey() + " ended as " + outcomes.get(e.getKey()) + ", expected one of " + e.getValue());
        }
        for (Path sample : Samples.all()) {
            assertEquals(BadInputCorpus.OK, outcomes.get(sample.getFileName().toString()), sample::toString);
        }
        assertEquals(summary(inputs, inputs - failed, failed), summaryOf(run), run::toString);
    }

    static String summary(int inputs, int ok, int failed) {
        return inputs + " inputs: " + ok + " ok, " + failed + " failed";
    }

    /** The summary line without its time. */
    static String summaryOf(CliRun run) {
        List<String> lines = run.errLines();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("goalparse: batch: "), last);
        return last.substring("goalparse: batch: ".length()).replaceAll(" in [0-9.]+ s$", "");
    }
}
