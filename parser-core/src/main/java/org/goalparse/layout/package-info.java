/** The intermediate model between extraction and segmentation: pages, text blocks, lines, tables, with provenance. */
package org.goalparse.layout;
