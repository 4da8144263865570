package org.goalparse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.goalparse.GoalParseException;
import org.goalparse.extract.DetectingExtractor;
import org.goalparse.interpret.DocumentInterpreter;
import org.goalparse.layout.Layout;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.SourceInfo;
import org.goalparse.normalize.TextNormalizer;
import org.goalparse.outline.Outline;
import org.goalparse.segment.OutlineSegmenter;
import org.goalparse.source.Source;

/**
 * The per-stage split: the same work as {@link FullParse}, with each stage called through its interface
 * and timed on its own (the pipeline itself is not instrumented). Times are per stage and per kind
 * (PDF, text), summed over the corpus.
 */
final class StageSplit {
    private final DetectingExtractor extractor = new DetectingExtractor();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final OutlineSegmenter segmenter = new OutlineSegmenter();
    private final DocumentInterpreter interpreter = new DocumentInterpreter();

    /** nanos[kind][stage], kind 0 = PDF, 1 = text. */
    long[][] run(List<CorpusDoc> docs) {
        long[][] nanos = new long[2][Stage.values().length];
        for (CorpusDoc d : docs) {
            try {
                one(d, nanos[d.pdf() ? 0 : 1]);
            } catch (GoalParseException e) {
                // a failed document costs what it cost up to the failure, like in the command
            }
        }
        return nanos;
    }

    private void one(CorpusDoc d, long[] acc) throws GoalParseException {
        long t0 = System.nanoTime();
        byte[] bytes = read(d);
        String sha = sha256(bytes);
        long t1 = System.nanoTime();
        Layout extracted = extractor.extract(Source.of(d.path().getFileName().toString(), bytes));
        long t2 = System.nanoTime();
        Layout layout = normalizer.normalize(extracted);
        long t3 = System.nanoTime();
        Outline outline = segmenter.segment(layout);
        long t4 = System.nanoTime();
        SourceInfo info = new SourceInfo(d.path().getFileName().toString(), sha, layout.mediaType(),
                layout.pageCount(), layout.extractor());
        GoalDocument doc = interpreter.interpret(outline, info, null);
        long t5 = System.nanoTime();
        String json = GoalJson.compact(doc);
        long t6 = System.nanoTime();
        if (json.isEmpty()) {
            throw new IllegalStateException("empty JSON");
        }
        acc[Stage.READ.ordinal()] += t1 - t0;
        acc[Stage.EXTRACT.ordinal()] += t2 - t1;
        acc[Stage.NORMALIZE.ordinal()] += t3 - t2;
        acc[Stage.SEGMENT.ordinal()] += t4 - t3;
        acc[Stage.INTERPRET.ordinal()] += t5 - t4;
        acc[Stage.JSON.ordinal()] += t6 - t5;
    }

    private static byte[] read(CorpusDoc d) {
        try {
            return Files.readAllBytes(d.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
