package org.goalparse.outline;

/** One node of the outline. */
public sealed interface Node permits Heading, Item, Paragraph, TableNode {
    /** The node's text (for a table, its cells' text row by row). */
    String text();

    Loc loc();

    /** The node as the document wrote it: an item with its marker, a 【】 heading with its brackets. */
    default String written() {
        return text();
    }
}
