package org.goalparse.layout;

/**
 * Where a piece of text came from: 1-based page (1 for formats without pages), its box where the
 * format has one (else null), and character offsets into the extracted text (-1 when unknown).
 */
public record Provenance(int page, BBox bbox, int start, int end) {
    public static final Provenance UNKNOWN = new Provenance(1, null, -1, -1);

    public Provenance {
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based: " + page);
        }
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " after end " + end);
        }
    }

    public static Provenance ofPage(int page) {
        return new Provenance(page, null, -1, -1);
    }

    public static Provenance ofOffsets(int page, int start, int end) {
        return new Provenance(page, null, start, end);
    }
}
