package org.goalparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.goalparse.extract.Samples;
import org.goalparse.extract.pdf.PdfExtractor;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** A cancelled parse stops at the pipeline's next checkpoint with TIMEOUT; an interrupted thread too. */
class CancellationTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    @Test
    void aCancelledTokenStopsEveryEntryPointWithTimeout() throws Exception {
        Source source = Source.of("x.txt", Samples.bytes("iruma-2022-shiminseikatsubu.txt"));
        Cancellation.Token token = new Cancellation.Token();
        token.cancel();
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> Cancellation.call(token, () -> PARSER.parseAll(source)));
        assertEquals(GoalParseException.Status.TIMEOUT, e.status());
        assertEquals(GoalParseException.Status.TIMEOUT, assertThrows(GoalParseException.class,
                () -> Cancellation.call(token, () -> PARSER.parse(source))).status());
        assertEquals(GoalParseException.Status.TIMEOUT, assertThrows(GoalParseException.class,
                () -> Cancellation.call(token, () -> PARSER.text(source))).status());
        // outside the token's scope the same parser parses
        assertEquals(1, PARSER.parseAll(source).size());
    }

    @Test
    void aPdfStopsBetweenPagesAndAnInterruptedThreadStopsToo() throws Exception {
        byte[] pdf = Samples.bytes("iruma-2022-shiminseikatsubu.pdf");
        Cancellation.Token token = new Cancellation.Token();
        // cancelled while the extractor reads: it stops before the next page, not at the end of the document
        GoalParser parser = GoalParser.builder().extractor(s -> {
            token.cancel();
            return new PdfExtractor().extract(s.bytes());
        }).build();
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> Cancellation.call(token, () -> parser.parseAll(Source.of("x.pdf", pdf))));
        assertEquals(GoalParseException.Status.TIMEOUT, e.status());

        Thread.currentThread().interrupt();
        try {
            assertEquals(GoalParseException.Status.TIMEOUT, assertThrows(GoalParseException.class,
                    () -> PARSER.parseAll(Source.of("x.pdf", pdf))).status());
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt stays set for the caller to see");
        }
    }
}
