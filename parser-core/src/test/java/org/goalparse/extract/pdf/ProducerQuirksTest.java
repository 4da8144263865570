package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

/** What producers other than LibreOffice put in their PDFs, built here with PDFBox. */
class ProducerQuirksTest {
    private static List<Line> lines(Layout layout) {
        return layout.pages().stream().flatMap(p -> p.blocks().stream()).filter(TextBlock.class::isInstance)
                .flatMap(b -> ((TextBlock) b).lines().stream()).toList();
    }

    @Test
    void aFakeBoldDrawnTwiceAHairApartIsOneBoldLine() throws Exception {
        // Word and Excel fake a bold face by drawing each run twice, offset by a fraction of a point
        TestPdf pdf = new TestPdf().page()
                .text(50, 60, 12, "Goals of the department")
                .text(50.3f, 60, 12, "Goals of the department")
                .text(50, 90, 10, "Residents and the office work together");
        Layout layout;
        try (pdf) {
            layout = new PdfExtractor().extract(pdf.bytes());
        }
        List<Line> lines = lines(layout);
        assertEquals(List.of("Goals of the department", "Residents and the office work together"),
                lines.stream().map(Line::text).toList());
        assertTrue(lines.get(0).bold(), "the doubled line is bold");
        assertTrue(!lines.get(1).bold());
    }

    /**
     * A Type 0 font that is not embedded (a printer told to use the reader's MS Mincho), Identity-H, character
     * collection Adobe-Japan1 and no ToUnicode map: its codes are Adobe-Japan1 CIDs.
     */
    private static byte[] unembeddedJapan1(String hexCids) throws Exception {
        return unembedded(COSName.IDENTITY_H, "BT /F1 14 Tf 60 760 Td <" + hexCids + "> Tj ET");
    }

    private static byte[] unembedded(COSName encoding, String contentStream) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "Japan1");
            info.setItem(COSName.SUPPLEMENT, COSInteger.get(6));
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "MS-Mincho");
            descriptor.setInt(COSName.FLAGS, 4);
            COSArray bbox = new COSArray();
            for (int v : new int[] {0, -141, 1000, 859}) {
                bbox.add(COSInteger.get(v));
            }
            descriptor.setItem(COSName.FONT_BBOX, bbox);
            descriptor.setInt(COSName.ASCENT, 859);
            descriptor.setInt(COSName.DESCENT, -141);
            descriptor.setInt(COSName.CAP_HEIGHT, 700);
            descriptor.setInt(COSName.STEM_V, 80);
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            cidFont.setName(COSName.BASE_FONT, "MS-Mincho");
            cidFont.setItem(COSName.CIDSYSTEMINFO, info);
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            cidFont.setInt(COSName.DW, 1000);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "MS-Mincho");
            font.setItem(COSName.ENCODING, encoding);
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            try (var os = content.createOutputStream()) {
                os.write(contentStream.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** PDFBox maps such a font's CIDs through Adobe-Japan1-UCS2 itself: this keeps it doing so. */
    @Test
    void aJapaneseFontWithoutToUnicodeReadsThroughItsAdobeJapan1Cids() throws Exception {
        // the CIDs of 市民生活部, looked up in the Adobe-Japan1-UCS2 table
        String hex = cidHex("市民生活部");
        Layout layout = new PdfExtractor().extract(unembeddedJapan1(hex));
        assertEquals(List.of("市民生活部"), lines(layout).stream().map(Line::text).toList());
        assertEquals(List.of(), layout.warnings());
    }

    /**
     * ReportLab and iText set the reader's built-in HeiseiMin through UniJIS-UCS2-H, without a ToUnicode map: the
     * codes are Unicode. Read through the collection, the ASCII ~ and | came out as U+0303 and U+00A6.
     */
    @Test
    void aUnicodeEncodedCidFontReadsItsCodesAsTheCharacters() throws Exception {
        StringBuilder hex = new StringBuilder();
        "令和3年度~令和4年度 A|B".codePoints().forEach(c -> hex.append(String.format("%04X", c)));
        byte[] pdf = unembedded(COSName.getPDFName("UniJIS-UCS2-H"), "BT /F1 12 Tf 60 760 Td <" + hex + "> Tj ET");
        Layout layout = new PdfExtractor().extract(pdf);
        assertEquals(List.of("令和3年度~令和4年度 A|B"), lines(layout).stream().map(Line::text).toList());
    }

    @Test
    void verticalWritingReadsAsOneLinePerColumn() throws Exception {
        // a form's narrow label cell written top to bottom (Identity-V), then a horizontal value beside it
        String content = "BT /F1 12 Tf 60 760 Td <" + cidHex("重点目標") + "> Tj ET"
                + " BT /F1 12 Tf 100 740 Td <" + cidHex("窓口") + "> Tj ET";
        byte[] pdf = unembedded(COSName.IDENTITY_V, content);
        Layout layout = new PdfExtractor().extract(pdf);
        assertEquals(List.of("重点目標", "窓口"), lines(layout).stream().map(Line::text).toList());
    }

    /** The Adobe-Japan1 CIDs of a text, as 4-digit hex, found in the table the extractor reads them with. */
    private static String cidHex(String text) throws Exception {
        org.apache.fontbox.cmap.CMap table = new org.apache.fontbox.cmap.CMapParser().parsePredefined("Adobe-Japan1-UCS2");
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            int found = -1;
            for (int cid = 1; cid < 23060 && found < 0; cid++) {
                if (String.valueOf(c).equals(table.toUnicode(cid, 2))) {
                    found = cid;
                }
            }
            assertTrue(found > 0, "no CID for " + c);
            sb.append(String.format("%04X", found));
        }
        return sb.toString();
    }
}
