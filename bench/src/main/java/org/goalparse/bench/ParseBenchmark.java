package org.goalparse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-document cost of one sample, goalparse against the PDFBox floor, in a JMH harness:
 * {@code java -cp bench/target/goalparse-bench.jar org.openjdk.jmh.Main ParseBenchmark}
 * (from the repository root; {@code -Dgoalparse.root=DIR} elsewhere).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParseBenchmark {
    @Param({"iruma-2022-shiminseikatsubu.pdf", "toyonaka-2022-shiminkyodobu.pdf", "iruma-2022-shiminseikatsubu.txt"})
    public String sample;

    private byte[] bytes;
    private GoalParser parser;

    @Setup
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("goalparse.root", "."));
        bytes = Files.readAllBytes(root.resolve("samples").resolve(sample));
        parser = GoalParser.builder().build();
    }

    /** goalparse: every stage and the JSON, from bytes in memory. */
    @Benchmark
    public String goalparse() throws GoalParseException {
        return GoalJson.compact(parser.parse(Source.of(sample, bytes)));
    }

    /** The floor: PDFBox's own text extraction (a text sample is only decoded). */
    @Benchmark
    public String floor() throws IOException {
        if (!sample.endsWith(".pdf")) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
