package org.goalparse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The floor: what it costs to get the characters out of the files at all. A PDF is read and loaded and
 * its text taken out with PDFBox's own {@link PDFTextStripper} (default settings); a text file is read
 * and decoded.
 */
final class Floor {
    private Floor() {
    }

    /** The length of the document's text. */
    static long extract(CorpusDoc d) {
        return extract(d, false);
    }

    /**
     * The same with the document's fonts kept in its resource cache from page to page, as goalparse's extractor keeps
     * them ({@code PDFTextStripper} drops each page's fonts when the page is done, so a font on every page is parsed
     * again on every page): the stricter floor, what the characters cost when nothing is read twice.
     */
    static long extractKeepingFonts(CorpusDoc d) {
        return extract(d, true);
    }

    private static long extract(CorpusDoc d, boolean keepFonts) {
        try {
            byte[] bytes = Files.readAllBytes(d.path());
            if (!d.pdf()) {
                return new String(bytes, StandardCharsets.UTF_8).length();
            }
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                if (keepFonts) {
                    doc.setResourceCache(new DefaultResourceCache() {
                        @Override
                        public PDFont removeFont(COSObject indirect) {
                            return null;
                        }
                    });
                }
                return new PDFTextStripper().getText(doc).length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(d.path().toString(), e);
        }
    }
}
