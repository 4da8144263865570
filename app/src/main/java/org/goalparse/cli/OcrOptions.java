package org.goalparse.cli;

import java.util.Locale;
import org.goalparse.GoalParser;
import org.goalparse.extract.ocr.OcrMode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --ocr auto|never|always} and {@code --ocr-lang}: how scanned PDF pages are read (parse, text, batch). */
final class OcrOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--ocr", paramLabel = "WHEN", description = "Read PDF pages by OCR (Tesseract): auto (the "
            + "default: pages without a usable text layer), never (a scanned PDF is refused) or always (every page).")
    private String when = "auto";

    @Option(names = "--ocr-lang", paramLabel = "LANGS", description = "Tesseract's language models, joined by + "
            + "(default: jpn; e.g. jpn+eng).")
    private String lang;

    /** Checks the values; a bad one is a usage error. */
    void validate() {
        mode();
        if (lang != null && !lang.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new ParameterException(spec.commandLine(), "--ocr-lang takes model names joined by +, e.g. jpn "
                    + "or jpn+eng: " + lang);
        }
    }

    private OcrMode mode() {
        try {
            return OcrMode.valueOf(when.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ocr must be auto, never or always: " + when);
        }
    }

    /** The parser reading PDFs as asked ({@link #validate} first). */
    GoalParser apply(GoalParser parser) {
        OcrMode mode = mode();
        var settings = parser.ocr().withMode(mode);
        if (lang != null) {
            settings = settings.withLang(lang);
        }
        return settings.equals(parser.ocr()) ? parser : parser.withOcr(settings);
    }
}
