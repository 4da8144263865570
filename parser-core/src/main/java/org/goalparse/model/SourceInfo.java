package org.goalparse.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The input: file name, SHA-256 of its bytes, detected media type, page count (null without pages), extractor;
 * {@code url} and {@code published} only when the caller gave them (a batch manifest): they are left out of the
 * JSON when null, so documents parsed without metadata print exactly the five contract fields.
 */
public record SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String url,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String published) {
    public SourceInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
    }

    /** Without publication metadata. */
    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor) {
        this(file, sha256, mediaType, pages, extractor, null, null);
    }
}
