/** Japanese-language helpers shared by normalization and interpretation: Kuromoji morphology, eras, numerals, counters. */
package org.goalparse.ja;
