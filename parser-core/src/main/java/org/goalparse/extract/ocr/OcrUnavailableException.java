package org.goalparse.extract.ocr;

import java.io.IOException;

/** The OCR engine, or the models of the language asked for, is not installed; the message says how to install it. */
public final class OcrUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    public OcrUnavailableException(String message) {
        super(message);
    }
}
