package org.goalparse.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How far the output can be trusted as a department-goal document (docs/quality.md).
 *
 * @param goalDocument whether the input looks like a department-goal document at all; when false (council
 *                     minutes, a README, a news page) the fields only a goal document gives are left empty
 * @param signals      the evidence behind {@code goalDocument}, short lower-case names such as {@code goal-section}
 *                     or {@code minutes-speaker-marks}, for and against, in a fixed order
 * @param placedShare  the share (0..1, two decimals) of the input's non-blank characters that ended up in a
 *                     structured field rather than only in {@code sections}
 */
public record Quality(boolean goalDocument, List<String> signals, double placedShare) {
    private static final Pattern SIGNAL = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** What a document carries before (or without) the interpreter's assessment. */
    public static final Quality NOT_ASSESSED = new Quality(true, List.of("not-assessed"), 0);

    public Quality {
        signals = List.copyOf(Objects.requireNonNull(signals, "signals"));
        for (String s : signals) {
            if (!SIGNAL.matcher(s).matches()) {
                throw new IllegalArgumentException("a signal is a lower-case hyphenated name: " + s);
            }
        }
        if (!(placedShare >= 0 && placedShare <= 1)) { // NaN fails too
            throw new IllegalArgumentException("placedShare must be within 0..1: " + placedShare);
        }
        placedShare = Math.round(placedShare * 100) / 100.0;
    }
}
