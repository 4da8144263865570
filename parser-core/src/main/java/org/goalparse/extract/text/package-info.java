/** Plain-text extraction: charset guessing, line splitting, tab-separated rows as tables. */
package org.goalparse.extract.text;
