package org.goalparse.normalize;

import org.goalparse.layout.Layout;

/** Stage 2: the extracted layout -> the same layout with clean text (NFKC, markup gone, spurious spaces removed). */
@FunctionalInterface
public interface Normalizer {
    Layout normalize(Layout layout);
}
