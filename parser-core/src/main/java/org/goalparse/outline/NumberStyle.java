package org.goalparse.outline;

/** Numbering styles of list items. */
public enum NumberStyle {
    /** "1 " */
    ARABIC,
    /** "1." or "1、" */
    ARABIC_DOT,
    /** ①..⑳ */
    CIRCLED,
    /** (1) */
    PAREN,
    /** ・ - ○ ● ■ ◆ */
    BULLET
}
