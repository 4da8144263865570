/** goalparse: turns Japanese municipal department goal documents into normalized records; start at {@link org.goalparse.GoalParser}. */
package org.goalparse;
