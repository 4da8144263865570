/**
 * Where each extracted value of a record stands in its source: {@link org.goalparse.provenance.ValueLocator} finds a
 * value among the lines of the layout it was read from and reports their page, boxes and span
 * ({@link org.goalparse.model.Origin}). See docs/provenance.md.
 */
package org.goalparse.provenance;
