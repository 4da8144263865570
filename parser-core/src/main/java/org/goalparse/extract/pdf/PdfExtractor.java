package org.goalparse.extract.pdf;

import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.layout.Layout;

/** PDF through PDFBox (work in progress). */
public final class PdfExtractor {
    public Layout extract(byte[] bytes) throws GoalParseException {
        throw new GoalParseException(Status.UNSUPPORTED, "PDF extraction is not available yet");
    }
}
