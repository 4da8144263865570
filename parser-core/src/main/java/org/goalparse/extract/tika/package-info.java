/** HTML, DOCX, XLSX and legacy Office extraction through single Tika parsers and one XHTML-to-layout handler. */
package org.goalparse.extract.tika;
