package org.goalparse.ja;

/**
 * What a number with a counter measures. Only {@link #MEASURE} is a quantity in the contract's sense
 * ({@link QuantityExtractor#extract}); the others are found so that a caller can see and decide.
 */
public enum QuantityKind {
    /** A count, amount, rate or ratio: {@code 3回}, {@code 40,070世帯}, {@code 80%}, {@code 20日}, {@code 797時間}. */
    MEASURE,
    /** A span of time in years, months or weeks: {@code 施行10年}, {@code 10年間}, {@code 3か月}. */
    DURATION,
    /** A legal or procedural time limit counted from an event: {@code 誕生日から14日以内に}. */
    DEADLINE
}
