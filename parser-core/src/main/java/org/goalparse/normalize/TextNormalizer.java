package org.goalparse.normalize;

import org.goalparse.layout.Layout;

/** PLACEHOLDER: the default normalizer. */
public final class TextNormalizer implements Normalizer {
    @Override
    public Layout normalize(Layout layout) {
        return layout;
    }
}
