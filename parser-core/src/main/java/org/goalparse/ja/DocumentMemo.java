package org.goalparse.ja;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the language analysis works out for a text, remembered while one document is read. A document's sentences
 * are asked about more than once: a goal's text goes through the quantity extractor for {@code PromisedText}, then
 * {@code ReportedSentences}, {@code LabelledTargets}, {@code ThresholdQualifiers} and the goal itself, each time
 * sentence by sentence; and the same short texts go through Kuromoji from several rules (a number and the word after
 * it, for a list marker or a counter; the words around a space). Inside a scope ({@link #open}) on the current
 * thread, {@link QuantityExtractor} and {@link Morphology} keep their results by text and answer a repeat from
 * memory; outside any scope they compute every time. Both are pure functions of the text, and the results kept are
 * immutable, so a remembered answer is the answer.
 *
 * <p>Scopes nest: the outermost owns the memo and inner ones join it (a stage called on its own opens one; called
 * from elsewhere inside a scope it joins that one). The memo belongs to its thread, is dropped when the outermost scope
 * closes, and holds at most {@link #LIMIT} texts of each kind, so it never outlives or outgrows one document.
 */
public final class DocumentMemo {
    /** Texts kept per kind; past it, new texts are computed and not kept (a document has a few thousand). */
    static final int LIMIT = 50_000;

    private static final ThreadLocal<DocumentMemo> CURRENT = new ThreadLocal<>();
    private static final Scope JOINED = () -> { };

    private final Map<String, List<Morpheme>> morphemes = new HashMap<>();
    private final Map<Sentence, List<QuantityMatch>> quantities = new HashMap<>();

    private DocumentMemo() {
    }

    /**
     * Opens a scope on the current thread, to close when the document is read ({@code try (var memo =
     * DocumentMemo.open()) {…}}): a new memo, or the open one joined.
     */
    public static Scope open() {
        if (CURRENT.get() != null) {
            return JOINED;
        }
        CURRENT.set(new DocumentMemo());
        return CURRENT::remove;
    }

    /** {@code tokenize.apply(text)}, remembered in the current scope. */
    static List<Morpheme> morphemes(String text, Function<String, List<Morpheme>> tokenize) {
        DocumentMemo memo = CURRENT.get();
        return memo == null ? tokenize.apply(text) : remember(memo.morphemes, text, t -> List.copyOf(tokenize.apply(t)));
    }

    /** {@code find.apply(sentence)}, remembered in the current scope by the sentence and the fiscal year. */
    static List<QuantityMatch> quantities(String sentence, Integer fiscalYear,
            Function<String, List<QuantityMatch>> find) {
        DocumentMemo memo = CURRENT.get();
        return memo == null ? find.apply(sentence)
                : remember(memo.quantities, new Sentence(sentence, fiscalYear), s -> List.copyOf(find.apply(s.text())));
    }

    private static <K, V> V remember(Map<K, V> map, K key, Function<K, V> compute) {
        V known = map.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (map.size() < LIMIT) {
            map.put(key, value);
        }
        return value;
    }

    /** A scope of the memo: closing the outermost drops it. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private record Sentence(String text, Integer fiscalYear) {
    }
}
