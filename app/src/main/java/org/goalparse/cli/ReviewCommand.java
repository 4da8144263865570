package org.goalparse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.extract.pdf.PageRenderer;
import org.goalparse.extract.pdf.PageRenderer.PageImage;
import org.goalparse.layout.LayoutText;
import org.goalparse.model.Part;
import org.goalparse.review.RecordProvider;
import org.goalparse.review.ReviewIndex;
import org.goalparse.review.ReviewPage;
import org.goalparse.review.Reviewed;
import org.goalparse.review.SourceView;
import org.goalparse.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code goalparse review PATH... -o DIR}: a self-contained HTML page per record ({@code <file name>.html},
 * {@code <file name>.<part>.html} for a file of several departments; names as {@code batch -o} gives its JSON
 * files) with the source beside the extracted structure and a box around every value that has provenance, a page
 * showing the error of each input that failed, and {@code index.html} listing them all. With {@code --from DIR} the
 * records are those a {@code batch -o DIR} wrote, matched to the sources by {@code source.sha256} (else
 * {@code source.path}); without PATHs the sources are the records' {@code source.path}.
 */
@Command(name = "review", description = {"Write an HTML review page per document: the source (PDF pages as "
        + "images, other inputs as the `text` text) with a box around every value that has provenance, coloured by "
        + "kind, beside the extracted structure; selecting a value on one side shows it on the other. Plus "
        + "index.html with each document's counts, warnings and quality, and a page with the error of each that "
        + "failed.",
        "With --from DIR: the records of a `batch -o DIR` run instead of parsing again, matched to the sources by "
                + "source.sha256 (else source.path); without PATHs the sources are read from source.path."},
        sortOptions = false, exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4,
        footerHeading = "%nExit codes:%n", footer = {"  0  every page written, no document failed",
                "  1  some documents failed (their pages show the error)", "  2  usage error, or no document",
                "  4  the output folder cannot be written"})
final class ReviewCommand implements Callable<Integer> {
    /** Pages are drawn at this resolution unless --dpi says otherwise: legible, 250-430 KB a page as base64 PNG. */
    static final float DEFAULT_DPI = 110;

    private final Context context;
    private final RecordProvider provider;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private DebugOption debug;

    @Mixin
    private ReadOptions read;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Write the pages and index.html into DIR (created if missing).")
    private Path dir;

    @Option(names = "--from", paramLabel = "DIR", description = "Review the records a `batch -o DIR` wrote "
            + "(*.json, errors.jsonl, batch.jsonl) instead of parsing the documents.")
    private Path from;

    @Option(names = "--dpi", paramLabel = "DPI", description = "Resolution of the PDF page images (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "110")
    private float dpi = DEFAULT_DPI;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents and folders (walked as batch does); "
            + "- reads paths from stdin. Optional with --from.")
    private List<String> paths = new ArrayList<>();

    ReviewCommand(Context context, RecordProvider provider) {
        this.context = context;
        this.provider = provider;
    }

