package org.goalparse.interpret;

import java.util.List;

/**
 * The set of runs of {@code length} consecutive characters found in some texts (no run crosses from one text into
 * the next), asked whether it holds a run of another text. The same as a {@code HashSet} of every run as a string,
 * without a string per run: the quality assessment asks about every run of every line of the outline, and building
 * and hashing those strings cost more than the rest of it. Not thread-safe; built for one question and dropped.
 */
final class TextRuns {
    private final int length;
    private final String chars;
    /** Open addressing, linear probing: the offset in {@link #chars} of a run, plus one; 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    TextRuns(List<String> texts, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be positive");
        }
        this.length = length;
        this.chars = String.join("", texts);
        int runs = 0;
        for (String t : texts) {
            runs += Math.max(0, t.length() - length + 1);
        }
        int size = Integer.highestOneBit(Math.max(2, runs) * 2 - 1) << 1; // a power of two, at most half full
        this.slots = new int[size];
        this.mask = size - 1;
        int base = 0;
        for (String t : texts) {
            for (int i = 0; i + length <= t.length(); i++) {
                add(base + i);
            }
            base += t.length();
        }
    }

    /** Whether the run of {@code text} starting at {@code from} is one of the set's. */
    boolean contains(String text, int from) {
        if (from < 0 || from + length > text.length()) {
            throw new IndexOutOfBoundsException("no run of " + length + " at " + from + " in a text of " + text.length());
        }
        for (int h = hash(text, from) & mask; slots[h] != 0; h = (h + 1) & mask) {
            if (chars.regionMatches(slots[h] - 1, text, from, length)) {
                return true;
            }
        }
        return false;
    }

    private void add(int at) {
        int h = hash(chars, at) & mask;
        while (slots[h] != 0) {
            if (chars.regionMatches(slots[h] - 1, chars, at, length)) {
                return;
            }
            h = (h + 1) & mask;
        }
        slots[h] = at + 1;
    }

    private int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + s.charAt(i);
        }
        h *= 0x9E3779B9; // spread the bits that the low mask keeps
        return h ^ (h >>> 16);
    }
}
