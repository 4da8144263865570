package org.goalparse.split;

import org.goalparse.layout.Layout;

/** Stage 2b: a normalized layout -> the departments it holds (one part for a file of one department). */
@FunctionalInterface
public interface Splitter {
    Split split(Layout layout);

    /** Never splits: every file is one department (the behaviour before schema 4). */
    Splitter NONE = Split::whole;
}
