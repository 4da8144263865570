package org.goalparse.layout;

import java.util.Objects;

/**
 * One line of text as the source laid it out. {@code fontSize} and {@code bold} are known only for
 * formats that carry them (PDF, HTML, DOCX); otherwise 0 and false.
 */
public record Line(String text, Provenance provenance, float fontSize, boolean bold) {
    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }

    public Line(String text, Provenance provenance) {
        this(text, provenance, 0f, false);
    }

    public Line withText(String newText) {
        return new Line(newText, provenance, fontSize, bold);
    }
}
