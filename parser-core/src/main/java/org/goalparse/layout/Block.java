package org.goalparse.layout;

/** A block of a page: running text or a table. */
public sealed interface Block permits TextBlock, Table {
    Provenance provenance();
}
