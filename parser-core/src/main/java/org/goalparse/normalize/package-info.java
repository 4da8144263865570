/** Normalization of extracted text: NFKC, markup remnants, spurious spaces inside Japanese words, line joins. */
package org.goalparse.normalize;
