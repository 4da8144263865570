package org.goalparse.model;

import java.util.Objects;

/** The input: file name, SHA-256 of its bytes, detected media type, page count (null without pages), extractor. */
public record SourceInfo(String file, String sha256, String mediaType, Integer pages, String extractor) {
    public SourceInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
    }
}
