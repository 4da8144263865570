package org.goalparse.bench;

import java.util.ArrayList;
import java.util.List;

/** The passes of one bench run, one list entry per repetition; for one thread the pooled runs are the sequential ones. */
final class Throughput {
    final List<Integer> threads;
    final List<PassTime> floor = new ArrayList<>();
    /** The stricter floor: PDFTextStripper with fonts kept from page to page. */
    final List<PassTime> floorKeepingFonts = new ArrayList<>();
    final List<PassTime> parse = new ArrayList<>();
    /** The same parse with every file read whole ({@code Splitter.NONE}): what splitting by department costs. */
    final List<PassTime> parseWhole = new ArrayList<>();
    /** The same parse with provenance ({@code GoalParser.withProvenance(true)}): what provenance costs. */
    final List<PassTime> parseProvenance = new ArrayList<>();
    final List<List<PassTime>> floorPooled = new ArrayList<>();
    final List<List<PassTime>> parsePooled = new ArrayList<>();
    /** nanos[kind][stage] per repetition, kind 0 = PDF, 1 = text. */
    final List<long[][]> stages = new ArrayList<>();

    Throughput(List<Integer> threads) {
        this.threads = List.copyOf(threads);
        threads.forEach(t -> {
            floorPooled.add(new ArrayList<>());
            parsePooled.add(new ArrayList<>());
        });
    }
}
