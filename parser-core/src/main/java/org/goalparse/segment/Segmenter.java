package org.goalparse.segment;

import org.goalparse.layout.Layout;
import org.goalparse.outline.Outline;

/** Stage 3: a normalized layout -> an outline of headings, numbered items, paragraphs and classified tables. */
@FunctionalInterface
public interface Segmenter {
    Outline segment(Layout layout);
}
