package org.goalparse.ja;

import java.util.Objects;

/**
 * One morpheme as IPADIC sees it: surface, part of speech ("名詞-数", "名詞-接尾-助数詞", "助詞-格助詞-一般"),
 * base form and katakana reading (null for unknown words), and its offsets in the analysed text.
 */
public record Morpheme(String surface, String pos, String baseForm, String reading, int start, int end) {
    public Morpheme {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(pos, "pos");
    }

    /** True when the part of speech is {@code prefix} or starts with {@code prefix + "-"}. */
    public boolean is(String prefix) {
        return pos.equals(prefix) || pos.startsWith(prefix + "-");
    }
}
