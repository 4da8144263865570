package org.goalparse.cli;

import org.goalparse.GoalParser;
import picocli.CommandLine.Mixin;

/**
 * How the documents are read (parse, text, batch, review): {@code --password}, {@code --pages}, {@code --ocr} and
 * {@code --ocr-lang}. The one place the command's parser is built from them.
 */
final class ReadOptions {
    @Mixin
    private PasswordOption password;

    @Mixin
    private PagesOption pages;

    @Mixin
    private OcrOptions ocr;

    /** Checks the values that picocli does not; a bad one is a usage error. Call before any document is read. */
    void validate() {
        ocr.validate();
    }

    /** Whether --pages was given. */
    boolean pagesGiven() {
        return pages.pages != null;
    }

    /** The password given, or null: what else opens the PDF (the review's page images) needs it too. */
    String password() {
        return password.password;
    }

    /** The shared parser with this command's options ({@link #validate} first). */
    GoalParser parser(Context context) {
        return ocr.apply(pages.apply(password.apply(context.parser().get())));
    }
}
