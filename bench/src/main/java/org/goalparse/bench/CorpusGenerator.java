package org.goalparse.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a deterministic (seeded) corpus by varying the samples: PDFs of 2-20 pages made of sample pages
 * (a sample's pages, then pages of other samples, as a city's combined publication of several departments
 * would be), and texts made of one to three sample texts, some with CRLF line ends or in Shift_JIS.
 * One more file is a city's whole year: every sample PDF in full, twice ({@value #CITY_YEAR}, 10 departments).
 * Same samples, size and seed give byte-identical files.
 */
public final class CorpusGenerator {
    /** Share of PDFs in the corpus; the rest are text renditions. */
    static final double PDF_SHARE = 0.6;
    static final int MIN_PAGES = 2;
    static final int MAX_PAGES = 20;
    /** v2: the city's year (every sample in full, twice) added. */
    private static final String VERSION = "v2";
    /** How many times the city's year holds each sample: 5 samples, 10 departments. */
    static final int CITY_YEAR_ROUNDS = 2;
    static final String CITY_YEAR = "doc-city-year.pdf";
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final List<byte[]> pdfSamples = new ArrayList<>();
    private final List<String> textSamples = new ArrayList<>();
    private final String samplesKey;

    /** Reads {@code samples/*.pdf} and the UTF-8 {@code samples/*.txt} (not the Shift_JIS copies). */
    public CorpusGenerator(Path samplesDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(samplesDir)) {
            files = s.sorted().toList();
        }
        long size = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf")) {
                pdfSamples.add(Files.readAllBytes(f));
            } else if (name.endsWith(".txt") && !name.endsWith(".sjis.txt")) {
                textSamples.add(Files.readString(f, StandardCharsets.UTF_8));
            } else {
                continue;
            }
            size += Files.size(f);
        }
        if (pdfSamples.isEmpty() || textSamples.isEmpty()) {
            throw new IOException("no PDF or text samples in " + samplesDir);
        }
        samplesKey = pdfSamples.size() + "pdf+" + textSamples.size() + "txt/" + size + "B";
    }

    /** Generates {@code docs} documents and the city's year into {@code dir}, or reuses them if the directory already holds this corpus. */
    public Corpus generate(Path dir, int docs, long seed) throws IOException {
        if (docs < 1) {
            throw new IllegalArgumentException("docs must be positive");
        }
        String parameters = "goalparse-bench corpus " + VERSION + " docs=" + docs + " seed=" + seed + " samples="
                + samplesKey;
        Corpus existing = Corpus.readIfMatches(dir, parameters);
        if (existing != null) {
            return existing;
        }
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("doc-")).toList()) {
                Files.delete(p);
            }
        }
        Random rng = new Random(seed);
        List<CorpusDoc> out = new ArrayList<>();
        for (int i = 1; i <= docs; i++) {
            boolean pdf = rng.nextDouble() < PDF_SHARE;
            String stem = String.format(Locale.ROOT, "doc-%04d", i);
            if (pdf) {
                int pages = pageCount(rng);
                Path file = dir.resolve(stem + ".pdf");
                Files.write(file, pdf(rng, pages, seed * 1_000_003L + i));
                out.add(new CorpusDoc(file, true, pages, Files.size(file)));
            } else {
                Path file = dir.resolve(stem + ".txt");
                Files.write(file, text(rng));
                out.add(new CorpusDoc(file, false, 0, Files.size(file)));
            }
        }
        Path year = dir.resolve(CITY_YEAR);
        Files.write(year, cityYear(seed * 1_000_003L));
        try (PDDocument d = Loader.loadPDF(year.toFile())) {
            out.add(new CorpusDoc(year, true, d.getNumberOfPages(), Files.size(year)));
        }
        Corpus corpus = new Corpus(dir, parameters, out);
        corpus.writeManifest();
        return corpus;
    }

    /** 2-20 pages, more short documents than long ones (mean about 8). */
    static int pageCount(Random rng) {
        double u = rng.nextDouble();
        return MIN_PAGES + (int) Math.floor((MAX_PAGES - MIN_PAGES + 1) * u * u);
    }

    private byte[] pdf(Random rng, int pages, long id) throws IOException {
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            int have = 0;
            while (have < pages) {
                PDDocument part = Loader.loadPDF(pdfSamples.get(rng.nextInt(pdfSamples.size())));
                open.add(part);
                int n = part.getNumberOfPages();
                int take = Math.min(n, pages - have);
                int from = take == n ? 0 : rng.nextInt(n - take + 1);
                for (int p = n - 1; p >= 0; p--) {
                    if (p < from || p >= from + take) {
                        part.removePage(p);
                    }
                }
                merger.appendDocument(merged, part);
                have += take;
            }
            return save(merged, id);
        } finally {
            for (PDDocument d : open) {
                d.close();
            }
        }
    }

    /**
     * A city's whole year in one file, as many cities publish it: every sample PDF in full, one department after
     * another, {@link #CITY_YEAR_ROUNDS} times, each round starting one sample later so that no sample follows
     * itself.
     */
    private byte[] cityYear(long id) throws IOException {
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            int n = pdfSamples.size();
            for (int round = 0; round < CITY_YEAR_ROUNDS; round++) {
                for (int k = 0; k < n; k++) {
                    PDDocument part = Loader.loadPDF(pdfSamples.get((k + round) % n));
                    open.add(part);
                    merger.appendDocument(merged, part);
                }
            }
            return save(merged, id);
        } finally {
            for (PDDocument d : open) {
                d.close();
            }
        }
    }

    /** The bytes of a merged document, with a fixed file identifier (PDFBox would derive one from the clock). */
    private static byte[] save(PDDocument merged, long id) throws IOException {
        COSString fileId = new COSString(ByteBuffer.allocate(16).putLong(id).putLong(~id).array());
        COSArray ids = new COSArray();
        ids.add(fileId);
        ids.add(fileId);
        merged.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        merged.save(bytes);
        return bytes.toByteArray();
    }

    private byte[] text(Random rng) {
        int parts = 1 + rng.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append("\n\n");
            }
            sb.append(textSamples.get(rng.nextInt(textSamples.size())).strip());
        }
        sb.append('\n');
        String text = sb.toString();
        double variant = rng.nextDouble();
        if (variant < 0.15) {
            text = text.replace("\n", "\r\n");
        } else if (variant < 0.30) {
            byte[] sjis = encodeStrictly(text, SHIFT_JIS);
            if (sjis != null) {
                return sjis;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodeStrictly(String text, Charset charset) {
        try {
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(b.array(), b.position(), b.limit());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {@code java -cp goalparse-bench.jar org.goalparse.bench.CorpusGenerator [--docs N] [--seed S] [--samples DIR] [DIR]}. */
    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args, true);
        Corpus c = new CorpusGenerator(o.samples()).generate(o.corpus(), o.docs(), o.seed());
        System.out.printf(Locale.ROOT, "%d documents in %s: %d PDF (%d pages, %.1f MB), %d text (%.1f MB)%n",
                c.docs().size(), c.dir(), c.pdfs().size(), c.pages(), c.bytes(true) / 1e6, c.texts().size(),
                c.bytes(false) / 1e6);
    }
}
