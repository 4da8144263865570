/** Extraction, the only code that touches Tika and PDFBox: a file's bytes -> {@link org.goalparse.layout.Layout}. */
package org.goalparse.extract;
