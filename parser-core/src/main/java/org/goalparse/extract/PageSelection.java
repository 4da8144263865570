package org.goalparse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pages of a PDF to read ({@code --pages}): 1-based page numbers of the document, written as a comma-separated
 * list of {@code N}, {@code N-M} and {@code N-} (N to the last page), e.g. {@code 3-7}, {@code 3}, {@code 3-},
 * {@code 1,4-6}. The items may overlap or come in any order: the selection is their union, read in the document's
 * order. Immutable.
 */
public final class PageSelection {
    /** The ranges, sorted and merged; {@code last} is {@link Integer#MAX_VALUE} for {@code N-}. */
    private final List<int[]> ranges;

    private PageSelection(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /**
     * Reads a selection; an empty one, a page 0, a range that ends before it starts ({@code 7-3}) or anything but
     * digits, {@code -} and {@code ,} is an {@link IllegalArgumentException} whose message says which.
     */
    public static PageSelection parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.isBlank()) {
            throw new IllegalArgumentException("no page given: write pages as 3-7, 3, 3- or 1,4-6");
        }
        List<int[]> items = new ArrayList<>();
        for (String raw : spec.split(",", -1)) {
            String item = raw.strip();
            if (!item.matches("[0-9]+(-[0-9]*)?")) {
                throw new IllegalArgumentException("'" + item + "' is not a page or a range: write pages as 3-7, 3, "
                        + "3- or 1,4-6 (1 is the first page)");
            }
            int dash = item.indexOf('-');
            int first = number(dash < 0 ? item : item.substring(0, dash));
            int last = dash < 0 ? first : dash == item.length() - 1 ? Integer.MAX_VALUE
                    : number(item.substring(dash + 1));
            if (first < 1) {
                throw new IllegalArgumentException("page 0 does not exist: the first page is 1");
            }
            if (last < first) {
                throw new IllegalArgumentException("the range " + item + " ends before it starts");
            }
            items.add(new int[] {first, last});
        }
        items.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : items) {
            int[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && (long) r[0] <= (long) prev[1] + 1) {
                prev[1] = Math.max(prev[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return new PageSelection(List.copyOf(merged));
    }

    private static int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page " + digits + " is out of range");
        }
    }

    /** Whether page {@code page} (1-based) is selected. */
    public boolean contains(int page) {
        for (int[] r : ranges) {
            if (page >= r[0] && page <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The selected pages of a document of {@code count} pages, in order (empty when none of them exists). */
    public List<Integer> within(int count) {
        List<Integer> pages = new ArrayList<>();
        for (int[] r : ranges) {
            for (int p = r[0]; p <= Math.min(r[1], count); p++) {
                pages.add(p);
            }
        }
        return pages;
    }

    /** Whether the selection names a page after {@code count} explicitly ({@code 3-7} on 5 pages; not {@code 3-}). */
    public boolean reachesBeyond(int count) {
        int[] last = ranges.get(ranges.size() - 1);
        return last[1] != Integer.MAX_VALUE ? last[1] > count : last[0] > count;
    }

    /** Pages written as this class reads them, runs joined: {@code [1, 4, 5, 6]} -> {@code 1,4-6}. */
    public static String describe(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            sb.append(sb.length() == 0 ? "" : ",").append(pages.get(i));
            if (j > i) {
                sb.append('-').append(pages.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /** For a message: {@code page 3 was asked for}, {@code pages 3-7 were asked for}. */
    public String asked() {
        return (single() ? "page " + this + " was" : "pages " + this + " were") + " asked for";
    }

    private boolean single() {
        return ranges.size() == 1 && ranges.get(0)[0] == ranges.get(0)[1];
    }

    /** For a message: {@code page 3}, {@code pages 3-5}, {@code pages 1,4}. */
    public static String phrase(List<Integer> pages) {
        return (pages.size() == 1 ? "page " : "pages ") + describe(pages);
    }

    /** The selection in its normal form: sorted, merged, {@code 3-} for an open end. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int[] r : ranges) {
            sb.append(sb.length() == 0 ? "" : ",").append(r[0]);
            if (r[1] == Integer.MAX_VALUE) {
                sb.append('-');
            } else if (r[1] > r[0]) {
                sb.append('-').append(r[1]);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageSelection p && p.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
