package org.goalparse.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.goalparse.GoalParser;
import org.goalparse.extract.ocr.OcrMode;
import org.goalparse.source.Source;

/**
 * OCR throughput (issue 15): the sample PDFs scanned (rendered at 300 dpi, JPEG, one image per page, no text),
 * parsed with OCR on 1 and 2 threads (a shared parser; Tesseract limited to one thread per page), in pages per
 * second of wall time and CPU seconds per page (Tesseract's processes included), beside the text-layer parse of
 * the same PDFs.
 * {@code java -cp bench/target/goalparse-bench.jar org.goalparse.bench.OcrBench [SAMPLES_DIR] [ROUNDS]}.
 */
public final class OcrBench {
    private OcrBench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.OFF);
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<byte[]> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                texts.add(Files.readAllBytes(p));
            }
        }
        List<byte[]> scans = new ArrayList<>();
        int pages = 0;
        for (byte[] t : texts) {
            scans.add(scan(t, 300));
            try (PDDocument d = Loader.loadPDF(t)) {
                pages += d.getNumberOfPages();
            }
        }
        GoalParser parser = GoalParser.builder().build();
        GoalParser ocr = parser.withOcr(parser.ocr().withMode(OcrMode.AUTO));
        System.err.printf("%d PDFs, %d pages; warm-up%n", texts.size(), pages);
        run(parser, texts, 1);
        run(ocr, scans.subList(0, 1), 1);
        out.println("| what | threads | pages | wall s | pages/s | CPU s/page |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (int r = 0; r < rounds; r++) {
            for (int threads : new int[] {1, 2}) {
                double cpu = cpuSeconds();
                double text = run(parser, texts, threads);
                cpu = cpuSeconds() - cpu;
                out.printf("| text layer | %d | %d | %.2f | %.1f | %.3f |%n", threads, pages, text, pages / text,
                        cpu / pages);
                cpu = cpuSeconds();
                double secs = run(ocr, scans, threads);
                cpu = cpuSeconds() - cpu;
                out.printf("| OCR (300 dpi scans) | %d | %d | %.1f | %.3f | %.2f |%n", threads, pages, secs,
                        pages / secs, cpu / pages);
            }
        }
    }

    /**
     * CPU seconds of this process and of its finished children (the Tesseract processes, which the JVM reaps):
     * on a shared machine the wall time says little, the CPU time per page is the cost.
     */
    static double cpuSeconds() {
        double own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return own + (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0; // cutime, cstime (fields 16, 17)
        } catch (IOException | RuntimeException e) {
            return own; // not Linux: the children's time is not known
        }
    }

    /** Wall seconds to parse every document once on {@code threads} threads. */
    private static double run(GoalParser parser, List<byte[]> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                byte[] d = docs.get(i);
                String name = "doc" + i + ".pdf";
                fs.add(pool.submit(() -> parser.parseAll(Source.of(name, d))));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The PDF as a scanner gives it: each page a 300 dpi grey JPEG, nothing else. */
    static byte[] scan(byte[] pdf, int dpi) throws IOException {
        try (PDDocument in = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int i = 0; i < in.getNumberOfPages(); i++) {
                PDRectangle box = in.getPage(i).getCropBox();
                PDPage p = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                out.addPage(p);
                var image = JPEGFactory.createFromImage(out, renderer.renderImageWithDPI(i, dpi, ImageType.GRAY),
                        0.8f, dpi);
                try (PDPageContentStream cs = new PDPageContentStream(out, p)) {
                    cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }
}
