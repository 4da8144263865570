package org.goalparse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.goalparse.golden.RepoRoot;

/**
 * Builds the bad-input corpus in a folder (generated, not committed): each file with the outcomes it may have,
 * an error code or {@link #OK} (a parsed document). Damaged PDFs may be partly recovered by PDFBox, so they
 * accept either.
 */
final class BadInputCorpus {
    static final String OK = "OK";
    /** The size of the generated large text file, and a --max-size below it. */
    static final int LARGE_TEXT_BYTES = 50 * 1024 * 1024;
    static final String MAX_SIZE = "10M";

    private BadInputCorpus() {
    }

    /** File name -> the outcomes allowed. */
    static Map<String, Set<String>> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        byte[] pdf = Files.readAllBytes(RepoRoot.sample("isehara-2021-shiminseikatsubu.pdf"));

        byte[] corrupt = pdf.clone();
        new Random(7).nextBytes(corrupt); // keep the header and the tail (xref, trailer): garbage in between
        System.arraycopy(pdf, 0, corrupt, 0, 1024);
        System.arraycopy(pdf, pdf.length - 2048, corrupt, pdf.length - 2048, 2048);
        put(dir, "corrupt.pdf", corrupt, expected, "UNREADABLE", "UNSUPPORTED", OK);
        put(dir, "truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3), expected, "UNREADABLE", OK);
        writeEncryptedPdf(dir.resolve("encrypted.pdf"));
        expected.put("encrypted.pdf", Set.of("ENCRYPTED"));
        put(dir, "empty.txt", new byte[0], expected, "UNREADABLE");
        byte[] noise = new byte[64 * 1024];
        new Random(20240601L).nextBytes(noise);
        put(dir, "random.pdf", noise, expected, "UNREADABLE", "UNSUPPORTED");
        writeZipBombDocx(dir.resolve("bomb.docx"));
        expected.put("bomb.docx", Set.of("TOO_LARGE"));
        writeNestedHtml(dir.resolve("nested.html"), 100_000);
        expected.put("nested.html", Set.of(OK));
        writeLargeText(dir.resolve("large.txt"));
        expected.put("large.txt", Set.of("TOO_LARGE"));
        String iruma = Files.readString(RepoRoot.sample("iruma-2022-shiminseikatsubu.txt"), StandardCharsets.UTF_8);
        put(dir, "iruma-sjis.utf8.txt", iruma.getBytes(Charset.forName("MS932")), expected, OK);
        writeScannedPdf(dir.resolve("scanned.pdf"));
        expected.put("scanned.pdf", Set.of("UNSUPPORTED"));
        return expected;
    }

    private static void put(Path dir, String name, byte[] bytes, Map<String, Set<String>> expected,
                            String... outcomes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        expected.put(name, Set.of(outcomes));
    }

    static void writeEncryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Department goals 2024");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    /** A page with only a drawn rectangle: what a scan without a text layer looks like to a text extractor. */
    static void writeScannedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(72, 300, 400, 400);
                cs.fill();
            }
            doc.save(file.toFile());
        }
    }

    /** A small DOCX whose document.xml inflates to 512 MiB of white space inside a paragraph. */
    static void writeZipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main"
                    + "+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 512; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static void writeNestedHtml(Path file, int depth) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>市民生活部の目標</title></head><body>");
            for (int i = 0; i < depth; i++) {
                w.write("<div>");
            }
            w.write("令和4年度 市民生活部の目標");
            for (int i = 0; i < depth; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
    }

    /** A sample's text repeated to {@link #LARGE_TEXT_BYTES}. */
    static void writeLargeText(Path file) throws IOException {
        byte[] text = Files.readAllBytes(RepoRoot.sample("toyonaka-2022-shiminkyodobu.txt"));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < LARGE_TEXT_BYTES; written += text.length) {
                out.write(text);
            }
        }
    }
}
