package org.goalparse.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentMemoTest {
    private static final String SENTENCE = "相談件数を年間300件以上とする。";

    private final AtomicInteger computed = new AtomicInteger();

    private List<QuantityMatch> find(String sentence) {
        computed.incrementAndGet();
        return QuantityExtractor.get().findAll(sentence, null);
    }

    @Test
    void outsideAScopeEveryCallComputes() {
        List<QuantityMatch> a = DocumentMemo.quantities(SENTENCE, null, this::find);
        List<QuantityMatch> b = DocumentMemo.quantities(SENTENCE, null, this::find);
        assertEquals(2, computed.get());
        assertEquals(a, b);
    }

    @Test
    void insideAScopeARepeatIsRemembered() {
        List<QuantityMatch> outside = QuantityExtractor.get().findAll(SENTENCE, null);
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            List<QuantityMatch> a = DocumentMemo.quantities(SENTENCE, null, this::find);
            List<QuantityMatch> b = DocumentMemo.quantities(SENTENCE, null, this::find);
            assertSame(a, b);
            assertEquals(outside, a);
            DocumentMemo.quantities(SENTENCE, 2022, this::find); // another fiscal year is another question
            assertEquals(2, computed.get());
        }
    }

    @Test
    void anInnerScopeJoinsAndTheOutermostDropsTheMemo() {
        List<QuantityMatch> first;
        try (DocumentMemo.Scope outer = DocumentMemo.open()) {
            try (DocumentMemo.Scope inner = DocumentMemo.open()) {
                first = DocumentMemo.quantities(SENTENCE, null, this::find);
            }
            assertSame(first, DocumentMemo.quantities(SENTENCE, null, this::find)); // the inner scope's close kept it
        }
        assertNotSame(first, DocumentMemo.quantities(SENTENCE, null, this::find));
        assertEquals(2, computed.get());
    }

    @Test
    void findAllGivesTheSameOffsetsFromMemory() {
        String text = "来場者数 5,000人以上\n" + SENTENCE + "\n" + SENTENCE;
        List<QuantityMatch> computedFresh = QuantityExtractor.get().findAll(text, null);
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            assertEquals(computedFresh, QuantityExtractor.get().findAll(text, null));
            assertEquals(computedFresh, QuantityExtractor.get().findAll(text, null));
        }
    }

    @Test
    void morphemesAreAnalysedOncePerScope() {
        Morphology m = Morphology.get();
        List<Morpheme> outside = m.tokenize("地区センター");
        assertNotSame(outside, m.tokenize("地区センター"));
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            List<Morpheme> a = m.tokenize("地区センター");
            assertEquals(outside, a);
            assertSame(a, m.tokenize("地区センター"));
        }
    }
}
