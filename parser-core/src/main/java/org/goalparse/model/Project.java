package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** A main project (主な事業) with its plan (取組) and final report (最終報告). */
public record Project(String name, String division, String plan, String report, List<Quantity> results) {
    public Project {
        Objects.requireNonNull(name, "name");
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }
}
