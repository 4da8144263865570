package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** One KPI row: 事業番号, 主な事業, 事業指標, 現状値 (with its year), 目標値 per year, 所管課. */
public record Indicator(String id, String project, String metric, DatedQuantity baseline, List<DatedQuantity> targets,
                        String division) {
    public Indicator {
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    }
}
