package org.goalparse.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.goalparse.Cancellation;

/**
 * Tesseract 5 through its command line: the page image goes to it as a PGM file, its TSV comes back with every
 * word's box and confidence. {@code OMP_THREAD_LIMIT=1}: one thread per page, parallelism is goalparse's (batch's
 * jobs). The process is killed when the parse is cancelled ({@link Cancellation}: its time limit passed) or the
 * thread interrupted.
 * Whether {@code tesseract} and the language's models are installed is asked once per engine.
 */
public final class TesseractEngine implements OcrEngine {
    static final String INSTALL = "install Tesseract 5 with its Japanese models (Debian/Ubuntu: apt-get install "
            + "tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert; macOS: brew install tesseract "
            + "tesseract-lang)";
    private static final TesseractEngine SHARED = new TesseractEngine("tesseract", 3);
    private static final long POLL_MILLIS = 50;

    private final String command;
    private final int pageSegmentation;
    private volatile Installed installed;

    /** What {@code tesseract --version} and {@code --list-langs} said (version null: not installed). */
    private record Installed(String version, Set<String> langs) {
    }

    /**
     * @param command the program ({@code tesseract} on the PATH)
     * @param pageSegmentation Tesseract's {@code --psm} (3: automatic page layout; 6: one uniform block)
     */
    public TesseractEngine(String command, int pageSegmentation) {
        this.command = command;
        this.pageSegmentation = pageSegmentation;
    }

    /** The engine on the PATH with automatic page layout, shared (it holds nothing but what is installed). */
    public static TesseractEngine shared() {
        return SHARED;
    }

    @Override
    public String describe() {
        Installed i = installed();
        return i.version() == null ? "tesseract" : "tesseract " + i.version();
    }

    @Override
    public List<OcrWord> recognize(BufferedImage image, String lang) throws IOException, InterruptedException {
        return recognizeAll(List.of(image), lang, pageSegmentation).get(0);
    }

    /**
     * All blocks in one Tesseract process (its models loaded once: a process costs about as much as a page), given
     * as a list of images, each read with {@code --psm 6} (one uniform block of text).
     */
    @Override
    public List<List<OcrWord>> recognizeBlocks(List<BufferedImage> blocks, String lang)
            throws IOException, InterruptedException {
        return blocks.isEmpty() ? List.of() : recognizeAll(blocks, lang, 6);
    }

    /**
     * All words in one Tesseract process, each read with {@code --psm 8} (one word), then read again by the
     * English model as one character ({@code --psm 10}) and kept only where both read the same
     * text (the Japanese model alone reads a lone 3 as 1 and a 7 as 軒; the two models rarely err alike); where they
     * differ and the English model read one digit, the two models together read the word once more ({@code jpn+eng},
     * {@code --psm 8}) and the English reading stands when that reading agrees; else given as no word. Without the
     * English model every word is given as none, and each cell keeps its own reading.
     */
    @Override
    public List<List<OcrWord>> recognizeWords(List<BufferedImage> words, String lang)
            throws IOException, InterruptedException {
        if (words.isEmpty()) {
            return List.of();
        }
        if (!installed().langs().contains("eng")) {
            return java.util.Collections.nCopies(words.size(), List.of()); // no second reading: the cells keep theirs
        }
        List<List<OcrWord>> read = recognizeAll(words, lang, 8);
        if (lang.equals("eng")) {
            return read;
        }
        List<List<OcrWord>> again = recognizeAll(words, "eng", 10);
        List<List<OcrWord>> out = new java.util.ArrayList<>();
        List<Integer> disputed = new java.util.ArrayList<>();
        for (int n = 0; n < read.size(); n++) {
            boolean same = n < again.size() && OcrWord.text(read.get(n)).equals(OcrWord.text(again.get(n)));
            out.add(same ? read.get(n) : List.of());
            if (!same && n < again.size() && OcrWord.text(again.get(n)).matches("[0-9]")) {
                disputed.add(n);
            }
        }
        if (!disputed.isEmpty()) {
            // the Japanese model reads a lone 3 as 1: where the English model read one digit, the two models together
            // read the word once more, and the English reading stands if they agree with it
            String both = lang.contains("eng") ? lang : lang + "+eng";
            List<List<OcrWord>> third = recognizeAll(disputed.stream().map(words::get).toList(), both, 8);
            for (int k = 0; k < disputed.size() && k < third.size(); k++) {
                int n = disputed.get(k);
                if (OcrWord.text(third.get(k)).equals(OcrWord.text(again.get(n)))) {
                    out.set(n, third.get(k));
                }
            }
        }
        return out;
    }

