package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/**
 * A main project (主な事業) with its plan (取組) and final report (最終報告). {@code id} ({@code p1}, {@code p2}…) is
 * its key within the record, its place in the record's projects ({@link GoalDocument} gives it); null only while the
 * project is being read.
 */
public record Project(String id, String name, String division, String plan, String report, List<Quantity> results) {
    public Project {
        if (id != null && !id.matches("p[1-9][0-9]*")) {
            throw new IllegalArgumentException("a project id is p1, p2…: " + id);
        }
        Objects.requireNonNull(name, "name");
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }

    /** A project without its id yet. */
    public Project(String name, String division, String plan, String report, List<Quantity> results) {
        this(null, name, division, plan, report, results);
    }

    /** The id of the project at {@code index} (0-based) of a record's projects. */
    static String idAt(int index) {
        return "p" + (index + 1);
    }

    /** The same project with another id. */
    public Project withId(String newId) {
        return new Project(newId, name, division, plan, report, results);
    }
}
