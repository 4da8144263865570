package org.goalparse.ja;

import java.util.Arrays;
import java.util.List;

/** The morphemes of one text looked up by character offset. Built once per text; not shared between threads. */
final class TokenIndex {
    private final List<Morpheme> tokens;
    private final int[] covering; // token index covering each char, -1 for none (e.g. dropped white space)

    TokenIndex(String text) {
        this.tokens = Morphology.get().tokenize(text);
        this.covering = new int[text.length()];
        Arrays.fill(covering, -1);
        for (int i = 0; i < tokens.size(); i++) {
            Morpheme m = tokens.get(i);
            for (int c = m.start(); c < m.end() && c < covering.length; c++) {
                covering[c] = i;
            }
        }
    }

    /** The token covering character {@code pos}, or null. */
    Morpheme at(int pos) {
        int i = index(pos);
        return i < 0 ? null : tokens.get(i);
    }

    /** The token starting exactly at {@code pos}, or null. */
    Morpheme startingAt(int pos) {
        Morpheme m = at(pos);
        return m != null && m.start() == pos ? m : null;
    }

    /** The token after {@code m}, or null. */
    Morpheme next(Morpheme m) {
        int i = index(m.start());
        return i >= 0 && i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    }

    /** The token ending exactly at {@code pos}, or null. */
    Morpheme endingAt(int pos) {
        Morpheme m = pos > 0 ? at(pos - 1) : null;
        return m != null && m.end() == pos ? m : null;
    }

    /** True when no token crosses the boundary between {@code pos - 1} and {@code pos}. */
    boolean isBoundary(int pos) {
        if (pos <= 0 || pos >= covering.length) {
            return true;
        }
        int a = covering[pos - 1];
        return a < 0 || a != covering[pos];
    }

    private int index(int pos) {
        return pos < 0 || pos >= covering.length ? -1 : covering[pos];
    }
}
