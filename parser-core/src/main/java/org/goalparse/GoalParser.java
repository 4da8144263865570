package org.goalparse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.goalparse.extract.DetectingExtractor;
import org.goalparse.extract.Extractor;
import org.goalparse.extract.ocr.OcrSettings;
import org.goalparse.interpret.DocumentInterpreter;
import org.goalparse.interpret.Interpreter;
import org.goalparse.ja.DocumentMemo;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.SourceInfo;
import org.goalparse.normalize.Normalizer;
import org.goalparse.normalize.TextNormalizer;
import org.goalparse.outline.Outline;
import org.goalparse.provenance.ValueLocator;
import org.goalparse.segment.OutlineSegmenter;
import org.goalparse.segment.Segmenter;
import org.goalparse.source.Source;
import org.goalparse.split.DepartmentSplitter;
import org.goalparse.split.Split;
import org.goalparse.split.Splitter;

/**
 * The entry point: built once, immutable and thread-safe, {@link #parse(Source)} as often as needed.
 * <pre>
 * GoalParser parser = GoalParser.builder().build();
 * GoalDocument doc = parser.parse(Source.of(Path.of("goals.pdf")));
 * </pre>
 * The pipeline: extract -> normalize -> split (a file of several departments) -> segment -> interpret.
 */
public final class GoalParser {
    /** 64 MiB: larger than any city's goal document, small enough to refuse a mistaken video file. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Extractor extractor;
    private final Normalizer normalizer;
    private final Segmenter segmenter;
    private final Interpreter interpreter;
    private final Splitter splitter;
    private final long maxBytes;
    private final boolean provenance;

    private GoalParser(Builder b) {
        this(b.extractor, b.normalizer, b.segmenter, b.interpreter, b.splitter, b.maxBytes, b.provenance);
    }

    /** The stages as they are: the with-methods share them instead of building a Builder's defaults to replace. */
    private GoalParser(Extractor extractor, Normalizer normalizer, Segmenter segmenter, Interpreter interpreter,
            Splitter splitter, long maxBytes, boolean provenance) {
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.segmenter = segmenter;
        this.interpreter = interpreter;
        this.splitter = splitter;
        this.maxBytes = maxBytes;
        this.provenance = provenance;
    }

    /** This parser's stages and limit with another extractor. */
    private GoalParser withExtractor(Extractor e) {
        return new GoalParser(e, normalizer, segmenter, interpreter, splitter, maxBytes, provenance);
    }

    private static long positive(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        return maxBytes;
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
        return new GoalParser(extractor, normalizer, segmenter, interpreter, splitter, positive(max), provenance);
    }

    /**
     * The same parser (sharing its stages) giving each record the provenance of its values ({@code provenance}:
     * page, box and span of every value found in the source) or not.
     */
    public GoalParser withProvenance(boolean on) {
        return new GoalParser(extractor, normalizer, segmenter, interpreter, splitter, maxBytes, on);
    }

    /** Whether records carry the provenance of their values. */
    public boolean provenance() {
        return provenance;
    }

    /**
     * The same parser opening password-protected PDFs with {@code password} (null: none). Only the default
     * extractor ({@link DetectingExtractor}) takes a password; a parser built with another keeps it as it is.
     */
    public GoalParser withPassword(String password) {
        return withExtractor(extractor instanceof DetectingExtractor d ? d.withPassword(password) : extractor);
    }

    /**
     * The same parser reading only {@code selection}'s pages of a PDF (null: all of them): only those are extracted,
     * OCRed and split into departments; {@code source.pagesRead} says which were read, {@code source.pages} stays
     * the document's count. A selection with no page in the document fails as UNREADABLE; one past its end reads
     * the pages there are, with a warning; other formats are read whole, with a warning. Only the default extractor
     * ({@link DetectingExtractor}) reads a selection; a parser built with another keeps it as it is.
     */
    public GoalParser withPages(org.goalparse.extract.PageSelection selection) {
        return withExtractor(extractor instanceof DetectingExtractor d ? d.withPages(selection) : extractor);
    }

    /**
     * The same parser (sharing its stages) reading PDFs with other OCR settings ({@code --ocr}, {@code --ocr-lang});
     * a parser with an extractor of its own (not the default {@link DetectingExtractor}) is returned unchanged.
     */
    public GoalParser withOcr(OcrSettings settings) {
        if (!(extractor instanceof DetectingExtractor d)) {
            return this;
        }
        return withExtractor(d.withOcr(settings));
    }

