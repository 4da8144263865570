/** Segmentation: recognizes headings, numbering styles, bullets and table kinds, one recognizer per construct. */
package org.goalparse.segment;
