package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Line;
import org.goalparse.layout.Provenance;
import org.junit.jupiter.api.Test;

/**
 * Not an assertion of the rules but a measurement: every space decision over every line (and TAB-separated cell)
 * of the text samples, written to {@code target/space-decisions.txt} for people to read. The clear cases found here
 * are asserted in {@link SpuriousSpacesTest}.
 */
class SpaceDecisionsReportTest {
    private final TextNormalizer before = new TextNormalizer(List.of(new MarkupSplitter(), LineRule.of(new HtmlEntities()),
            LineRule.of(new MarkdownRemnants()), LineRule.of(new UnicodeFolding()), LineRule.of(new Whitespace())));
    private final SpuriousSpaces spaces = new SpuriousSpaces();

    @Test
    void reportsEverySpaceDecision() throws IOException {
        List<String> out = new ArrayList<>();
        int kept = 0;
        int removed = 0;
        for (Path p : Samples.texts()) {
            out.add("### " + p.getFileName());
            for (String raw : Samples.lines(p)) {
                for (String cell : raw.split("\t")) {
                    for (Line line : before.normalize(new Line(cell, Provenance.UNKNOWN))) {
                        String s = line.text();
                        for (SpuriousSpaces.Decision d : spaces.decide(s)) {
                            int i = d.index();
                            String ctx = s.substring(Math.max(0, i - 8), i) + "␣" + s.substring(i + 1, Math.min(s.length(), i + 9));
                            out.add((d.keep() ? "KEEP   " : "REMOVE ") + ctx + "    [" + d.reason() + "]");
                            if (d.keep()) {
                                kept++;
                            } else {
                                removed++;
                            }
                        }
                    }
                }
            }
        }
        out.add("kept " + kept + ", removed " + removed);
        Path report = Path.of("target", "space-decisions.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, out, StandardCharsets.UTF_8);
        assertFalse(out.isEmpty());
    }
}
