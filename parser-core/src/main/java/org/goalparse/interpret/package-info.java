/** Interpretation of the outline: department, head, year, divisions, goals and their achievements, quantities, KPIs. */
package org.goalparse.interpret;
