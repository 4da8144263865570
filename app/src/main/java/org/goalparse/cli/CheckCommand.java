package org.goalparse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.goalparse.batch.Failure;
import org.goalparse.batch.TimedParser;
import org.goalparse.golden.Difference;
import org.goalparse.golden.GoldenFiles;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goalparse check --golden DIR PATH...}: the regression check for CI. Parses each document and compares
 * it field by field ({@link GoldenFiles#differences}: every field but {@code source.path}) with
 * {@code DIR/<file name>.json} (the names {@code batch -o} writes), one line per document on stdout and the differing fields under it; exit 1 on any difference, missing golden file or
 * failed document. A file of several departments is compared part by part with
 * {@code DIR/<file name>.<part>.json}, a line per part; a golden file of the input that no record has now is a
 * difference. {@code --update} writes the golden files instead (and removes those no record has).
 */
@Command(name = "check", description = {"Compare parses with golden JSON files (DIR/<file name>.json).",
        "One line per document on stdout, the differing fields under it; exit 0 when all are the same, 1 when any "
                + "differs, has no golden file or fails; --update rewrites the golden files.",
        "A file of several departments is compared part by part with DIR/<file name>.<part>.json."},
        sortOptions = false, exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class CheckCommand implements Callable<Integer> {
    static final int MAX_DIFFERENCES = 20;

    private final Context context;

    @Mixin
    private HelpOption help;

    @Option(names = "--golden", required = true, paramLabel = "DIR", description = "The folder of golden files.")
    private Path golden;

    @Option(names = "--update", description = "Write the golden files from this parse (review the diff!).")
    private boolean update;

    @Mixin
    private RunOptions run;

    @Mixin
    private DebugOption debug;

    @Mixin
    private InputPaths paths;

    CheckCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        run.validate();
        List<Input> inputs = paths.walk(context.stdin());
        List<String> names = OutputNamer.names(inputs);
        int[] counts = new int[Verdict.values().length];
        Progress quiet = new Progress(context.err(), Progress.Mode.QUIET, inputs.size(), System::nanoTime);
        PartFiles.Folder folder = PartFiles.Folder.scan(golden, names);
        try (TimedParser parser = run.parser(context.parser().get())) {
            new BatchRun(run.jobs).run(inputs, in -> parse(in, parser), true, o -> {
                Verdict v = judge(o, names.get(o.input().index()), folder);
                counts[v.ordinal()]++;
            }, quiet);
        }
        boolean written = Stdout.written(context);
        context.err().println("goalparse: check: " + inputs.size() + " documents: " + counts[0] + " same, "
                + counts[1] + " updated, " + counts[2] + " different, " + counts[3] + " failed");
        context.err().flush();
        if (!written) {
            return ExitCode.INTERNAL.code();
        }
        return counts[2] + counts[3] == 0 ? ExitCode.OK.code() : ExitCode.SOME_FAILED.code();
    }

    private enum Verdict { SAME, UPDATED, DIFFERENT, FAILED }

    private static Outcome parse(Input in, TimedParser parser) {
        try {
            return Outcome.parsed(in, parser.parseAll(Source.named(in.name(), in.path())));
        } catch (Throwable t) {
            return Outcome.failed(in, Failure.classify(t), t);
        }
    }

    /**
     * The verdict on one input: the worst of its records' (each compared with its own golden file) and of the
     * golden files of this input that no record has now (a part beyond today's count, the whole-file golden of a
     * file that now gives parts, or the reverse): a difference, or removed under {@code --update}.
     */
    private Verdict judge(Outcome o, String name, PartFiles.Folder folder) {
        if (!o.ok()) {
            line("FAILED   " + o.input().name() + ": " + o.failure().code() + ": " + o.failure().message());
            if (debug.debug && o.cause() != null) {
                o.cause().printStackTrace(context.err());
            }
            return Verdict.FAILED;
        }
        Verdict verdict = Verdict.SAME;
        List<String> expected = new ArrayList<>();
        for (GoalDocument doc : o.documents()) {
            String file = PartFiles.name(name, doc);
            expected.add(file);
            verdict = worse(verdict, judge(PartFiles.label(o.input().name(), doc.source().part()),
                    folder.dir().resolve(file), doc));
        }
        for (String extra : folder.stale(name, expected)) {
            Path stale = folder.dir().resolve(extra);
            if (update) {
                try {
                    Files.deleteIfExists(stale);
                    line("removed  " + o.input().name() + ": " + stale + " (no such record now)");
                    verdict = worse(verdict, Verdict.UPDATED);
                } catch (IOException e) {
                    line("FAILED   " + o.input().name() + ": cannot remove " + stale + ": "
                            + Failure.unexpected(e).message());
                    verdict = worse(verdict, Verdict.FAILED);
                }
            } else {
                line("EXTRA    " + o.input().name() + ": golden file " + stale + " has no record in this parse "
                        + "(the file gives " + records(o.documents().size()) + "; check --update removes it)");
                verdict = worse(verdict, Verdict.DIFFERENT);
            }
        }
        return verdict;
    }

    private static String records(int n) {
        return n == 1 ? "one record, no parts" : n + " records, one per department";
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** One record ({@code label}: the input, and which part of it) against its golden file. */
    private Verdict judge(String label, Path goldenFile, GoalDocument doc) {
        try {
            JsonNode actual = GoldenFiles.tree(doc);
            if (!Files.isRegularFile(goldenFile)) {
                if (update) {
                    return write(label, goldenFile, doc);
                }
                line("MISSING  " + label + ": no golden file " + goldenFile + " (check --update creates it)");
                return Verdict.DIFFERENT;
            }
            List<Difference> diffs = GoldenFiles.differences(GoldenFiles.read(goldenFile), actual, MAX_DIFFERENCES + 1);
            if (diffs.isEmpty()) {
                line("same     " + label);
                return Verdict.SAME;
            }
            if (update) {
                return write(label, goldenFile, doc);
            }
            line("DIFFERS  " + label + " (golden " + goldenFile + "):");
            for (Difference d : diffs.subList(0, Math.min(MAX_DIFFERENCES, diffs.size()))) {
                line("    " + d.describe());
            }
            if (diffs.size() > MAX_DIFFERENCES) {
                line("    … more differences (only the first " + MAX_DIFFERENCES + " are shown)");
            }
            return Verdict.DIFFERENT;
        } catch (IOException e) {
            line("FAILED   " + label + ": golden file " + goldenFile + " cannot be read: "
                    + Failure.unexpected(e).message());
            return Verdict.FAILED;
        }
    }

    private Verdict write(String label, Path goldenFile, GoalDocument doc) throws IOException {
        AtomicWriter.write(goldenFile, GoldenFiles.render(doc));
        line("updated  " + label + " -> " + goldenFile);
        return Verdict.UPDATED;
    }

    private void line(String s) {
        context.out().println(s);
        context.out().flush();
    }
}
