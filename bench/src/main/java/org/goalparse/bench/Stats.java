package org.goalparse.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** Medians, and the number formats of the table. */
final class Stats {
    private Stats() {
    }

    static <T> long median(List<T> runs, ToLongFunction<T> value) {
        long[] v = runs.stream().mapToLong(value).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static long median(long... values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s < 10 ? String.format("%.2f s", s) : String.format("%.1f s", s);
    }

    static String ratio(double r) {
        return r < 100 ? String.format("%.2fx", r) : String.format("%.0fx", r);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }

    static String mb(long kb) {
        return String.format("%.0f MB", kb / 1024.0);
    }
}
