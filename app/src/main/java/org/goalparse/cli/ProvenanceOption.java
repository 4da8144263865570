package org.goalparse.cli;

import org.goalparse.GoalParser;
import picocli.CommandLine.Option;

/** {@code --provenance}: each record with the page, box and span of its values (docs/provenance.md). */
final class ProvenanceOption {
    @Option(names = "--provenance", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Add to each record a \"provenance\" map: for every extracted value (by JSON Pointer) its "
                    + "page, box in PDF points and span in the text `goalparse text` prints (default: off).")
    boolean provenance;

    /** The parser giving provenance, or the parser itself when not asked for. */
    GoalParser apply(GoalParser parser) {
        return provenance ? parser.withProvenance(true) : parser;
    }
}
