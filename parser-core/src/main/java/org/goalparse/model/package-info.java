/** The records of the output contract (GoalDocument and its parts), their JSON form and JSON Schema. */
package org.goalparse.model;
