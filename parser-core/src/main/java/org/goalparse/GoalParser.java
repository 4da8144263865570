package org.goalparse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.goalparse.extract.DetectingExtractor;
import org.goalparse.extract.Extractor;
import org.goalparse.interpret.DocumentInterpreter;
import org.goalparse.interpret.Interpreter;
import org.goalparse.layout.Layout;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.SourceInfo;
import org.goalparse.normalize.Normalizer;
import org.goalparse.normalize.TextNormalizer;
import org.goalparse.outline.Outline;
import org.goalparse.segment.OutlineSegmenter;
import org.goalparse.segment.Segmenter;
import org.goalparse.source.Source;

/**
 * The entry point: built once, immutable and thread-safe, {@link #parse(Source)} as often as needed.
 * <pre>
 * GoalParser parser = GoalParser.builder().build();
 * GoalDocument doc = parser.parse(Source.of(Path.of("goals.pdf")));
 * </pre>
 * The pipeline: extract -> normalize -> segment -> interpret.
 */
public final class GoalParser {
    /** 64 MiB: larger than any city's goal document, small enough to refuse a mistaken video file. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Extractor extractor;
    private final Normalizer normalizer;
    private final Segmenter segmenter;
    private final Interpreter interpreter;
    private final long maxBytes;

    private GoalParser(Builder b) {
        this.extractor = b.extractor;
        this.normalizer = b.normalizer;
        this.segmenter = b.segmenter;
        this.interpreter = b.interpreter;
        this.maxBytes = b.maxBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The largest document this parser reads, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The same parser (sharing its stages) with another size limit; this one is unchanged. */
    public GoalParser withMaxBytes(long max) {
        Builder b = new Builder().extractor(extractor).normalizer(normalizer).segmenter(segmenter)
                .interpreter(interpreter).maxBytes(max);
        return new GoalParser(b);
    }

    /** Parses one document. */
    public GoalDocument parse(Source source) throws GoalParseException {
        Read read = read(source);
        Layout layout = normalizer.normalize(extractor.extract(read.source));
        Outline outline = segmenter.segment(layout);
        SourceInfo info = new SourceInfo(source.fileName(), read.sha256, layout.mediaType(), layout.pageCount(),
                layout.extractor(), source.url(), source.published());
        GoalDocument doc = interpreter.interpret(outline, info, source.municipality());
        if (layout.warnings().isEmpty()) {
            return doc;
        }
        java.util.List<String> warnings = new java.util.ArrayList<>(layout.warnings());
        warnings.addAll(doc.warnings());
        return new GoalDocument(doc.schemaVersion(), doc.source(), doc.municipality(), doc.department(),
                doc.fiscalYear(), doc.head(), doc.divisions(), doc.basicDirection(), doc.priorityPolicies(),
                doc.goals(), doc.projects(), doc.indicators(), doc.midTermGoals(), doc.sections(), doc.quality(), warnings);
    }

    /** The normalized layout the parser sees (for {@code goalparse text}). */
    public Layout text(Source source) throws GoalParseException {
        return normalizer.normalize(extractor.extract(read(source).source));
    }

    private record Read(Source source, String sha256) {
    }

    private Read read(Source source) throws GoalParseException {
        byte[] data = source.read(maxBytes);
        Source inMemory = new Source(source.name(), null, data, source.municipality(), source.url(),
                source.published());
        return new Read(inMemory, sha256(data));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Configures a parser; every stage has a default. */
    public static final class Builder {
        private Extractor extractor = new DetectingExtractor();
        private Normalizer normalizer = new TextNormalizer();
        private Segmenter segmenter = new OutlineSegmenter();
        private Interpreter interpreter = new DocumentInterpreter();
        private long maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {
        }

        public Builder extractor(Extractor e) {
            this.extractor = Objects.requireNonNull(e);
            return this;
        }

        public Builder normalizer(Normalizer n) {
            this.normalizer = Objects.requireNonNull(n);
            return this;
        }

        public Builder segmenter(Segmenter s) {
            this.segmenter = Objects.requireNonNull(s);
            return this;
        }

        public Builder interpreter(Interpreter i) {
            this.interpreter = Objects.requireNonNull(i);
            return this;
        }

        public Builder maxBytes(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            this.maxBytes = max;
            return this;
        }

        public GoalParser build() {
            org.goalparse.ja.Morphology.preload();
            return new GoalParser(this);
        }
    }
}
