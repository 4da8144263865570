package org.goalparse.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.goalparse.batch.Failure;
import org.goalparse.batch.TimedParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code goalparse batch PATH...}: many documents on several threads with one shared parser. Each input gives its
 * records ({@link org.goalparse.GoalParser#parseAll}: one, or one per department of a file of several). Output:
 * {@code <name>.json} per input, {@code <name>.<part>.json} per department of a file of several, under
 * {@code -o DIR} (with {@code errors.jsonl}), or JSON Lines / CSV on stdout (or {@code DIR/batch.jsonl},
 * {@code DIR/batch.csv}), a line or rows per record. Every input ends as its records or an error record; the
 * summary line on stderr says how many of each.
 */
@Command(name = "batch", description = {"Parse many documents (folders are walked) on several threads.",
        "With -o DIR: one <file name>.json per document and DIR/errors.jsonl. Without: JSON Lines on stdout in "
                + "input order, a document that fails as {\"source\":…,\"error\":{\"code\":…,\"message\":…}}.",
        "A file of several departments gives one record per department (source.part): <file name>.<part>.json "
                + "each with -o, a JSON line or CSV rows each otherwise.",
        "Exit 0 when every document parsed, 1 when some failed; a summary line on stderr counts them."},
        sortOptions = false, exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4)
final class BatchCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, jsonl, csv }

    private final Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the output under DIR (checked "
            + "writable before the run; temporary files an interrupted run left there are removed); - is stdout.")
    private Path outputDir;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (one file per document; needs -o, its "
            + "default), jsonl (JSON Lines; the default without -o) or csv (one row per target and result, UTF-8 "
            + "with BOM).")
    private Format format;

    @Mixin
    private RunOptions run;

    @Option(names = "--resume", description = "With -o: skip a document whose output (every part's, for a "
            + "file of several departments) exists and records the input's current SHA-256.")
    private boolean resume;

    @Option(names = "--manifest", paramLabel = "FILE.csv", description = "CSV with columns path, municipality, "
            + "source_url, published: metadata the documents do not give.")
    private Path manifestFile;

    @Option(names = "--municipality", paramLabel = "NAME",
            description = "The municipality of documents whose text does not name it (a manifest row's wins).")
    private String municipality;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no line per failed document on stderr "
            + "(the summary line stays).")
    private boolean quiet;

    @Mixin
    private ProvenanceOption provenance;

    @Mixin
    private DebugOption debug;

    @Mixin
    private ReadOptions read;

    @Mixin
    private InputPaths paths;

    BatchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        run.validate();
        read.validate();
        Path dir = outputDir == null || InputWalker.STDIN.equals(outputDir.toString()) ? null : outputDir;
        Format fmt = format(dir);
        Manifest manifest = manifest();
        List<Input> inputs = paths.walk(context.stdin());
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), paths.nothingFound());
        }
        long start = System.nanoTime();
        if (dir != null && !prepare(dir)) {
            return ExitCode.INTERNAL.code();
        }
        List<String> names = OutputNamer.names(inputs);
        PartFiles.Folder folder = fmt == Format.json ? PartFiles.Folder.scan(dir, names) : null;
        Progress progress = new Progress(context.err(), progressMode(), inputs.size(), System::nanoTime);
        Counts counts = new Counts(inputs.size());
        ErrorLog errors = new ErrorLog();
        boolean[] delivered = new boolean[inputs.size()];
        Exception stopped = null;
        try (TimedParser parser = run.parser(provenance.apply(read.parser(context)));
             Output output = Output.open(fmt, dir, names, folder, context.out(), context.disk())) {
            new BatchRun(run.jobs).run(inputs, in -> work(in, parser, manifest, names, folder), output.sink().ordered(),
                    o -> {
                        Outcome done = deliver(output.sink(), o);
                        delivered[o.input().index()] = true;
                        counts.add(done);
                        errors.add(done);
                        progress.done(done.ok());
                        if (!done.ok()) {
                            report(progress, done);
                        }
                    }, progress);
            output.finish();
        } catch (OutputFailure e) {
            stopped = (Exception) e.getCause();
        } catch (IOException e) { // the stream's file could not be completed (batch.jsonl, batch.csv)
            stopped = e;
        } finally {
            progress.finish();
        }
        if (stopped != null) {
            Failure lost = new Failure(Failure.UNWRITABLE, "not written: the run stopped when its output could "
                    + "not be written (" + reason(stopped) + ")");
            for (Input in : inputs) {
                if (!delivered[in.index()]) {
                    Outcome o = Outcome.failed(in, lost, stopped);
                    counts.add(o);
                    errors.add(o);
                }
            }
            context.err().println("goalparse: batch: cannot write the output (" + reason(stopped) + "); the run "
                    + "stopped");
        }
        boolean logged = dir == null || writeErrors(dir, errors);
        context.err().println("goalparse: batch: " + counts.summary(System.nanoTime() - start));
        context.err().flush();
        context.out().flush();
        if (stopped != null || !logged) {
            return ExitCode.INTERNAL.code();
        }
        return counts.failed == 0 ? ExitCode.OK.code() : ExitCode.SOME_FAILED.code();
    }

    /**
     * Before the run: the output folder exists and takes a file (else one line on stderr and false: nothing is
     * parsed for an output that cannot be written), and the temporary files a killed run left in it are removed.
     */
    private boolean prepare(Path dir) {
        try {
            List<String> removed = AtomicWriter.removeLeftovers(dir, FileTime.from(Instant.now()));
            AtomicWriter.probe(dir, context.disk());
            if (!removed.isEmpty()) {
                context.err().println("goalparse: batch: removed " + removed.size() + " temporary "
                        + (removed.size() == 1 ? "file" : "files") + " an interrupted run left in " + dir + " ("
                        + String.join(", ", removed.subList(0, Math.min(3, removed.size())))
                        + (removed.size() > 3 ? ", …" : "") + ")");
            }
            return true;
        } catch (IOException | RuntimeException e) {
            context.err().println("goalparse: batch: cannot write to the output folder " + dir + " ("
                    + reason(e) + "); nothing was parsed");
            context.err().flush();
            return false;
        }
    }

    /**
     * {@code DIR/errors.jsonl}, as far as it can be written; when it cannot, its records go to stderr so that no
     * failure is lost. False when the file could not be written.
     */
    private boolean writeErrors(Path dir, ErrorLog errors) {
        try {
            errors.write(dir, context.disk());
            return true;
        } catch (IOException | RuntimeException e) {
            context.err().println("goalparse: batch: cannot write " + dir.resolve(ErrorLog.FILE) + " (" + reason(e)
                    + ")" + (errors.size() == 0 ? "" : "; its " + errors.size() + " error records follow"));
            errors.print(context.err());
            return false;
        }
    }

    private static String reason(Throwable t) {
        String m = t.getMessage();
        if (t instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            m = fse.getFile() == null ? fse.getReason() : fse.getFile() + ": " + fse.getReason();
        }
        return m == null ? t.getClass().getSimpleName() : m;
    }

    private Outcome work(Input in, TimedParser parser, Manifest manifest, List<String> names,
                         PartFiles.Folder folder) {
        if (resume && ResumeIndex.upToDate(in.path(), folder, names.get(in.index()))) {
            return Outcome.skippedUnchanged(in);
        }
        try {
            Source source = Source.named(in.name(), in.path()); // source.path is what the CSV and errors name
            Optional<Manifest.Entry> entry = manifest.find(in.path());
            if (entry.isPresent()) {
                source = entry.get().apply(source);
            }
            String fill = entry.map(Manifest.Entry::municipality).orElse(municipality);
            List<GoalDocument> docs = new ArrayList<>();
            for (GoalDocument doc : parser.parseAll(source)) {
                docs.add(doc.municipality() == null && fill != null ? doc.withFacts(fill, doc.fiscalYear()) : doc);
            }
            return Outcome.parsed(in, docs);
        } catch (Throwable t) {
            return Outcome.failed(in, Failure.classify(t), t);
        }
    }

    private static Outcome deliver(BatchSink sink, Outcome o) {
        try {
            return sink.accept(o);
        } catch (IOException | RuntimeException e) {
            throw new OutputFailure(e);
        }
    }

    private void report(Progress progress, Outcome o) {
        if (quiet) {
            return;
        }
        progress.message("goalparse: " + o.input().name() + ": " + o.failure().message());
        if (debug.debug && o.cause() != null) {
            o.cause().printStackTrace(context.err());
            context.err().flush();
        }
    }

    private Format format(Path dir) {
        Format fmt = format != null ? format : dir != null ? Format.json : Format.jsonl;
        if (fmt == Format.json && dir == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format json writes one file per document and needs -o DIR (or use --format jsonl)");
        }
        if (resume && (dir == null || fmt != Format.json)) {
            throw new ParameterException(spec.commandLine(), "--resume needs -o DIR and the json format");
        }
        if (resume && read.pagesGiven()) {
            // an output of other pages would count as up to date: refuse rather than keep it silently
            throw new ParameterException(spec.commandLine(), "--resume cannot be combined with --pages yet");
        }
        return fmt;
    }

    private Manifest manifest() {
        if (manifestFile == null) {
            return Manifest.EMPTY;
        }
        try {
            return Manifest.read(manifestFile);
        } catch (IOException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--manifest " + manifestFile + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private Progress.Mode progressMode() {
        return quiet ? Progress.Mode.QUIET : context.terminal() ? Progress.Mode.BAR : Progress.Mode.LINES;
    }

    /** An output that cannot be written (stdout closed, the folder gone): the run stops, exit 4. */
    static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(Exception cause) {
            super("cannot write the output: " + cause.getMessage(), cause);
        }
    }

    /** Count in = count out; records (one per department of a file of several) beside. */
    private static final class Counts {
        final int inputs;
        int ok;
        int skipped;
        int failed;
        int records;
        int several;

        Counts(int inputs) {
            this.inputs = inputs;
        }

        void add(Outcome o) {
            if (!o.ok()) {
                failed++;
            } else {
                ok++;
                if (o.skipped()) {
                    skipped++;
                }
                records += o.documents().size();
                if (o.documents().size() > 1) {
                    several++;
                }
            }
        }

        /**
         * {@code 29 inputs: 18 ok (3 unchanged, skipped), 11 failed in 12.3 s}; when a file held several
         * departments, the records written beside: {@code 3 inputs: 3 ok, 0 failed; 7 records (1 input of several
         * departments) in 4.1 s}.
         */
        String summary(long nanos) {
            return inputs + " inputs: " + ok + " ok" + (skipped > 0 ? " (" + skipped + " unchanged, skipped)" : "")
                    + ", " + failed + " failed"
                    + (several > 0 ? "; " + records + " records (" + several + (several == 1 ? " input" : " inputs")
                            + " of several departments)" : "")
                    + String.format(Locale.ROOT, " in %.1f s", nanos / 1e9);
        }
    }
}
