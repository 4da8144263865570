package org.goalparse.extract.pdf;

/** A horizontal or vertical ruling line, top-left origin: horizontal at {@code pos} from a to b, or vertical. */
record Ruling(boolean horizontal, float pos, float from, float to) {
    Ruling {
        if (to < from) {
            float t = from;
            from = to;
            to = t;
        }
    }

    /** Whether the ruling covers coordinate {@code v} along its length, with tolerance. */
    boolean covers(float v, float tolerance) {
        return v >= from - tolerance && v <= to + tolerance;
    }

    float length() {
        return to - from;
    }
}
