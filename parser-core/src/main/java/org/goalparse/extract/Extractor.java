package org.goalparse.extract;

import org.goalparse.GoalParseException;
import org.goalparse.layout.Layout;
import org.goalparse.source.Source;

/** Stage 1: a document's bytes -> positioned text blocks, lines and tables. The only stage that touches Tika/PDFBox. */
@FunctionalInterface
public interface Extractor {
    /**
     * @param source a source whose bytes are in memory ({@link Source#bytes()} non-null)
     * @throws GoalParseException when the document cannot be read at all
     */
    Layout extract(Source source) throws GoalParseException;
}
