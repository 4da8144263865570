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
    /** 目標1: / 重点目標2 / 取組3. (a word of the genre with a number) */
    LABELED,
    /** ・ - ○ ● ■ ◆ */
    BULLET
}
