package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** The whole parsed document, field for field the output contract. */
public record GoalDocument(String schemaVersion, SourceInfo source, String municipality, String department,
                           FiscalYear fiscalYear, Head head, List<Division> divisions, List<String> basicDirection,
                           List<PriorityPolicy> priorityPolicies, List<Goal> goals, List<Project> projects,
                           List<Indicator> indicators, List<MidTermGoal> midTermGoals, List<Section> sections,
                           Quality quality, List<String> warnings) {
    /**
     * Changes when a field changes meaning. 2: {@code quality} added, and an input that does not look like a goal
     * document keeps no department, fiscal year, head or goals.
     */
    public static final String SCHEMA_VERSION = "3";

    public GoalDocument {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(source, "source");
        divisions = List.copyOf(Objects.requireNonNull(divisions, "divisions"));
        basicDirection = List.copyOf(Objects.requireNonNull(basicDirection, "basicDirection"));
        priorityPolicies = List.copyOf(Objects.requireNonNull(priorityPolicies, "priorityPolicies"));
        goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
        projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        midTermGoals = List.copyOf(Objects.requireNonNull(midTermGoals, "midTermGoals"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Objects.requireNonNull(quality, "quality");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }
}
