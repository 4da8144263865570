package org.goalparse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        try {
            byte[] bytes = Files.readAllBytes(d.path());
            if (!d.pdf()) {
                return new String(bytes, StandardCharsets.UTF_8).length();
            }
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(doc).length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(d.path().toString(), e);
        }
    }
}
