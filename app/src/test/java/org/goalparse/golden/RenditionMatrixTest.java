package org.goalparse.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.goalparse.GoalParser;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The producer matrix (samples/renditions, made by tools/matrix/render.sh): every rendition of a sample parses to
 * the facts of the sample's answer key, scored as the project's scorer scores ({@link AnswerKey}), except for the
 * checks listed in {@link #KNOWN} with the reason each is still missed. A listed check that now passes fails the
 * test too, so the list only shrinks.
 */
class RenditionMatrixTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    private static final String FORM = "form fields side by side without rules (policy numbers in a column of"
            + " their own; LibreOffice joins a piece of the roles' column to a line of the names beside it) are read"
            + " apart from their values";

    /** rendition (folder/file) -> the check paths it is known to miss, each with the reason. */
    private static final Map<String, Map<String, String>> KNOWN = Map.ofEntries(
            Map.entry("libreoffice-borderless/isehara-2021-shiminseikatsubu.pdf", form()),
            Map.entry("reportlab-borderless/isehara-2021-shiminseikatsubu.pdf", Map.of(
                    "priorityPolicies[*].number", FORM, "priorityPolicies[*].title", FORM)));

    /**
     * Renditions missed as a whole (the gap is wider than a list of checks says): the facts they yield at least,
     * and why. The count may only go up.
     */
    private record Whole(int facts, String reason) {
    }

    private static final String TOYONAKA = "toyonaka without rules: the goal / result / issue columns are prose"
            + " columns taller than a page (split row by row by the printer) and the plan references side-by-side"
            + " cells; the mid-term steps wrap in a narrow column, so a goal's number stands apart from its title";
    private static final Map<String, Whole> WHOLE = Map.of(
            "chromium-borderless/toyonaka-2022-shiminkyodobu.pdf", new Whole(76, TOYONAKA),
            "libreoffice-borderless/toyonaka-2022-shiminkyodobu.pdf", new Whole(74, TOYONAKA));

    private static Map<String, String> form() {
        return Map.of("divisions[*].name", FORM, "priorityPolicies[*].number", FORM,
                "priorityPolicies[*].title", FORM);
    }

    static Stream<Named<Path[]>> renditions() throws Exception {
        Path keys = RepoRoot.samples().resolve("renditions/keys");
        List<Named<Path[]>> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(keys)) {
            for (Path k : s.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList()) {
                for (Path input : AnswerKey.read(k).inputs()) {
                    out.add(Named.of(name(input), new Path[] {k, input}));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no renditions under " + keys);
        }
        return out.stream();
    }

    private static String name(Path input) {
        return input.getParent().getFileName() + "/" + input.getFileName();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renditions")
    void everyRenditionYieldsItsKeyButTheKnownDifferences(Path[] keyAndInput) throws Exception {
        String name = name(keyAndInput[1]);
        AnswerKey key = AnswerKey.read(keyAndInput[0]);
        JsonNode doc = GoldenFiles.tree(PARSER.parse(Source.of(keyAndInput[1])));
        AnswerKey.Score s = key.score(doc);
        if (WHOLE.containsKey(name)) {
            Whole w = WHOLE.get(name);
            assertTrue(s.truePositives() >= w.facts(), name + ": " + s.truePositives() + " facts, fewer than the "
                    + w.facts() + " it yielded (" + w.reason() + ")");
            return;
        }
        Map<String, String> known = KNOWN.getOrDefault(name, Map.of());
        TreeSet<String> missed = new TreeSet<>();
        for (String m : s.misses()) {
            missed.add(m.substring(0, m.indexOf(": ")));
        }
        List<String> unexpected = s.misses().stream().filter(m -> !known.containsKey(m.substring(0, m.indexOf(": ")))).toList();
        assertTrue(unexpected.isEmpty(), name + " misses facts not on the known list: " + String.join("; ", unexpected));
        TreeSet<String> fixed = new TreeSet<>(known.keySet());
        fixed.removeAll(missed);
        assertTrue(fixed.isEmpty(), name + " now passes " + fixed + ": take them off the known list");
    }

    @Test
    void everyKnownDifferenceHasAReasonAndARendition() throws Exception {
        List<String> names = renditions().map(n -> n.getName()).toList();
        assertTrue(WHOLE.keySet().stream().allMatch(names::contains), "a rendition missed as a whole is no rendition");
        WHOLE.values().forEach(w -> assertFalse(w.reason().isBlank(), "a rendition missed as a whole needs its reason"));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("libreoffice-"))
                && names.stream().anyMatch(n -> n.startsWith("reportlab-")), "the keys name every producer's renditions");
        KNOWN.forEach((rendition, checks) -> {
            assertTrue(names.contains(rendition), rendition + " is on the known list but is no rendition");
            checks.values().forEach(reason -> assertFalse(reason.isBlank(), rendition + ": a known difference needs its reason"));
        });
        assertEquals(names.size(), names.stream().distinct().count());
    }
}