    private List<List<OcrWord>> recognizeAll(List<BufferedImage> images, String lang, int psm)
            throws IOException, InterruptedException {
        Installed i = installed();
        if (i.version() == null) {
            throw new OcrUnavailableException("Tesseract is not installed (no '" + command + "' command): " + INSTALL);
        }
        for (String l : lang.split("\\+")) {
            if (!i.langs().contains(l)) {
                throw new OcrUnavailableException("Tesseract has no '" + l + "' language models (it has "
                        + String.join(", ", i.langs()) + "): " + INSTALL);
            }
        }
        Path dir = Files.createTempDirectory("goalparse-ocr");
        try {
            Path in;
            if (images.size() == 1) {
                in = dir.resolve("page.pgm");
                writePgm(images.get(0), in);
            } else {
                StringBuilder list = new StringBuilder();
                for (int n = 0; n < images.size(); n++) {
                    Path block = dir.resolve("block" + n + ".pgm");
                    writePgm(images.get(n), block);
                    list.append(block).append('\n');
                }
                in = dir.resolve("blocks.txt");
                Files.writeString(in, list, StandardCharsets.UTF_8);
            }
            Path out = dir.resolve("page.tsv");
            Path err = dir.resolve("stderr.txt");
            ProcessBuilder pb = new ProcessBuilder(command, in.toString(), "stdout", "-l", lang, "--psm",
                    Integer.toString(psm), "--dpi", "300", "tsv");
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            try {
                while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (Cancellation.requested()) {
                        throw new InterruptedException("the parse was given up during OCR (its time limit passed)");
                    }
                }
            } finally {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
            if (p.exitValue() != 0) {
                String msg = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException("tesseract failed (exit " + p.exitValue() + "): "
                        + (msg.length() > 300 ? msg.substring(0, 300) : msg));
            }
            return parseTsvPages(Files.readString(out, StandardCharsets.UTF_8), images.size());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The words of a TSV of several images, one list per image (Tesseract's page_num, from 1). */
    static List<List<OcrWord>> parseTsvPages(String tsv, int pages) {
        List<List<OcrWord>> out = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
            out.add(new ArrayList<>());
        }
        Map<Integer, Integer> pageOf = new HashMap<>();
        List<OcrWord> words = parseTsv(tsv, pageOf);
        for (OcrWord w : words) {
            int page = pageOf.getOrDefault(w.line(), 1);
            if (page >= 1 && page <= pages) {
                out.get(page - 1).add(w);
            }
        }
        return out;
    }

    /** The words of Tesseract's TSV (level 5 rows), each with the box of its line (the level 4 row before it). */
    static List<OcrWord> parseTsv(String tsv) {
        return parseTsv(tsv, new HashMap<>());
    }

    /** As {@link #parseTsv(String)}, noting each line number's image (page_num) in {@code pageOf}. */
    private static List<OcrWord> parseTsv(String tsv, Map<Integer, Integer> pageOf) {
        List<OcrWord> words = new ArrayList<>();
        Map<String, int[]> lines = new HashMap<>();
        Map<String, Integer> lineNumbers = new HashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("[0-9]+")) {
                continue; // the header, a blank line
            }
            int level = Integer.parseInt(f[0]);
            String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            int left = Integer.parseInt(f[6]);
            int top = Integer.parseInt(f[7]);
            int width = Integer.parseInt(f[8]);
            int height = Integer.parseInt(f[9]);
            if (level == 4) {
                lines.put(key, new int[] {top, top + height});
                if (lineNumbers.putIfAbsent(key, lineNumbers.size() + 1) == null) {
                    pageOf.put(lineNumbers.get(key), Integer.parseInt(f[1]));
                }
            } else if (level == 5) {
                String text = f[11].strip();
                if (text.isEmpty()) {
                    continue;
                }
                int[] line = lines.getOrDefault(key, new int[] {top, top + height});
                float conf = Math.max(0f, Math.min(100f, Float.parseFloat(f[10])));
                words.add(new OcrWord(text, left, top, left + width, top + height, line[0], line[1],
                        lineNumbers.getOrDefault(key, 0), conf));
            }
        }
        return words;
    }

    /** The image as 8-bit grey PGM, which Tesseract reads without a codec and Java writes without one. */
    static void writePgm(BufferedImage image, Path file) throws IOException {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = grey.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            var raster = grey.getRaster();
            if (raster.getDataBuffer() instanceof DataBufferByte db && raster.getNumBands() == 1
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                    && db.getData().length == grey.getWidth() * grey.getHeight()) {
                out.write(db.getData());
            } else {
                byte[] row = new byte[grey.getWidth()];
                int[] samples = new int[grey.getWidth()];
                for (int y = 0; y < grey.getHeight(); y++) {
                    raster.getSamples(0, y, grey.getWidth(), 1, 0, samples);
                    for (int x = 0; x < samples.length; x++) {
                        row[x] = (byte) samples[x];
                    }
                    out.write(row);
                }
            }
        }
    }

    private Installed installed() {
        Installed i = installed;
        if (i == null) {
            synchronized (this) {
                i = installed;
                if (i == null) {
                    i = ask();
                    installed = i;
                }
            }
        }
        return i;
    }

    private Installed ask() {
        String version = run(command, "--version");
        if (version == null) {
            return new Installed(null, Set.of());
        }
        String first = version.lines().findFirst().orElse("").strip();
        String v = first.toLowerCase(Locale.ROOT).startsWith("tesseract ") ? first.substring(10).strip() : first;
        String list = run(command, "--list-langs");
        List<String> langs = list == null ? List.of()
                : list.lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Installed(v, Set.copyOf(langs));
    }

    /** A short command's stdout and stderr together, or null when it cannot be run or fails. */
    private static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
