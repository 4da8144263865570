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
    /** "ア." "ア、" "ア " (katakana in aiueo order: ア=1, イ=2 … ン=46) */
    KATAKANA,
    /** (ア) or ア): the level below ア. */
    KATAKANA_PAREN,
    /** Ⅰ Ⅱ Ⅲ (read after NFKC as I, II, III) or I. II. */
    ROMAN,
    /** ・ - ○ ● ■ ◆ */
    BULLET
}
