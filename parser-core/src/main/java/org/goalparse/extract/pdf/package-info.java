/** PDF extraction through PDFBox: glyphs, lines, rulings and ruled-table grids, with positions. */
package org.goalparse.extract.pdf;
