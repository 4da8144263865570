package org.goalparse.model;

import java.util.Objects;

/** A link to a plan: {@code plan} 総合計画 with code 5-1-③, or 基本政策 with code 45. */
public record PlanRef(String plan, String code, String title) {
    public PlanRef {
        Objects.requireNonNull(code, "code");
    }
}
