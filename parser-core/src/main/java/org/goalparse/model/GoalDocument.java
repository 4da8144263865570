package org.goalparse.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole parsed document, field for field the output contract. {@code provenance} (null unless asked for, and
 * then not printed) maps the JSON Pointer of an extracted value ({@code /goals/0/title}) to where it stands in the
 * source, in the document order of the pointers.
 */
public record GoalDocument(String schemaVersion, SourceInfo source, String municipality, String department,
                           FiscalYear fiscalYear, Head head, List<Division> divisions, List<String> basicDirection,
                           List<PriorityPolicy> priorityPolicies, List<Goal> goals, List<Project> projects,
                           List<Indicator> indicators, List<MidTermGoal> midTermGoals, List<Section> sections,
                           Quality quality, List<String> warnings,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Origin> provenance) {
    /**
     * Changes when a field changes meaning. 2: {@code quality} added, and an input that does not look like a goal
     * document keeps no department, fiscal year, head or goals. 3: a goal's {@code number} may be null (bulleted
     * goals). 4: {@code source.part}, and a file of several departments gives one record per department.
     */
    public static final String SCHEMA_VERSION = "4";

    public GoalDocument {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(source, "source");
        divisions = List.copyOf(Objects.requireNonNull(divisions, "divisions"));
        basicDirection = List.copyOf(Objects.requireNonNull(basicDirection, "basicDirection"));
        priorityPolicies = List.copyOf(Objects.requireNonNull(priorityPolicies, "priorityPolicies"));
        goals = identified(Objects.requireNonNull(goals, "goals"), Goal::id, Goal::idAt, Goal::withId);
        projects = identified(Objects.requireNonNull(projects, "projects"), Project::id, Project::idAt,
                Project::withId);
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        midTermGoals = List.copyOf(Objects.requireNonNull(midTermGoals, "midTermGoals"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Objects.requireNonNull(quality, "quality");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (provenance != null) {
            provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        }
    }

    /** A document without provenance. */
    public GoalDocument(String schemaVersion, SourceInfo source, String municipality, String department,
                        FiscalYear fiscalYear, Head head, List<Division> divisions, List<String> basicDirection,
                        List<PriorityPolicy> priorityPolicies, List<Goal> goals, List<Project> projects,
                        List<Indicator> indicators, List<MidTermGoal> midTermGoals, List<Section> sections,
                        Quality quality, List<String> warnings) {
        this(schemaVersion, source, municipality, department, fiscalYear, head, divisions, basicDirection,
                priorityPolicies, goals, projects, indicators, midTermGoals, sections, quality, warnings, null);
    }

    /** The same document with the provenance of its values (null: none). */
    public GoalDocument withProvenance(Map<String, Origin> newProvenance) {
        return new GoalDocument(schemaVersion, source, municipality, department, fiscalYear, head, divisions,
                basicDirection, priorityPolicies, goals, projects, indicators, midTermGoals, sections, quality, warnings,
                newProvenance);
    }

    /**
     * {@code items} each with the id of its place ({@code g1}, {@code g2}… for goals): the key of a goal or project
     * within its record, the same for the same input, whoever built the list (a part of a file starts again at 1).
     */
    private static <T> List<T> identified(List<T> items, java.util.function.Function<T, String> id,
                                          java.util.function.IntFunction<String> idAt,
                                          java.util.function.BiFunction<T, String, T> withId) {
        List<T> out = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = Objects.requireNonNull(items.get(i), "an item of a list");
            String want = idAt.apply(i);
            out.add(want.equals(id.apply(item)) ? item : withId.apply(item, want));
        }
        return List.copyOf(out);
    }

    /** The same document from another source (a part of its file). */
    public GoalDocument withSource(SourceInfo newSource) {
        return new GoalDocument(schemaVersion, newSource, municipality, department, fiscalYear, head, divisions,
                basicDirection, priorityPolicies, goals, projects, indicators, midTermGoals, sections, quality, warnings,
                provenance);
    }

    /**
     * The same document with the municipality and fiscal year given (either may be null); the provenance of a value
     * replaced here is dropped (a city or year taken from elsewhere has no place in this record's text).
     */
    public GoalDocument withFacts(String newMunicipality, FiscalYear newFiscalYear) {
        Map<String, Origin> kept = provenance;
        if (kept != null) {
            kept = new LinkedHashMap<>(kept);
            if (!Objects.equals(newMunicipality, municipality)) {
                kept.keySet().removeIf(k -> k.equals("/municipality"));
            }
            if (!Objects.equals(newFiscalYear, fiscalYear)) {
                kept.keySet().removeIf(k -> k.startsWith("/fiscalYear/"));
            }
        }
        return new GoalDocument(schemaVersion, source, newMunicipality, department, newFiscalYear, head, divisions,
                basicDirection, priorityPolicies, goals, projects, indicators, midTermGoals, sections, quality, warnings,
                kept);
    }

    /** The same document with other warnings. */
    public GoalDocument withWarnings(List<String> newWarnings) {
        return new GoalDocument(schemaVersion, source, municipality, department, fiscalYear, head, divisions,
                basicDirection, priorityPolicies, goals, projects, indicators, midTermGoals, sections, quality,
                newWarnings, provenance);
    }

    /** The same document with {@code more} warnings after its own (itself when there are none). */
    public GoalDocument withWarningsAdded(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return withWarnings(all);
    }
}
