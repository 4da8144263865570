package org.goalparse.interpret;

import org.goalparse.model.GoalDocument;
import org.goalparse.model.SourceInfo;
import org.goalparse.outline.Outline;

/** Stage 4: an outline -> the contract's document (department, year, goals, targets, achievements, KPIs...). */
@FunctionalInterface
public interface Interpreter {
    /**
     * @param municipality the caller's municipality (--municipality), for a text that names none; or null
     */
    GoalDocument interpret(Outline outline, SourceInfo source, String municipality);
}
