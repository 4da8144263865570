package org.goalparse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.ocr.OcrSettings;
import org.goalparse.extract.pdf.PdfExtractor;
import org.goalparse.extract.text.TextExtractor;
import org.goalparse.extract.tika.TikaExtractor;
import org.goalparse.layout.Layout;
import org.goalparse.source.Source;

/**
 * Detects the type from content and hands the bytes to the one extractor for that type. The heavy
 * extractors (Tika, PDFBox) are built on first use, once, and shared: they are thread-safe. PDFs are OCRed as the
 * {@link OcrSettings} say (pages without a usable text layer, by default).
 */
public final class DetectingExtractor implements Extractor {
    private final TextExtractor text;
    private final Lazy<TikaExtractor> tika;
    private final Lazy<PdfExtractor> pdf;
    private final OcrSettings ocr;
    private final String password;
    private final PageSelection pages;

    public DetectingExtractor() {
        this(OcrSettings.defaults());
    }

    /** Opens password-protected PDFs with {@code password} (null: none). */
    public DetectingExtractor(String password) {
        this(new TextExtractor(), new Lazy<>(TikaExtractor::new), OcrSettings.defaults(), password, null);
    }

    public DetectingExtractor(OcrSettings ocr) {
        this(new TextExtractor(), new Lazy<>(TikaExtractor::new), ocr, null, null);
    }

    private DetectingExtractor(TextExtractor text, Lazy<TikaExtractor> tika, OcrSettings ocr, String password,
            PageSelection pages) {
        this.text = text;
        this.tika = tika;
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        this.password = password;
        this.pages = pages;
        this.pdf = new Lazy<>(() -> new PdfExtractor(ocr));
    }

    /** The OCR settings PDFs are read with. */
    public OcrSettings ocr() {
        return ocr;
    }

    /** The same extractor (sharing the Tika extractor) with other OCR settings. */
    public DetectingExtractor withOcr(OcrSettings settings) {
        return new DetectingExtractor(text, tika, settings, password, pages);
    }

    /** The same detection (sharing the Tika extractor) with another PDF password. */
    public DetectingExtractor withPassword(String newPassword) {
        return new DetectingExtractor(text, tika, ocr, newPassword, pages);
    }

    /**
     * The same detection reading only {@code selection}'s pages of a PDF (null: every page). Other formats have no
     * fixed pages and are read whole, with a warning that says so.
     */
    public DetectingExtractor withPages(PageSelection selection) {
        return new DetectingExtractor(text, tika, ocr, password, selection);
    }

    /** The pages of a PDF read, null for all. */
    public PageSelection pages() {
        return pages;
    }

    @Override
    public Layout extract(Source source) throws GoalParseException {
        byte[] bytes = Objects.requireNonNull(source.bytes(), "the source's bytes must be in memory");
        TypeDetector.Detected detected = TypeDetector.detect(bytes);
        Layout layout = extract(source, bytes, detected);
        List<String> warnings = new ArrayList<>(layout.warnings());
        if (detected.warning() != null) {
            warnings.add(0, detected.warning());
        }
        if (pages != null && detected.type() != DocType.PDF) {
            warnings.add(0, pages.asked() + ", but " + article(detected.type())
                    + " has no fixed pages" + (detected.type() == DocType.XLSX ? " (its sheets are not pages)" : "")
                    + ": the whole document was read");
        }
        return warnings.size() == layout.warnings().size() ? layout : layout.withWarnings(warnings);
    }

    private static String article(DocType type) {
        return switch (type) {
            case TEXT -> "a text file";
            case HTML -> "an HTML page";
            case DOCX -> "a Word document";
            case OLE2 -> "an Office (.doc/.xls) file";
            case XLSX -> "an Excel workbook";
            case PDF -> "a PDF";
        };
    }

    private Layout extract(Source source, byte[] bytes, TypeDetector.Detected detected) throws GoalParseException {
        try {
            return switch (detected.type()) {
                case TEXT -> text.extract(detected.text(), DocType.TEXT.mediaType());
                case PDF -> pdf.get().extract(bytes, password, pages);
                case DOCX, XLSX -> {
                    ArchiveGuard.check(source); // POI inflates a part whole: refuse a zip bomb before it does
                    yield tika.get().extract(bytes, detected.type());
                }
                case HTML -> tika.get().extractHtml(detected.text());
                case OLE2 -> tika.get().extract(bytes, detected.type());
            };
        } catch (GoalParseException | org.goalparse.Cancellation.Cancelled e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new GoalParseException(Status.UNREADABLE,
                    "the " + label(detected.type()) + " file is damaged or malformed and cannot be read", e);
        }
    }

    static String label(DocType type) {
        return switch (type) {
            case PDF -> "PDF";
            case DOCX -> "Word";
            case XLSX -> "Excel";
            case HTML -> "HTML";
            case OLE2 -> "Office";
            case TEXT -> "text";
        };
    }

    /** A value built on first use, once, safely published. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
