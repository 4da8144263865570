package org.goalparse.extract.ocr;

import java.util.Objects;

/**
 * How PDFs are OCRed: the mode, the engine's language models ({@code jpn}: Japanese, horizontal; {@code jpn+eng},
 * {@code jpn_vert} ...), the resolution pages are rendered at, and the engine.
 */
public record OcrSettings(OcrMode mode, String lang, int dpi, OcrEngine engine) {
    public static final String DEFAULT_LANG = "jpn";
    public static final int DEFAULT_DPI = 300;

    public OcrSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(engine, "engine");
        if (lang == null || !lang.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("an OCR language is model names joined by +, e.g. jpn or jpn+eng: "
                    + lang);
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("OCR resolution must be 72-600 dpi: " + dpi);
        }
    }

    /** Automatic OCR in Japanese at 300 dpi with the {@code tesseract} command. */
    public static OcrSettings defaults() {
        return new OcrSettings(OcrMode.AUTO, DEFAULT_LANG, DEFAULT_DPI, TesseractEngine.shared());
    }

    public OcrSettings withMode(OcrMode m) {
        return new OcrSettings(m, lang, dpi, engine);
    }

    public OcrSettings withLang(String l) {
        return new OcrSettings(mode, l, dpi, engine);
    }

    public OcrSettings withEngine(OcrEngine e) {
        return new OcrSettings(mode, lang, dpi, e);
    }
}
