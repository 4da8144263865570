package org.goalparse.model;

import java.util.Objects;

/**
 * The input: {@code id}, the record's key for joins (the SHA-256 of the file's bytes, {@code <sha256>#<part index>}
 * for one department of a file that holds several); file name; {@code path}, the file as the caller named it
 * ({@code samples/x.pdf}, as given on the command line or found by a folder walk; null for bytes that came from no
 * path, such as stdin); SHA-256 of its bytes, detected media type, page count of the file (null without pages),
 * extractor; {@code url} and {@code published} where the caller gave them (a batch manifest), else null;
 * {@code part}, which department of a file that holds several this record is, else null; {@code ocr}, the pages read
 * by OCR, else null; {@code pagesRead}, the pages of a PDF read when only some were asked for ({@code --pages}:
 * {@code 3-5}, {@code 1,4-6}, in the document's numbering), else null ({@code pages} stays the file's page count).
 * Every field is always
 * present, so every document has the same columns for jq, DuckDB and pandas.
 */
public record SourceInfo(String id, String file, String path, String sha256, String mediaType, Integer pages,
                         String extractor, String url, String published, Part part, OcrInfo ocr, String pagesRead) {
    public SourceInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
        if (!idOf(sha256, part).equals(id)) {
            throw new IllegalArgumentException("id must be " + idOf(sha256, part) + ", not " + id);
        }
        if (path != null && path.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty");
        }
        if (pagesRead != null && !pagesRead.matches("[1-9][0-9]*(-[1-9][0-9]*)?(,[1-9][0-9]*(-[1-9][0-9]*)?)*")) {
            throw new IllegalArgumentException("pagesRead must be pages and ranges such as 3-5 or 1,4-6: " + pagesRead);
        }
    }

    /** The whole file read. */
    public SourceInfo(String id, String file, String path, String sha256, String mediaType, Integer pages,
                      String extractor, String url, String published, Part part, OcrInfo ocr) {
        this(id, file, path, sha256, mediaType, pages, extractor, url, published, part, ocr, null);
    }

    /** With the id that follows from {@code sha256} and {@code part}. */
    public SourceInfo(String file, String path, String sha256, String mediaType, Integer pages, String extractor,
                      String url, String published, Part part, OcrInfo ocr, String pagesRead) {
        this(idOf(sha256, part), file, path, sha256, mediaType, pages, extractor, url, published, part, ocr,
                pagesRead);
    }

    /** With the id that follows from {@code sha256} and {@code part}, the whole file read. */
    public SourceInfo(String file, String path, String sha256, String mediaType, Integer pages, String extractor,
                      String url, String published, Part part, OcrInfo ocr) {
        this(file, path, sha256, mediaType, pages, extractor, url, published, part, ocr, null);
    }

    /** Not read by OCR. */
    public SourceInfo(String file, String path, String sha256, String mediaType, Integer pages, String extractor,
                      String url, String published, Part part) {
        this(file, path, sha256, mediaType, pages, extractor, url, published, part, null);
    }

    /** A whole file (no part) without a path. */
    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor,
                      String url, String published) {
        this(file, null, sha256, mediaType, pages, extractor, url, published, null);
    }

    /** Without a path or publication metadata. */
    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor) {
        this(file, null, sha256, mediaType, pages, extractor, null, null, null);
    }

    /**
     * The id of a record read from bytes with this {@code sha256}: the hash itself for a whole file,
     * {@code <sha256>#<index>} for part {@code index} of a file of several departments.
     */
    public static String idOf(String sha256, Part part) {
        return part == null ? sha256 : sha256 + "#" + part.index();
    }

    /** The same source as part of a file (its id names the part). */
    public SourceInfo withPart(Part newPart) {
        return new SourceInfo(file, path, sha256, mediaType, pages, extractor, url, published, newPart, ocr, pagesRead);
    }

    /** The same source named by another path (null for none). */
    public SourceInfo withPath(String newPath) {
        return new SourceInfo(file, newPath, sha256, mediaType, pages, extractor, url, published, part, ocr, pagesRead);
    }
}
