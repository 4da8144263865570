package org.goalparse.review;

import java.util.List;
import java.util.Map;

/**
 * The kind of an extracted value, which colours its box: read from its JSON Pointer, the last field of the path
 * that names a kind ({@code /goals/0/title} is a goal's, {@code /goals/0/targets/1/value} a target's,
 * {@code /projects/2/results/0} a result's).
 */
public enum Kind {
    MUNICIPALITY("municipality", "#8c564b"),
    DEPARTMENT("department", "#d62728"),
    YEAR("fiscal year", "#7f7f7f"),
    HEAD("head", "#e377c2"),
    DIVISION("division", "#17becf"),
    DIRECTION("basic direction", "#bcbd22"),
    POLICY("policy", "#9467bd"),
    GOAL("goal", "#1f77b4"),
    TARGET("target", "#2ca02c"),
    RESULT("result", "#ff7f0e"),
    ISSUE("issue", "#a05d56"),
    PLAN("plan reference", "#6b6ecf"),
    PROJECT("project", "#637939"),
    INDICATOR("indicator", "#0b7a75"),
    MIDTERM("mid-term goal", "#393b79"),
    SCHEDULE("schedule item", "#843c39"),
    OTHER("other", "#555555");

    private static final Map<String, Kind> FIELDS = Map.ofEntries(
            Map.entry("municipality", MUNICIPALITY), Map.entry("department", DEPARTMENT),
            Map.entry("fiscalYear", YEAR), Map.entry("head", HEAD), Map.entry("divisions", DIVISION),
            Map.entry("division", DIVISION), Map.entry("basicDirection", DIRECTION),
            Map.entry("priorityPolicies", POLICY), Map.entry("goals", GOAL), Map.entry("targets", TARGET),
            Map.entry("achievement", RESULT), Map.entry("results", RESULT), Map.entry("issues", ISSUE),
            Map.entry("planRefs", PLAN), Map.entry("projects", PROJECT), Map.entry("indicators", INDICATOR),
            Map.entry("baseline", INDICATOR), Map.entry("midTermGoals", MIDTERM), Map.entry("schedule", SCHEDULE));

    private final String label;
    private final String colour;

    Kind(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** A CSS colour. */
    public String colour() {
        return colour;
    }

    /** The CSS class of a box or an item of this kind. */
    public String css() {
        return "k-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind of(String pointer) {
        Kind kind = OTHER;
        for (String field : segments(pointer)) {
            Kind k = FIELDS.get(field);
            if (k != null) {
                kind = k;
            }
        }
        return kind;
    }

    /** The unescaped reference tokens of an RFC 6901 pointer ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
    static List<String> segments(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
                .map(s -> s.replace("~1", "/").replace("~0", "~")).toList();
    }
}
