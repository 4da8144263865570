/** Japanese-language helpers: era years, kanji numerals, counters, Kuromoji morphology. */
package org.goalparse.interpret.ja;
