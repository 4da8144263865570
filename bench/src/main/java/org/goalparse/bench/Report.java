package org.goalparse.bench;

import java.util.Arrays;
import java.util.List;

/** The figures as Markdown tables: times are medians, ratios are to the floor of the same documents. */
final class Report {
    private final Corpus corpus;
    private final Options o;
    private final StringBuilder md = new StringBuilder();
    private final StringBuilder targets = new StringBuilder();

    Report(Corpus corpus, Options o) {
        this.corpus = corpus;
        this.o = o;
        md.append(String.format("Corpus: %d documents (seed %d): %d PDF with %d pages (%.1f MB), %d text (%.1f MB). "
                + "%d cores, Java %s. Times are medians of %d pass(es) after %d warm-up pass(es) over the first "
                + Bench.WARMUP_DOCS + " documents; ratios are to "
                + "the floor of the same documents (the machine is shared and noisy: the ratios are the figures, "
                + "the seconds only show the scale).%n%n",
                corpus.docs().size(), o.seed(), corpus.pdfs().size(), corpus.pages(), corpus.bytes(true) / 1e6,
                corpus.texts().size(), corpus.bytes(false) / 1e6, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), o.reps(), o.warmup()));
    }

    void throughput(Throughput t) {
        long floorPdf = Stats.median(t.floor, PassTime::pdfNanos);
        long floorPdfCpu = Stats.median(t.floor, PassTime::pdfCpuNanos);
        long floorText = Stats.median(t.floor, PassTime::textNanos);
        long floorTextCpu = Stats.median(t.floor, PassTime::textCpuNanos);
        long floorAll = Stats.median(t.floor, PassTime::wallNanos);
        long floorAllCpu = Stats.median(t.floor, p -> p.pdfCpuNanos() + p.textCpuNanos());
        long strictPdf = Stats.median(t.floorKeepingFonts, PassTime::pdfNanos);
        long strictPdfCpu = Stats.median(t.floorKeepingFonts, PassTime::pdfCpuNanos);
        long seqPdf = Stats.median(t.parse, PassTime::pdfNanos);
        long seqPdfCpu = Stats.median(t.parse, PassTime::pdfCpuNanos);
        long seqText = Stats.median(t.parse, PassTime::textNanos);
        long seqTextCpu = Stats.median(t.parse, PassTime::textCpuNanos);
        long seqAll = Stats.median(t.parse, PassTime::wallNanos);
        long seqAllCpu = Stats.median(t.parse, p -> p.pdfCpuNanos() + p.textCpuNanos());
        int pdfs = corpus.pdfs().size();
        int texts = corpus.texts().size();
        int all = corpus.docs().size();
        md.append("| # | measure (sequential, one thread) | docs | wall | thread CPU | docs/s | ratio to floor, wall "
                + "| ratio to floor, CPU |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        row("1", "floor, PDF: PDFBox `PDFTextStripper` (read + load + getText)", pdfs, floorPdf, floorPdfCpu, 1, 1);
        row("1", "floor, text: read file + decode UTF-8", texts, floorText, floorTextCpu, 1, 1);
        row("1", "floor, all", all, floorAll, floorAllCpu, 1, 1);
        row("1b", "stricter floor, PDF: the same, fonts kept from page to page (as goalparse reads)", pdfs, strictPdf,
                strictPdfCpu, (double) strictPdf / floorPdf, (double) strictPdfCpu / floorPdfCpu);
        row("2", "goalparse full parse (`GoalParser.parseAll` + JSON), PDF", pdfs, seqPdf, seqPdfCpu,
                (double) seqPdf / floorPdf, (double) seqPdfCpu / floorPdfCpu);
        row("2", "goalparse full parse, text", texts, seqText, seqTextCpu, (double) seqText / floorText,
                (double) seqTextCpu / floorTextCpu);
        row("2", "goalparse full parse, all", all, seqAll, seqAllCpu, (double) seqAll / floorAll,
                (double) seqAllCpu / floorAllCpu);
        md.append(String.format("%ngoalparse over the stricter floor (1b), PDF: %s wall, %s CPU: what goalparse adds to "
                + "getting the characters out when no font is parsed twice.%n%n", Stats.ratio((double) seqPdf / strictPdf),
                Stats.ratio((double) seqPdfCpu / strictPdfCpu)));
        long wholePdfCpu = Stats.median(t.parseWhole, PassTime::pdfCpuNanos);
        long wholeAllCpu = Stats.median(t.parseWhole, p -> p.pdfCpuNanos() + p.textCpuNanos());
        long wholePdf = Stats.median(t.parseWhole, PassTime::pdfNanos);
        md.append(String.format("Splitting files of several departments (schema 4) against reading every file whole, in "
                + "the same run: PDF %s CPU (%s wall), all %s CPU; goalparse over the floor with every file whole: PDF "
                + "%s CPU.%n%n", Stats.ratio((double) seqPdfCpu / wholePdfCpu), Stats.ratio((double) seqPdf / wholePdf),
                Stats.ratio((double) seqAllCpu / wholeAllCpu), Stats.ratio((double) wholePdfCpu / floorPdfCpu)));
        long tracedPdfCpu = Stats.median(t.parseProvenance, PassTime::pdfCpuNanos);
        long tracedTextCpu = Stats.median(t.parseProvenance, PassTime::textCpuNanos);
        long tracedAllCpu = Stats.median(t.parseProvenance, p -> p.pdfCpuNanos() + p.textCpuNanos());
        long tracedPdf = Stats.median(t.parseProvenance, PassTime::pdfNanos);
        md.append(String.format("Provenance of every value (`--provenance`) against the same parse without, in the same "
                + "run: PDF %s CPU (%s wall), text %s CPU, all %s CPU (target: under 1.05x).%n%n",
                Stats.ratio((double) tracedPdfCpu / seqPdfCpu), Stats.ratio((double) tracedPdf / seqPdf),
                Stats.ratio((double) tracedTextCpu / seqTextCpu), Stats.ratio((double) tracedAllCpu / seqAllCpu)));
        // each pass's own ratio (both configurations timed document by document in that pass), to three places: the
        // spread says how far the medians above can be trusted on a shared machine
        StringBuilder passes = new StringBuilder();
        for (int i = 0; i < t.parseProvenance.size(); i++) {
            PassTime traced = t.parseProvenance.get(i);
            PassTime plain = t.parse.get(i);
            passes.append(i == 0 ? "" : ", ").append(String.format("%.3f",
                    (double) (traced.pdfCpuNanos() + traced.textCpuNanos()) / (plain.pdfCpuNanos() + plain.textCpuNanos())));
        }
        md.append(String.format("Provenance, all documents, CPU, pass by pass: %s.%n%n", passes));
        int failures = t.parse.get(0).failures();
        if (failures > 0) {
            md.append(failures).append(" document(s) failed to parse (their time is counted).\n\n");
        }
        md.append("| 3 | threads (fixed pool, one shared parser; all pool sizes interleaved, " + Bench.POOL_CHUNK
                + " documents at a time) | floor wall | floor speedup "
                + "| goalparse wall | goalparse speedup | goalparse cores busy (process CPU / wall) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        long floorOne = Stats.median(t.floorPooled.get(0), PassTime::wallNanos);
        long parseOne = Stats.median(t.parsePooled.get(0), PassTime::wallNanos);
        for (int i = 0; i < t.threads.size(); i++) {
            long fw = Stats.median(t.floorPooled.get(i), PassTime::wallNanos);
            long pw = Stats.median(t.parsePooled.get(i), PassTime::wallNanos);
            long pc = Stats.median(t.parsePooled.get(i), PassTime::cpuNanos);
            md.append(String.format("| 3 | %d | %s | %s | %s | %s | %.2f |%n", t.threads.get(i), Stats.seconds(fw),
                    Stats.ratio((double) floorOne / fw), Stats.seconds(pw), Stats.ratio((double) parseOne / pw),
                    (double) pc / pw));
        }
        md.append(String.format("%nSpeedups are against the first row (%d thread(s)); the floor's speedup on the same "
                + "threads shows how much parallelism the machine gave at that moment.%n%n", t.threads.get(0)));
        stageTable(t.stages);
        target("full parse within 1.3x of bare PDFBox extraction (PDF, wall)", Stats.ratio((double) seqPdf / floorPdf),
                (double) seqPdf / floorPdf <= 1.3);
        target("full parse within 1.3x of bare PDFBox extraction (PDF, CPU)",
                Stats.ratio((double) seqPdfCpu / floorPdfCpu), (double) seqPdfCpu / floorPdfCpu <= 1.3);
        int i1 = t.threads.indexOf(1);
        int i2 = t.threads.indexOf(2);
        if (i1 >= 0 && i2 >= 0) {
            double s = (double) Stats.median(t.parsePooled.get(i1), PassTime::wallNanos)
                    / Stats.median(t.parsePooled.get(i2), PassTime::wallNanos);
            double f = (double) Stats.median(t.floorPooled.get(i1), PassTime::wallNanos)
                    / Stats.median(t.floorPooled.get(i2), PassTime::wallNanos);
            target("2 threads at least 1.7x faster than 1 (" + Runtime.getRuntime().availableProcessors()
                    + " cores; floor: " + Stats.ratio(f) + ")", Stats.ratio(s), s >= 1.7);
        }
    }

    private void stageTable(List<long[][]> stages) {
        Stage[] all = Stage.values();
        long[][] sum = new long[2][all.length];
        for (long[][] run : stages) {
            for (int k = 0; k < 2; k++) {
                for (int s = 0; s < all.length; s++) {
                    sum[k][s] += run[k][s];
                }
            }
        }
        long pdf = Arrays.stream(sum[0]).sum();
        long text = Arrays.stream(sum[1]).sum();
        md.append("| 4 | stage (called one by one, sequential) | share, PDF | share, text | share, all |\n")
                .append("|---|---|---:|---:|---:|\n");
        for (Stage s : all) {
            long p = sum[0][s.ordinal()];
            long t = sum[1][s.ordinal()];
            md.append(String.format("| 4 | %s | %s | %s | %s |%n", s.label, Stats.percent(p, pdf),
                    Stats.percent(t, text), Stats.percent(p + t, pdf + text)));
        }
        md.append(String.format("| 4 | total per pass | %s | %s | %s |%n%n", Stats.seconds(pdf / stages.size()),
                Stats.seconds(text / stages.size()), Stats.seconds((pdf + text) / stages.size())));
    }

    void rss(List<Integer> sizes, List<ChildRun> runs) {
        if (runs.isEmpty()) {
            return;
        }
        md.append("| 5 | peak RSS of `goalparse parse` over N documents (child JVM through bin/goalparse: heap bounded at 384m) | N | peak RSS "
                + "| wall | ratio |\n|---|---|---:|---:|---:|---:|\n");
        long first = runs.get(0).peakRssKb();
        long max = 0;
        for (int i = 0; i < runs.size(); i++) {
            ChildRun r = runs.get(i);
            max = Math.max(max, r.peakRssKb());
            md.append(String.format("| 5 | corpus documents in turn%s | %d | %s | %s | %s |%n",
                    r.exitCode() == 0 ? "" : " (exit " + r.exitCode() + ")", sizes.get(i), Stats.mb(r.peakRssKb()),
                    Stats.seconds(r.wallNanos()), Stats.ratio((double) r.peakRssKb() / first) + " of N=" + sizes.get(0)));
        }
        md.append('\n');
        double growth = (double) runs.get(runs.size() - 1).peakRssKb() / first;
        target("peak RSS under 512 MB", Stats.mb(max), max < 512 * 1024);
        target("peak RSS flat in N (largest N vs smallest, within 1.25x)", Stats.ratio(growth), growth <= 1.25);
    }

    void latency(long goalparse, Long launched, Long pdftotext, long jvmStart) {
        String file = o.root().relativize(o.latencyFile().toAbsolutePath()).toString();
        md.append("| 6 | single-file command (wall, median of ").append(o.latencyRuns())
                .append(" rounds, the commands in turn within each round) | time | ratio |\n|---|---|---:|---:|\n");
        String base = pdftotext == null ? null : "1.00x";
        if (pdftotext != null) {
            md.append(String.format("| 6 | `pdftotext %s -` | %s | %s |%n", file, Stats.seconds(pdftotext), base));
        }
        md.append(String.format("| 6 | `java -jar app/target/goalparse.jar parse %s` | %s | %s |%n", file,
                Stats.seconds(goalparse), pdftotext == null ? "-" : Stats.ratio((double) goalparse / pdftotext)));
        if (launched != null) {
            md.append(String.format("| 6 | `bin/goalparse parse %s` (CDS archive, C1, bounded heap) | %s | %s |%n", file,
                    Stats.seconds(launched), pdftotext == null ? "-" : Stats.ratio((double) launched / pdftotext)));
        }
        md.append(String.format("| 6 | `java -jar app/target/goalparse.jar --version` (JVM start, no parse) | %s | %s |%n%n",
                Stats.seconds(jvmStart), pdftotext == null ? "-" : Stats.ratio((double) jvmStart / pdftotext)));
        long best = launched != null ? launched : goalparse;
        target("single-file parse under 1.0 s wall" + (launched != null ? " (bin/goalparse)" : ""),
                Stats.seconds(best), best < 1_000_000_000L);
    }

    void elapsed(long nanos) {
        md.append("| target | measured | met |\n|---|---:|---|\n").append(targets).append('\n');
        md.append("Whole bench run: ").append(Stats.seconds(nanos)).append(".\n");
    }

    String markdown() {
        return md.toString();
    }

    private void target(String what, String measured, boolean met) {
        targets.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private void row(String n, String what, int docs, long wall, long cpu, double ratioWall, double ratioCpu) {
        md.append(String.format("| %s | %s | %d | %s | %s | %.1f | %s | %s |%n", n, what, docs, Stats.seconds(wall),
                Stats.seconds(cpu), wall == 0 ? 0 : docs / (wall / 1e9), Stats.ratio(ratioWall),
                Stats.ratio(ratioCpu)));
    }
}
