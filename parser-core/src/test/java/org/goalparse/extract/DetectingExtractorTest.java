package org.goalparse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectingExtractorTest {
    private final DetectingExtractor extractor = new DetectingExtractor();

    @Test
    void typeComesFromContentNotName() throws Exception {
        assertEquals("text/html",
                extractor.extract(Source.of("a.txt", Samples.bytes("isehara-2021-shiminseikatsubu.html"))).mediaType());
        assertEquals(DocType.XLSX.mediaType(), extractor.extract(
                Source.of("noext", Samples.bytes("isehara-2021-shiminseikatsubu-kpi.xlsx"))).mediaType());
        assertEquals(DocType.DOCX, TypeDetector.detect(Samples.bytes("hiratsuka-2016-shiminbu.docx")).type());
        assertEquals(DocType.PDF, TypeDetector.detect(Samples.bytes("hiratsuka-2016-shiminbu.pdf")).type());
        assertEquals(DocType.TEXT, TypeDetector.detect(Samples.bytes("iruma-2022-shiminseikatsubu.sjis.txt")).type());
    }

    @Test
    void htmlIsRecognizedAfterBomAndWhiteSpace() throws Exception {
        byte[] html = "\uFEFF\n  <p>市民生活部</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(DocType.HTML, TypeDetector.detect(html).type());
        assertEquals(DocType.TEXT, TypeDetector.detect("市民生活部 <p>".getBytes(StandardCharsets.UTF_8)).type());
    }

    @Test
    void emptyInputIsUnreadable() {
        assertStatus(Status.UNREADABLE, new byte[0]);
    }

    @Test
    void randomBytesAreUnreadable() {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        noise[0] = 0x13; // not by chance a magic number
        assertStatus(Status.UNREADABLE, noise);
    }

    @Test
    void damagedTextAndHtmlAreReadWithAWarning() throws Exception {
        byte[] text = Samples.bytes("iruma-2022-shiminseikatsubu.txt");
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1); // the last character loses a byte
        text = text.clone();
        text[text.length / 2] = (byte) 0xFF; // and the other copy has an invalid byte in the middle
        for (byte[] b : new byte[][] {text, cut}) {
            org.goalparse.layout.Layout layout = extractor.extract(Source.of("x.txt", b));
            assertEquals("text/plain", layout.mediaType());
            assertEquals(1, layout.warnings().size(), layout.warnings()::toString);
            assertTrue(layout.warnings().get(0).matches("[0-9]+ byte sequences? not valid UTF-8 \\(the first at "
                    + "byte [0-9]+\\) read as U\\+FFFD .*"), layout.warnings().get(0));
        }
        byte[] html = Samples.bytes("isehara-2021-shiminseikatsubu.html").clone();
        html[html.length / 2] = (byte) 0xFF;
        org.goalparse.layout.Layout layout = extractor.extract(Source.of("x.html", html));
        assertEquals("text/html", layout.mediaType());
        assertTrue(layout.warnings().get(0).contains("not valid UTF-8"), layout.warnings()::toString);
    }

    @Test
    void damagedHtmlReachesTikaAsTheTextTheWarningDescribes() throws Exception {
        // invented text in UTF-8 under a wrong declaration (Shift_JIS, as mislabelled pages have), the lead byte of
        // 訓 overwritten by 0xFF. Given the bytes, Tika followed the declaration and read the whole page as
        // mojibake while the detection's warning spoke of three U+FFFD in UTF-8 text.
        String page = "<html><head><meta charset=\"Shift_JIS\"></head><body><h1>くらし安全部の目標</h1>"
                + "<p>地域の見守り活動を広げ、防災訓練を年に三回開いて、参加する世帯を増やします。</p>"
                + "<p>消費生活の相談窓口を夜間にも開きます。</p></body></html>";
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        html[indexOf(html, "訓".getBytes(StandardCharsets.UTF_8))] = (byte) 0xFF;
        org.goalparse.layout.Layout layout = extractor.extract(Source.of("x.html", html));
        assertEquals("text/html", layout.mediaType());
        assertTrue(layout.warnings().get(0).startsWith("3 byte sequences not valid UTF-8"), layout.warnings()::toString);
        String text = org.goalparse.layout.LayoutText.render(layout);
        assertTrue(text.contains("くらし安全部の目標"), text);
        assertTrue(text.contains("防災\uFFFD\uFFFD\uFFFD練を"), text);
        assertTrue(text.contains("消費生活の相談窓口を夜間にも開きます。"), text);
        assertEquals(3, text.chars().filter(c -> c == 0xFFFD).count(), text);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void pagesAskedOfAFormatWithoutFixedPagesReadItWholeWithAWarning() throws Exception {
        DetectingExtractor pages = extractor.withPages(PageSelection.parse("2-3"));
        String[][] cases = {
            {"iruma-2022-shiminseikatsubu.txt", "a text file has no fixed pages"},
            {"isehara-2021-shiminseikatsubu.html", "an HTML page has no fixed pages"},
            {"hiratsuka-2016-shiminbu.docx", "a Word document has no fixed pages"},
            {"isehara-2021-shiminseikatsubu-kpi.xlsx", "an Excel workbook has no fixed pages (its sheets are not pages)"},
        };
        for (String[] c : cases) {
            byte[] bytes = Samples.bytes(c[0]);
            org.goalparse.layout.Layout whole = extractor.extract(Source.of(c[0], bytes));
            org.goalparse.layout.Layout asked = pages.extract(Source.of(c[0], bytes));
            assertEquals("pages 2-3 were asked for, but " + c[1] + ": the whole document was read",
                    asked.warnings().get(0), c[0]);
            assertEquals(whole.warnings(), asked.warnings().subList(1, asked.warnings().size()), c[0]);
            assertEquals(org.goalparse.layout.LayoutText.render(whole), org.goalparse.layout.LayoutText.render(asked),
                    c[0]);
            assertEquals(null, asked.pagesRead(), c[0]);
        }
        org.goalparse.layout.Layout pdf = pages.extract(Source.of("x.pdf", Samples.bytes("iruma-2022-shiminseikatsubu.pdf")));
        assertEquals("2", pdf.pagesRead(), "a PDF reads the pages it has");
        assertEquals(List.of("pages 2-3 were asked for, but the PDF has 2 pages: page 2 was read"),
                pdf.warnings().stream().filter(w -> w.contains("asked for")).toList());
    }

    @Test
    void imagesAreUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        GoalParseException e = assertStatus(Status.UNSUPPORTED, png);
        assertTrue(e.getMessage().contains("PNG"));
    }

    @Test
    void zipThatIsNoOfficeDocumentIsUnsupported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("市民生活部".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertStatus(Status.UNSUPPORTED, out.toByteArray());
    }

    @Test
    void truncatedOfficeDocumentIsUnreadable() {
        byte[] docx = Samples.bytes("hiratsuka-2016-shiminbu.docx");
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 3);
        GoalParseException e = assertThrows(GoalParseException.class, () -> extractor.extract(Source.of("x.docx", cut)));
        assertTrue(e.status() == Status.UNREADABLE || e.status() == Status.UNSUPPORTED, e.status().toString());
        assertOneLineForPeople(e);
    }

    @Test
    void missingPathDirectoryAndEmptyFileAreUnreadable(@TempDir Path dir) throws Exception {
        assertEquals(Status.UNREADABLE, assertThrows(GoalParseException.class,
                () -> Source.of(dir.resolve("missing.pdf")).read(1 << 20)).status());
        assertEquals(Status.UNREADABLE, assertThrows(GoalParseException.class,
                () -> Source.of(dir).read(1 << 20)).status());
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(Status.UNREADABLE, assertThrows(GoalParseException.class,
                () -> Source.of(empty).read(1 << 20)).status());
    }

    private GoalParseException assertStatus(Status status, byte[] bytes) {
        GoalParseException e = assertThrows(GoalParseException.class, () -> extractor.extract(Source.of("input", bytes)));
        assertEquals(status, e.status(), e.getMessage());
        assertOneLineForPeople(e);
        return e;
    }

    static void assertOneLineForPeople(GoalParseException e) {
        String m = e.getMessage();
        assertFalse(m.isBlank());
        assertFalse(m.contains("\n"), m);
        assertFalse(m.matches(".*\\b(java|org|com)\\.[a-z]+\\..*"), "no class names: " + m);
        assertFalse(m.contains("Exception"), m);
    }

    @Test
    void aZipBombDocxIsRefusedBeforeItIsInflated() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                z.write(spaces); // 64 MiB that deflate to about 64 KB
            }
        }
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> new DetectingExtractor().extract(Source.of("bomb.docx", zip.toByteArray())));
        assertEquals(Status.TOO_LARGE, e.status());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void aBzip2EntryDoesNotStopTheZipBombGuardFromReadingTheEntriesAfterIt(@TempDir Path dir) throws Exception {
        // java.util.zip cannot read a bzip2 entry and stopped there, letting the bomb after it through unread
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream z =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(zip)) {
            byte[] types = "<Types/>".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (var bz = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(packed)) {
                bz.write(types);
            }
            var entry = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("[Content_Types].xml");
            entry.setMethod(org.apache.commons.compress.archivers.zip.ZipMethod.BZIP2.getCode());
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(types);
            entry.setCrc(crc.getValue());
            entry.setSize(types.length);
            entry.setCompressedSize(packed.size());
            z.addRawArchiveEntry(entry, new java.io.ByteArrayInputStream(packed.toByteArray()));
            z.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                z.write(spaces); // 40 MiB that deflate to about 40 KB: past the 32 MiB floor
            }
            z.closeArchiveEntry();
        }
        byte[] bytes = zip.toByteArray();
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> ArchiveGuard.check(Source.of("bomb.docx", bytes)));
        assertEquals(Status.TOO_LARGE, e.status());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        // the same from a file (the guard reads a path's central directory too)
        Path file = Files.write(dir.resolve("bomb.docx"), bytes);
        assertEquals(Status.TOO_LARGE, assertThrows(GoalParseException.class,
                () -> ArchiveGuard.check(Source.of(file))).status());
        // cut short (no central directory): the local entries are still read in order, past the bzip2 one
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 200);
        assertEquals(Status.TOO_LARGE, assertThrows(GoalParseException.class,
                () -> ArchiveGuard.check(Source.of("cut.docx", cut))).status());
    }
}
