package org.goalparse.model;

import java.util.Objects;

/**
 * The input: file name, SHA-256 of its bytes, detected media type, page count of the file (null without pages),
 * extractor; {@code url} and {@code published} where the caller gave them (a batch manifest), else null;
 * {@code part}, which department of a file that holds several this record is, else null; {@code ocr}, the pages read
 * by OCR, else null. Every field is always
 * present, so every document has the same columns for jq, DuckDB and pandas.
 */
public record SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor,
                         String url, String published, Part part, OcrInfo ocr) {
    public SourceInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
    }

    /** Not OCRed. */
    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor,
                      String url, String published, Part part) {
        this(file, sha256, mediaType, pages, extractor, url, published, part, null);
    }

    /** A whole file (no part). */
    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor,
                      String url, String published) {
        this(file, sha256, mediaType, pages, extractor, url, published, null, null);
    }

    /** Without publication metadata. */
    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor) {
        this(file, sha256, mediaType, pages, extractor, null, null, null, null);
    }

    /** The same source as part of a file. */
    public SourceInfo withPart(Part newPart) {
        return new SourceInfo(file, sha256, mediaType, pages, extractor, url, published, newPart, ocr);
    }
}
