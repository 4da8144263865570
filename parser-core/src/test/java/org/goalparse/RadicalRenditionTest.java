package org.goalparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goalparse.extract.Samples;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.SourceInfo;
import org.goalparse.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rendition whose fonts map ideographs to radical code points (a Type 3 font's ToUnicode: 民 as ⺠ U+2EA0,
 * 長 as ⻑ U+2ED1, 生 as ⽣ U+2F63, 戸 as ⼾ U+2F3E) reads as the sample does.
 */
class RadicalRenditionTest {
    private static final GoalParser PARSER = GoalParser.builder().build();
    private static final SourceInfo SAME = new SourceInfo("x", "0".repeat(64), "text/plain", null, "e");

    @ParameterizedTest
    @ValueSource(strings = {"iruma-2022-shiminseikatsubu.txt", "hiratsuka-2016-shiminbu.txt",
            "toyonaka-2022-shiminkyodobu.txt"})
    void radicalsForIdeographsReadAsTheIdeographs(String name) throws Exception {
        String text = new String(Samples.bytes(name), StandardCharsets.UTF_8);
        String radicals = text.replace("民", "\u2EA0").replace("長", "\u2ED1").replace("生", "\u2F63")
                .replace("戸", "\u2F3E");
        assertTrue(!radicals.equals(text), name + " holds none of the characters");
        List<GoalDocument> plain = PARSER.parseAll(Source.of(name, text.getBytes(StandardCharsets.UTF_8)));
        List<GoalDocument> odd = PARSER.parseAll(Source.of(name, radicals.getBytes(StandardCharsets.UTF_8)));
        assertEquals(plain.size(), odd.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(GoalJson.pretty(plain.get(i).withSource(SAME)), GoalJson.pretty(odd.get(i).withSource(SAME)));
        }
    }
}
