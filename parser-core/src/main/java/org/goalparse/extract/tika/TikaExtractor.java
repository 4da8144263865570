package org.goalparse.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.DocType;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Page;
import org.xml.sax.SAXException;

/**
 * HTML, DOCX, XLSX and legacy Office (.doc/.xls) through the one Tika parser each type needs (never the
 * auto-detecting composite, which loads every parser), all feeding {@link XhtmlLayoutHandler}.
 * Parsers are created on first use and shared; Tika parsers are thread-safe.
 */
public final class TikaExtractor {
    private final Map<DocType, Parser> parsers = new ConcurrentHashMap<>();

    public Layout extract(byte[] bytes, DocType type) throws GoalParseException {
        return extract(bytes, type, new ParseContext());
    }

    /**
     * HTML already decoded ({@link org.goalparse.extract.TypeDetector}: strictly, or with U+FFFD for the bytes no
     * charset decodes): Tika is given the text as UTF-8 and told so, instead of the raw bytes it would decode again
     * its own way (its meta-tag and statistical detection), so the text read is the text the detection's warning
     * describes.
     */
    public Layout extractHtml(String html) throws GoalParseException {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, (in, metadata) -> StandardCharsets.UTF_8);
        return extract(html.getBytes(StandardCharsets.UTF_8), DocType.HTML, context);
    }

    private Layout extract(byte[] bytes, DocType type, ParseContext context) throws GoalParseException {
        Parser parser = parsers.computeIfAbsent(type, TikaExtractor::newParser);
        XhtmlLayoutHandler handler = new XhtmlLayoutHandler(type != DocType.HTML);
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new GoalParseException(Status.ENCRYPTED, "the document is password-protected", e);
        } catch (IOException | SAXException | TikaException e) {
            if (isEncrypted(e)) {
                throw new GoalParseException(Status.ENCRYPTED, "the document is password-protected", e);
            }
            throw new GoalParseException(Status.UNREADABLE, "the " + label(type) + " file is damaged and cannot be read", e);
        }
        List<Page> pages = handler.pages();
        if (handler.hasSheetPages() && (type == DocType.XLSX || type == DocType.OLE2)) {
            pages = CellAddresses.addressed(pages, bytes); // a workbook: each cell's A1 address, where sure
        }
        Integer pageCount = handler.hasSheetPages() ? pages.size() : null;
        return new Layout(type.mediaType(), pageCount, "tika-" + type.name().toLowerCase(java.util.Locale.ROOT),
                pages, List.of());
    }

    private static Parser newParser(DocType type) {
        return switch (type) {
            case HTML -> new JSoupParser();
            case DOCX, XLSX -> new OOXMLParser();
            case OLE2 -> new OfficeParser();
            default -> throw new IllegalArgumentException("not a Tika type: " + type);
        };
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static String label(DocType type) {
        return switch (type) {
            case DOCX -> "Word";
            case XLSX -> "Excel";
            case OLE2 -> "Office";
            default -> "HTML";
        };
    }
}
