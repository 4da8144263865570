package org.goalparse.ja;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji (Lucene's maintained build, IPADIC) behind one small API. Thread-safe: each thread reuses
 * its own tokenizer; the dictionary itself is loaded once per JVM by Lucene and shared. Within a
 * {@link DocumentMemo} scope a text is analysed once.
 */
public final class Morphology {
    private static final Morphology INSTANCE = new Morphology();
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * One tokenizer per thread, reused from call to call (Lucene's own reuse pattern: setReader, reset, end,
     * close), because building one allocates its lattice buffers and attributes afresh: over a corpus that cost
     * a fifth of all the time spent in Kuromoji.
     */
    private static final ThreadLocal<Reusable> TOKENIZERS = ThreadLocal.withInitial(Reusable::new);

    private Morphology() {
    }

    public static Morphology get() {
        return INSTANCE;
    }

    /**
     * Starts loading the dictionary (about 0.4 s) on a daemon thread, so that it overlaps reading the document
     * instead of following it. Idempotent; a caller that needs the dictionary first simply waits for the load.
     * The loading thread is never interrupted: an interrupted load leaves Lucene's dictionary classes unusable.
     */
    public static void preload() {
        if (PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> INSTANCE.tokenize("入間市"), "goalparse-kuromoji-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Morphemes of {@code text} in order, punctuation included, in NORMAL mode (no decompounding); unmodifiable (it may
     * be the list of an earlier call, remembered in the thread's {@link DocumentMemo}).
     */
    public List<Morpheme> tokenize(String text) {
        return DocumentMemo.morphemes(text, this::analyse);
    }

    private List<Morpheme> analyse(String text) {
        Reusable r = TOKENIZERS.get();
        List<Morpheme> out = new ArrayList<>();
        boolean clean = false;
        try {
            r.tokenizer.setReader(new StringReader(text));
            r.tokenizer.reset();
            while (r.tokenizer.incrementToken()) {
                String p = r.pos.getPartOfSpeech();
                out.add(new Morpheme(r.term.toString(), p == null ? "未知語" : p, r.base.getBaseForm(),
                        r.reading.getReading(), r.offset.startOffset(), r.offset.endOffset()));
            }
            r.tokenizer.end();
            r.tokenizer.close();
            clean = true;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        } finally {
            if (!clean) {
                TOKENIZERS.remove(); // a tokenizer left mid-stream cannot be reset: the next call builds a fresh one
            }
        }
        return List.copyOf(out);
    }

    private static final class Reusable {
        final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
        final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    }
}
