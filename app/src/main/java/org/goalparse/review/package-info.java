/**
 * The review pages of {@code goalparse review}: one self-contained HTML page per record with the source (PDF pages
 * as images, other inputs as the {@code goalparse text} text) on one side, a box around every value that has
 * provenance, and the extracted structure on the other side; an index of them all. Reads records as JSON (the
 * {@code provenance} map of issue 14), so it needs nothing of the parser but its output.
 */
package org.goalparse.review;
