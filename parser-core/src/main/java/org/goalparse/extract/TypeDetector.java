package org.goalparse.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.text.CharsetGuesser;

/**
 * Recognizes a document's type from its bytes (never from its name): magic numbers for PDF, ZIP and OLE2,
 * the entries inside a ZIP for DOCX/XLSX, the first markup for HTML, strict decoding for text.
 */
public final class TypeDetector {
    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<body", "<p>", "<p ",
        "<div", "<table", "<meta", "<title", "<h1", "<h2", "<h3", "<ul", "<ol", "<br"};

    /**
     * A detected type; {@code text} is the decoded text for TEXT and HTML-as-text, else null; {@code warning} says
     * how a damaged text was read (invalid bytes read as U+FFFD), else null.
     */
    public record Detected(DocType type, String text, String warning) {
        public Detected(DocType type, String text) {
            this(type, text, null);
        }
    }

    private TypeDetector() {
    }

    public static Detected detect(byte[] b) throws GoalParseException {
        if (b.length == 0) {
            throw new GoalParseException(Status.UNREADABLE, "file is empty");
        }
        if (startsWith(b, 0, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) {
            return new Detected(DocType.PDF, null);
        }
        if (startsWith(b, 0, "PK\u0003\u0004")) {
            return new Detected(zipType(b), null);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0) {
            if (indexOf(b, "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", b.length) >= 0) {
                throw new GoalParseException(Status.ENCRYPTED, "the document is password-protected");
            }
            return new Detected(DocType.OLE2, null);
        }
        String image = imageKind(b);
        if (image != null) {
            throw new GoalParseException(Status.UNSUPPORTED, "this is an image (" + image + "), not a text document");
        }
        Optional<CharsetGuesser.Decoded> decoded = CharsetGuesser.decode(b);
        if (decoded.isEmpty()) {
            throw new GoalParseException(Status.UNREADABLE,
                    "not a document goalparse can read (neither PDF, Word, Excel, HTML nor text)");
        }
        String text = decoded.get().text();
        CharsetGuesser.Damage damage = decoded.get().damage();
        return new Detected(looksLikeHtml(text) ? DocType.HTML : DocType.TEXT, text,
                damage == null ? null : damage.warning(decoded.get().charset()));
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") || head.startsWith("<!--")) {
            return head.contains("<html") || head.contains("<!doctype html");
        }
        for (String s : HTML_STARTS) {
            if (head.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static DocType zipType(byte[] b) throws GoalParseException {
        boolean opendocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (name.equals("word/document.xml")) {
                    return DocType.DOCX;
                }
                if (name.equals("xl/workbook.xml")) {
                    return DocType.XLSX;
                }
                opendocument |= name.equals("content.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new GoalParseException(Status.UNREADABLE, "the ZIP archive is damaged and cannot be opened", e);
        }
        throw new GoalParseException(Status.UNSUPPORTED, opendocument
                ? "OpenDocument files are not supported; save it as .docx, .xlsx or PDF"
                : "a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) document");
    }

    private static String imageKind(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && startsWith(b, 1, "PNG")) {
            return "PNG";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (startsWith(b, 0, "GIF8")) {
            return "GIF";
        }
        if (startsWith(b, 0, "II*\0") || startsWith(b, 0, "MM\0*")) {
            return "TIFF";
        }
        if (startsWith(b, 0, "BM") && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return "BMP";
        }
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")) {
            return "WebP";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (b.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, String ascii, int limit) {
        int end = Math.min(b.length, limit) - ascii.length();
        for (int i = 0; i <= end; i++) {
            if (startsWith(b, i, ascii)) {
                return i;
            }
        }
        return -1;
    }
}