    @Override
    public Integer call() throws IOException {
        read.validate();
        if (!(dpi >= 36 && dpi <= 300)) {
            throw new ParameterException(spec.commandLine(), "--dpi must be between 36 and 300: " + dpi);
        }
        if (paths.isEmpty() && from == null) {
            throw new ParameterException(spec.commandLine(), "name the documents to review (PATH...), or a batch "
                    + "output folder with --from DIR");
        }
        BatchFolder folder = null;
        if (from != null) {
            if (!Files.isDirectory(from)) {
                throw new ParameterException(spec.commandLine(), "--from " + from + ": not a folder");
            }
            folder = BatchFolder.read(from);
            folder.problems().forEach(p -> context.err().println("goalparse: review: " + p));
        }
        List<Input> inputs = paths.isEmpty() ? recordedSources(folder) : walk();
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), paths.isEmpty()
                    ? "--from " + from + " holds no record with a source.path" : "no documents to review");
        }
        if (!prepare()) {
            return ExitCode.INTERNAL.code();
        }
        GoalParser parser = read.parser(context);
        List<String> names = OutputNamer.names(inputs);
        List<Reviewed> pages = new ArrayList<>();
        for (Input input : inputs) {
            String name = PartFiles.stem(names.get(input.index()));
            pages.addAll(folder == null ? parsed(input, name, parser) : recorded(input, name, parser, folder));
        }
        try {
            for (Reviewed r : pages) {
                AtomicWriter.write(dir.resolve(r.page()), ReviewPage.html(r), context.disk());
            }
            AtomicWriter.write(dir.resolve("index.html"), ReviewIndex.html(pages), context.disk());
        } catch (IOException | RuntimeException e) {
            context.err().println("goalparse: review: cannot write the pages into " + dir + " (" + e.getMessage()
                    + ")");
            context.err().flush();
            return ExitCode.INTERNAL.code();
        }
        long failed = pages.stream().filter(r -> !r.ok()).count();
        context.err().println("goalparse: review: " + pages.size() + " pages (" + failed + " of failed documents) "
                + "and index.html in " + dir);
        context.err().flush();
        return failed == 0 ? ExitCode.OK.code() : ExitCode.SOME_FAILED.code();
    }

    private List<Input> walk() throws IOException {
        try {
            return InputWalker.walk(paths, context.stdin());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Without PATHs: the sources the records name, in the folder's order. */
    private static List<Input> recordedSources(BatchFolder folder) {
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode r : folder.records()) {
            String path = BatchFolder.path(r);
            if (path != null && !InputWalker.STDIN.equals(path)) {
                seen.add(path);
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (String p : seen) {
            try {
                inputs.add(new Input(inputs.size(), p, Path.of(p)));
            } catch (RuntimeException e) {
                // not a path on this system: nothing to show it from
            }
        }
        return inputs;
    }

    private boolean prepare() {
        try {
            Files.createDirectories(dir);
            AtomicWriter.probe(dir, context.disk());
            return true;
        } catch (IOException | RuntimeException e) {
            context.err().println("goalparse: review: cannot write to the output folder " + dir + " ("
                    + e.getMessage() + ")");
            context.err().flush();
            return false;
        }
    }

    private List<Reviewed> parsed(Input input, String name, GoalParser parser) {
        Attempt.Result<List<JsonNode>> result = Attempt.run(context, debug.debug, input.name(), null,
                source -> provider.records(parser, source));
        if (!result.ok()) {
            return List.of(Reviewed.failed(name + ".html", input.name(), result.failure().code(),
                    result.failure().message()));
        }
        return pages(input, name, parser, result.value(), List.of());
    }

    private List<Reviewed> recorded(Input input, String name, GoalParser parser, BatchFolder folder) {
        byte[] bytes = bytes(input, parser);
        BatchFolder.Match match = folder.match(bytes == null ? null : sha256(bytes), input.name(), input.path());
        if (match.records().isEmpty()) {
            String why = bytes == null ? "cannot be read, and " : "";
            context.err().println("goalparse: " + input.name() + ": " + why + "no record of it in " + from);
            return List.of(Reviewed.failed(name + ".html", input.name(), "NO_RECORD", "the source " + why
                    + "has no record in " + from + " (matched by source.sha256, then source.path)"));
        }
        JsonNode first = match.records().get(0);
        if (BatchFolder.isError(first)) {
            JsonNode error = first.path("error");
            context.err().println("goalparse: " + input.name() + ": " + error.path("message").asText("failed")
                    + " (failed in the batch)");
            return List.of(Reviewed.failed(name + ".html", input.name(), error.path("code").asText("INTERNAL"),
                    error.path("message").asText("failed")));
        }
        List<JsonNode> records = match.records().stream().filter(r -> !BatchFolder.isError(r)).toList();
        if (match.changed() || bytes == null) {
            String why = bytes == null ? "the source cannot be read now: no boxes drawn"
                    : "the source has changed since the batch (its SHA-256 is not the record's source.sha256): "
                    + "not shown, no boxes drawn";
            List<Reviewed> pages = new ArrayList<>();
            for (JsonNode r : records) {
                pages.add(Reviewed.of(page(name, r), label(input.name(), r), r, new SourceView.Missing(why),
                        List.of()));
            }
            return pages;
        }
        return pages(input, name, parser, records, List.of());
    }

    /** The pages of an input's records, the source drawn once (PDF pages rendered once for all parts). */
    private List<Reviewed> pages(Input input, String name, GoalParser parser, List<JsonNode> records,
                                 List<String> notes) {
        List<PageImage> images = null;
        String text = null;
        String unavailable = null;
        boolean pdf = "application/pdf".equals(records.get(0).path("source").path("mediaType").asText());
        try {
            Source source = Inputs.source(input.name(), context, null);
            if (pdf) {
                images = PageRenderer.render(source.read(parser.maxBytes()), read.password(), dpi, 1,
                        Integer.MAX_VALUE);
            } else {
                text = LayoutText.render(parser.text(source));
            }
        } catch (GoalParseException | RuntimeException e) {
            unavailable = "the source cannot be shown (" + e.getMessage() + ")";
        }
        List<Reviewed> pages = new ArrayList<>();
        for (JsonNode r : records) {
            SourceView view;
            if (unavailable != null) {
                view = new SourceView.Missing(unavailable);
            } else if (images != null) {
                JsonNode range = r.path("source").path("part").path("pages");
                int first = range.size() == 2 ? range.get(0).asInt() : 1;
                int last = range.size() == 2 ? range.get(1).asInt() : Integer.MAX_VALUE;
                view = new SourceView.Pages(images.stream().filter(p -> p.page() >= first && p.page() <= last)
                        .toList());
            } else {
                view = new SourceView.Text(text);
            }
            pages.add(Reviewed.of(page(name, r), label(input.name(), r), r, view, notes));
        }
        return pages;
    }

    private static String page(String name, JsonNode record) {
        Part part = part(record);
        return part != null ? name + "." + part.suffix() + ".html" : name + ".html";
    }

    private static String label(String input, JsonNode record) {
        Part part = part(record);
        return part != null ? PartFiles.label(input, part) : input;
    }

    /** The record's {@code source.part}; null for a whole file (and for a part a hand-edited record garbled). */
    private static Part part(JsonNode record) {
        JsonNode p = record.path("source").path("part");
        if (!p.isObject()) {
            return null;
        }
        try {
            return partOf(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Part partOf(JsonNode p) {
        List<Integer> pages = new ArrayList<>();
        p.path("pages").forEach(n -> pages.add(n.asInt()));
        return new Part(p.path("index").asInt(), p.path("count").asInt(), pages.isEmpty() ? null : pages,
                p.path("sheet").isTextual() ? p.path("sheet").asText() : null,
                p.path("heading").isTextual() ? p.path("heading").asText() : null);
    }

    private byte[] bytes(Input input, GoalParser parser) {
        try {
            return Inputs.source(input.name(), context, null).read(parser.maxBytes());
        } catch (GoalParseException | RuntimeException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
