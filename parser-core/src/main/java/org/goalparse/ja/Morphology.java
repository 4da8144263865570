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
 * Kuromoji (Lucene's maintained build, IPADIC) behind one small API. Thread-safe: each call builds
 * its own tokenizer; the dictionary itself is loaded once per JVM by Lucene and shared.
 */
public final class Morphology {
    private static final Morphology INSTANCE = new Morphology();
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();

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

    /** Morphemes of {@code text} in order, punctuation included, in NORMAL mode (no decompounding). */
    public List<Morpheme> tokenize(String text) {
        List<Morpheme> out = new ArrayList<>();
        try (JapaneseTokenizer tok = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute base = tok.addAttribute(BaseFormAttribute.class);
            ReadingAttribute reading = tok.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset = tok.addAttribute(OffsetAttribute.class);
            tok.setReader(new StringReader(text));
            tok.reset();
            while (tok.incrementToken()) {
                String p = pos.getPartOfSpeech();
                out.add(new Morpheme(term.toString(), p == null ? "未知語" : p, base.getBaseForm(),
                        reading.getReading(), offset.startOffset(), offset.endOffset()));
            }
            tok.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return out;
    }
}