    /** The OCR settings PDFs are read with (those of {@link OcrSettings#defaults()} for a custom extractor). */
    public OcrSettings ocr() {
        return extractor instanceof DetectingExtractor d ? d.ocr() : OcrSettings.defaults();
    }

    /**
     * Parses one file into one record per department it holds: a single record, with {@code source.part} null,
     * for a file of one department; for a city's whole year in one file, one record per department, each with
     * its {@code source.part} (index, count, where it lies), in file order.
     */
    public List<GoalDocument> parseAll(Source source) throws GoalParseException {
        // one memo for the whole file, its departments' parts included (each stage joins it)
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            return parseAllOnce(source);
        } catch (Cancellation.Cancelled e) {
            throw Cancellation.timeout(e);
        }
    }

    private List<GoalDocument> parseAllOnce(Source source) throws GoalParseException {
        Normalized n = normalized(source);
        Split split = splitter.split(n.layout);
        if (!split.isSplit()) {
            return List.of(document(n.layout, n.info, source.municipality()).withWarningsAdded(split.warnings()));
        }
        return Parts.assemble(split, n.info, source.municipality(), this::document);
    }

    /**
     * Parses one file as one record, whatever it holds. A file of several departments comes back whole, with a
     * warning that names its parts: {@link #parseAll} gives one record each.
     */
    public GoalDocument parse(Source source) throws GoalParseException {
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            return parseWhole(source);
        } catch (Cancellation.Cancelled e) {
            throw Cancellation.timeout(e);
        }
    }

    private GoalDocument parseWhole(Source source) throws GoalParseException {
        Normalized n = normalized(source);
        GoalDocument doc = document(n.layout, n.info, source.municipality());
        Split split = splitter.split(n.layout);
        if (!split.isSplit()) {
            return doc.withWarningsAdded(split.warnings());
        }
        return doc.withWarningsAdded(List.of("the file holds " + split.parts().size() + " departments ("
                + Parts.describe(split) + ") read here as one record; parseAll (goalparse parse) gives one record each"));
    }

    /** A file read, extracted and normalized, with what its record's {@code source} says of it. */
    private record Normalized(Layout layout, SourceInfo info) {
    }

    private Normalized normalized(Source source) throws GoalParseException {
        Read read = read(source);
        Cancellation.check();
        Layout extracted = extractor.extract(read.source);
        Cancellation.check();
        Layout layout = normalizer.normalize(extracted);
        if (provenance) {
            // each line with its offsets in `goalparse text` of the whole file, before a split into parts
            layout = LayoutText.stamped(layout);
        }
        return new Normalized(layout, new SourceInfo(source.fileName(), source.givenPath(), read.sha256,
                layout.mediaType(), layout.pageCount(), layout.extractor(), source.url(), source.published(), null,
                layout.ocr(), layout.pagesRead()));
    }

    /** Segments and interprets one layout (a whole file or one department's part of it). */
    private GoalDocument document(Layout layout, SourceInfo info, String municipality) {
        Cancellation.check();
        Outline outline = segmenter.segment(layout);
        Cancellation.check();
        GoalDocument doc = interpreter.interpret(outline, info, municipality);
        if (provenance) {
            Cancellation.check();
            doc = doc.withProvenance(ValueLocator.locate(doc, layout));
        }
        if (layout.warnings().isEmpty()) {
            return doc;
        }
        List<String> warnings = new ArrayList<>(layout.warnings());
        warnings.addAll(doc.warnings());
        return doc.withWarnings(warnings);
    }

    /** The normalized layout the parser sees (for {@code goalparse text}). */
    public Layout text(Source source) throws GoalParseException {
        try {
            return normalizer.normalize(extractor.extract(read(source).source));
        } catch (Cancellation.Cancelled e) {
            throw Cancellation.timeout(e);
        }
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
        private Splitter splitter = new DepartmentSplitter();
        private long maxBytes = DEFAULT_MAX_BYTES;
        private boolean provenance;

        private Builder() {
        }

        /** Whether records carry the provenance of their values (off by default). */
        public Builder provenance(boolean on) {
            this.provenance = on;
            return this;
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

        /** How a file is split into departments; {@link Splitter#NONE} reads every file as one. */
        public Builder splitter(Splitter s) {
            this.splitter = Objects.requireNonNull(s);
            return this;
        }

        public Builder maxBytes(long max) {
            this.maxBytes = positive(max);
            return this;
        }

        public GoalParser build() {
            org.goalparse.ja.Morphology.preload();
            return new GoalParser(this);
        }
    }
}
