/**
 * Running the parser over many documents, shared by the CLI's {@code batch} and the Spark job: {@link
 * org.goalparse.batch.TimedParser} (a time limit per file, a document that runs out of memory retried alone),
 * {@link org.goalparse.batch.Failure} (why a document failed: the status code and one line) and
 * {@link org.goalparse.batch.ErrorRecord} (the JSON Lines record of a failed document, shaped like a document's).
 */
package org.goalparse.batch;
