package org.goalparse.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.layout.BBox;
import org.goalparse.layout.Layout;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.Origin;

/**
 * The provenance of a record's values: every text the record took from its source (department, head, year,
 * divisions, basic direction, policies, goals with their targets and results, projects, indicators, mid-term goals
 * with their schedule, sections) is found among the lines of the layout it was read from, and its place is what
 * those lines carry from extraction: their page, their boxes and their offsets in {@code goalparse text}.
 *
 * <p>Values are found in reading order, white space aside (a value the parser joined from several lines or cells is
 * found across them): a list's next value from where the one before it was found (the next goal after the goal
 * before it); a part of an object (a goal's target, a quantity's metric) first within what was found of its object;
 * a quantity's {@code value} as its number written with its unit within the quantity's text; a {@code division} in
 * its object's table row, else the nearest before its object (the heading above a goal). A value of fewer than
 * {@value #SHORT} characters ({@code 3回}, {@code 市民課}) is taken only within its object, on its object's table row,
 * within {@value #NEAR} characters after the list item before it, or where the document holds it once; a label
 * written once before a list's items ({@code 総合計画}) at most {@value #LABEL} characters before the item, or where
 * the item before took it; a head's title beside the name or ending the line above it in its column. A value found
 * nowhere whole is taken in pieces (a goal continued on the next page after the other column's cell), each of at
 * least {@value #PIECE} characters and within {@value #GAP} of the one before, cut where the text passes into another
 * column, from the list's cursor or else from its object's heading. What is not found so has no entry:
 * no provenance is better than a wrong one (docs/provenance.md).
 */
public final class ValueLocator {
    /** Fields that are not text of the source: the record's own, computed or normalized ones. */
    private static final Set<String> TOP_SKIPPED = Set.of("schemaVersion", "source", "quality", "warnings",
            "provenance");
    private static final Set<String> SKIPPED = Set.of("unit", "unitNormalized", "comparator", "asOf", "era",
            "eraYear", "year", "number", "level", "staff");
    private static final Pattern GENERATED_ID = Pattern.compile("[gp][1-9][0-9]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");
    static final int SHORT = 5;
    static final int NEAR = 200;
    static final int LABEL = 60;
    static final int PIECE = 4;
    static final int GAP = 1500;
    static final int BESIDE = 2;

    private final LineIndex index;
    private final String text;
    private final boolean paged;
    private final Map<String, Origin> found = new HashMap<>();
    /** Where each located text value stands in {@link LineIndex#text()}: its first stretch to its last. */
    private final Map<String, Match> where = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    private ValueLocator(Layout layout) {
        this.index = new LineIndex(layout);
        this.text = index.text();
        // pages and boxes are the PDF's (a workbook's sheets are named by sheet, not numbered as pages)
        this.paged = "application/pdf".equals(layout.mediaType());
    }

    /** Where the values of {@code doc} stand in {@code layout} (the layout it was read from), by JSON Pointer. */
    public static Map<String, Origin> locate(GoalDocument doc, Layout layout) {
        ValueLocator l = new ValueLocator(layout);
        JsonNode tree = GoalJson.mapper().valueToTree(doc.withProvenance(null));
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!TOP_SKIPPED.contains(f.getKey())) {
                l.field(f.getKey(), f.getValue(), "/" + f.getKey(), 0, null);
            }
        }
        Map<String, Origin> out = new LinkedHashMap<>();
        for (String p : l.order) {
            Origin o = l.found.get(p);
            if (o != null) {
                out.put(p, o);
            }
        }
        return out;
    }

    /** A stretch [start, end) of {@link LineIndex#text()}. */
    private record Match(int start, int end) {
        boolean inside(Match m) {
            return m != null && start >= m.start && end <= m.end;
        }

        Match with(Match o) {
            return o == null ? this : new Match(Math.min(start, o.start), Math.max(end, o.end));
        }
    }

    /**
     * Locates a field's value, returning the stretch of text its found parts cover (null: none found).
     * {@code from}: where to look from; {@code scope}: what was found of the enclosing object, where a part of it is
     * looked for first.
     */
    private Match field(String name, JsonNode value, String pointer, int from, Match scope) {
        if (SKIPPED.contains(name) || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            if (name.equals("id") && GENERATED_ID.matcher(value.asText()).matches()
                    || value.asText().isBlank()) {
                return null;
            }
            order.add(pointer);
            List<Match> m = find(LineIndex.compact(value.asText()), from, scope, near,
                    pointer.indexOf('/', 1) < 0);
            if (m.isEmpty()) {
                return null;
            }
            Match all = new Match(m.get(0).start, m.get(m.size() - 1).end);
            found.put(pointer, origin(m));
            where.put(pointer, all);
            return all;
        }
        if (value.isObject()) {
            return object(value, pointer, from, scope);
        }
        if (value.isArray()) {
            int cursor = from;
            Match all = null;
            int before = -1;
            for (int i = 0; i < value.size(); i++) {
                near = before;
                Match at = field(String.valueOf(i), value.get(i), pointer + "/" + i, cursor, scope);
                near = -1;
                if (at != null) {
                    cursor = at.start + 1;
                    all = at.with(all);
                }
                before = at != null ? at.end : -1;
            }
            return all;
        }
        return null;
    }

    /**
     * Where the value before the one looked for in its list ends (-1: not found, or not in a list): a short value
     * is taken within {@link #NEAR} after it.
     */
    private int near = -1;

    private Match object(JsonNode node, String pointer, int from, Match scope) {
        int nearHere = near;
        near = -1;
        boolean inList = inList(pointer);
        Match extent = null;
        List<String> missed = new ArrayList<>();
        Match own = null;
        String division = null;
        String value = null;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            String p = pointer + "/" + escape(name);
            if (name.equals("division") && f.getValue().isTextual()) {
                order.add(p);
                division = p;
                continue;
            }
            if (name.equals("value") && f.getValue().isNumber()) {
                order.add(p);
                value = p;
                continue;
            }
            near = extent == null ? nearHere : -1;
            Match at = field(name, f.getValue(), p, from, extent != null ? extent : scope);
            near = -1;
            if (at == null && !order.isEmpty() && order.get(order.size() - 1).equals(p)) {
                missed.add(name); // looked for, not found
            }
            if (at != null) {
                own = name.equals("text") && f.getValue().isTextual() ? at : own;
                extent = at.with(extent);
            }
        }
        for (String name : missed) {
            // a short part found before the others were (a plan's code between its name and title): within them
            String p = pointer + "/" + escape(name);
            String v = LineIndex.compact(node.get(name).asText());
            if (extent == null || v.isEmpty()) {
                continue;
            }
            int at = text.indexOf(v, extent.start);
            if (at >= 0 && (at + v.length() <= extent.end || index.sameRow(at, extent.start))) {
                put(p, new Match(at, at + v.length()));
                continue;
            }
            // a label written once before the items of a list it applies to (総合計画 5-1-③ … 5-1-④ …): at most
            // LABEL before the item, or, whatever the distance, the very occurrence the item before took for the
            // same label with no other one between
            at = text.lastIndexOf(v, extent.start - v.length());
            if (inList && at >= 0 && (extent.start - (at + v.length()) <= LABEL
                    || new Match(at, at + v.length()).equals(where.get(previous(pointer) + "/" + escape(name))))) {
                put(p, new Match(at, at + v.length()));
                continue;
            }
            // a person's title printed beside or above their name (部長 of 市民生活部長 in the cell above 大津 隆治)
            Match nameAt = where.get(pointer + "/name");
            Match m = name.equals("title") && nameAt != null ? beside(v, nameAt) : null;
            if (m != null) {
                put(p, m);
            }
        }
        if (value != null && own != null) {
            Match m = number(own, node.get("value").decimalValue(), node.path("unit").asText(""));
            if (m != null) {
                found.put(value, origin(List.of(m)));
            }
        }
        if (division != null && extent != null) {
            Match m = division(LineIndex.compact(node.get("division").asText()), extent);
            if (m != null) {
                found.put(division, origin(List.of(m)));
            }
        }
        return extent;
    }

    private void put(String pointer, Match m) {
        found.put(pointer, origin(List.of(m)));
        where.put(pointer, m);
    }

    /** Whether {@code pointer} names an item of a list (it ends with an index: {@code /goals/3}). */
    private static boolean inList(String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0 || slash == pointer.length() - 1) {
            return false;
        }
        for (int i = slash + 1; i < pointer.length(); i++) {
            char c = pointer.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The pointer of the item before {@code pointer}'s in its list (an item's pointer ends with its index). */
    private static String previous(String pointer) {
        int slash = pointer.lastIndexOf('/');
        int i = Integer.parseInt(pointer.substring(slash + 1));
        return i == 0 ? "" : pointer.substring(0, slash + 1) + (i - 1);
    }

    /**
     * A title ({@code v}) written beside a name found at {@code name}: on the name's own line, at most {@value #BESIDE}
     * characters before or after it (市民生活部長 関谷 佳代子, 部長名:佐伯 直樹), else ending the line just above the
     * name's in its column (a PDF's: lines without boxes have no column).
     */
    private Match beside(String v, Match name) {
        int n = v.length();
        int li = index.lineIndex(name.start);
        Match best = null;
        int distance = Integer.MAX_VALUE;
        int end = index.lineEnd(li);
        for (int k = text.indexOf(v, index.lineStart(li)); k >= 0 && k + n <= end; k = text.indexOf(v, k + 1)) {
            int d = k + n <= name.start ? name.start - (k + n) : k >= name.end ? k - name.end : -1;
            if (d >= 0 && d <= BESIDE && d < distance) {
                best = new Match(k, k + n);
                distance = d;
            }
        }
        if (best != null) {
            return best;
        }
        LineIndex.Placed own = index.lineAt(li);
        BBox box = own.box();
        if (box == null) {
            return null;
        }
        int above = -1;
        float bottom = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < index.lines(); j++) {
            LineIndex.Placed l = index.lineAt(j);
            BBox b = l.box();
            if (j == li || b == null || l.page() != own.page() || index.lineStart(j) == index.lineEnd(j)) {
                continue;
            }
            if (b.x0() < box.x1() && b.x1() > box.x0() && b.y1() <= box.y0() + 1f && b.y1() > bottom) {
                above = j;
                bottom = b.y1();
            }
        }
        // just above: no more than a line's height of space between, or in the table's row before the name's
        if (above < 0 || box.y0() - bottom > box.y1() - box.y0()
                && !(own.row() > 0 && index.lineAt(above).row() == own.row() - 1)) {
            return null;
        }
        // the end of the words above (市民生活部長), not a word that begins so (部長会議)
        int k = index.lineEnd(above) - n;
        return k >= index.lineStart(above) && text.startsWith(v, k) ? new Match(k, k + n) : null;
    }

    /**
     * A division's name: in its object's table row (a column of the row), else the nearest before its object (the
     * heading above a goal), else within its object.
     */
    private Match division(String v, Match extent) {
        if (v.isEmpty()) {
            return null;
        }
        int inside = text.indexOf(v, extent.start);
        if (inside >= 0 && index.sameRow(inside, extent.start)) {
            return new Match(inside, inside + v.length());
        }
        int before = text.lastIndexOf(v, extent.start - 1);
        if (before >= 0) {
            return new Match(before, before + v.length());
        }
        return inside >= 0 && inside + v.length() <= extent.end ? new Match(inside, inside + v.length()) : null;
    }

    /**
     * A quantity's number in its text: as written (commas allowed) equal to {@code value}, with its unit where the
     * unit follows it; null when none is (a number in kanji).
     */
    private Match number(Match quantity, BigDecimal value, String unit) {
        Matcher m = NUMBER.matcher(text).region(quantity.start, quantity.end);
        String u = LineIndex.compact(unit);
        Match plain = null;
        while (m.find()) {
            BigDecimal n;
            try {
                n = new BigDecimal(m.group().replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            if (n.compareTo(value) != 0) {
                continue;
            }
            if (!u.isEmpty() && text.startsWith(u, m.end()) && m.end() + u.length() <= quantity.end) {
                return new Match(m.start(), m.end() + u.length());
            }
            plain = plain == null ? new Match(m.start(), m.end()) : plain;
        }
        return plain;
    }

    /** Where the compacted value {@code v} stands: one stretch, or its pieces in order; empty when unsure. */
    private List<Match> find(String v, int from, Match scope, int after, boolean topLevel) {
        if (v.isEmpty()) {
            return List.of();
        }
        int n = v.length();
        boolean isShort = v.codePointCount(0, n) < SHORT;
        // the searches from here on scan only what follows their start: the whole text is scanned only when
        // neither the object's scope nor the list's cursor holds the value
        if (scope != null) {
            int at = text.indexOf(v, scope.start);
            if (at >= 0 && (at + n <= scope.end || isShort && index.sameRow(at, scope.start))) {
                return List.of(new Match(at, at + n));
            }
        }
        int at = text.indexOf(v, Math.max(0, from));
        if (at >= 0 && (!isShort || after >= 0 && at - after <= NEAR || topLevel)) {
            return List.of(new Match(at, at + n));
        }
        int first = at >= 0 && from <= 0 ? at : text.indexOf(v);
        if (first < 0) {
            List<Match> p = pieces(v, Math.max(0, from));
            // a value that stands before the list's cursor (a section of the right column after the left
            // column's): in pieces from what was found of its object (its heading)
            return p.isEmpty() && scope != null && scope.start < from ? pieces(v, scope.start) : p;
        }
        boolean unique = text.indexOf(v, first + 1) < 0;
        return unique ? List.of(new Match(first, first + n)) : List.of();
    }

    /**
     * A value the text holds in pieces, in order from {@code from}: each the longest prefix of what remains found
     * within {@link #GAP} of the piece before, at least {@link #PIECE} long (the last may be shorter, the first not).
     */
    private List<Match> pieces(String v, int from) {
        List<Match> cut = pieces(v, from, true);
        return cut.isEmpty() ? pieces(v, from, false) : cut;
    }

    /**
     * Pieces; {@code cut}: a piece ends where its text passes into a line of another column or page (the next row's
     * cell of the other column, which may begin with the same words), the rest looked for anew.
     */
    private List<Match> pieces(String v, int from, boolean cut) {
        List<Match> out = new ArrayList<>();
        int rest = 0;
        int cursor = from;
        while (rest < v.length()) {
            Match piece = longestPrefix(v, rest, cursor, out.isEmpty() ? Integer.MAX_VALUE : cursor + GAP);
            if (piece == null) {
                return List.of();
            }
            if (cut && !out.isEmpty()) {
                piece = below(piece, out.get(out.size() - 1), cursor + GAP);
            }
            if (cut) {
                Match column = column(piece);
                piece = column.end - column.start >= PIECE ? column : piece;
            }
            int len = piece.end - piece.start;
            boolean last = rest + len == v.length();
            if (len < PIECE && (!last || out.isEmpty())) {
                return List.of();
            }
            out.add(piece);
            rest += len;
            cursor = piece.end;
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * Of the places of a piece's text (the first is {@code piece}), the first that goes on below the piece before in
     * its column (a title printed in both columns of a row: the one in the column of the text before), else
     * {@code piece}.
     */
    private Match below(Match piece, Match before, int limit) {
        LineIndex.Placed last = index.line(before.end - 1);
        if (last.box() == null) {
            return piece;
        }
        String s = text.substring(piece.start, piece.end);
        for (int k = piece.start; k >= 0 && k <= limit; k = text.indexOf(s, k + 1)) {
            LineIndex.Placed l = index.line(k);
            if (l.box() != null && l.page() == last.page() && sameColumn(last.box(), l.box())) {
                return new Match(k, k + s.length());
            }
        }
        return piece;
    }

    /** {@code piece} up to the first line that does not go on in the column (and page) of the lines before it. */
    private Match column(Match piece) {
        int li = index.lineIndex(piece.start);
        LineIndex.Placed first = index.lineAt(li);
        BBox box = first.box();
        if (box == null) {
            return piece;
        }
        for (int j = li + 1; j < index.lines() && index.lineStart(j) < piece.end; j++) {
            LineIndex.Placed next = index.lineAt(j);
            if (index.lineStart(j) == index.lineEnd(j)) {
                continue; // no text
            }
            if (next.box() == null || next.page() != first.page() || !sameColumn(box, next.box())) {
                return new Match(piece.start, index.lineStart(j));
            }
            box = box.union(next.box());
        }
        return piece;
    }

    /**
     * The longest prefix of {@code v.substring(rest)} found at or after {@code from} and starting before {@code limit},
     * at its first place: each place of the prefix's first char is compared on (one pass over the text, not a search
     * per length tried).
     */
    private Match longestPrefix(String v, int rest, int from, int limit) {
        int want = v.length() - rest;
        char first = v.charAt(rest);
        int best = 0;
        int bestAt = -1;
        int len = text.length();
        for (int k = text.indexOf(first, from); k >= 0 && k <= limit; k = text.indexOf(first, k + 1)) {
            int n = 1;
            while (n < want && k + n < len && text.charAt(k + n) == v.charAt(rest + n)) {
                n++;
            }
            if (n > best) {
                best = n;
                bestAt = k;
                if (n == want) {
                    break;
                }
            }
        }
        return bestAt < 0 ? null : new Match(bestAt, bestAt + best);
    }

    /** What the lines under the stretches carry: page, boxes (one per page and column), span. */
    private Origin origin(List<Match> stretches) {
        List<Integer> span = null;
        int s = index.offset(stretches.get(0).start);
        int e = index.offset(stretches.get(stretches.size() - 1).end - 1);
        if (s >= 0 && e >= s) {
            span = List.of(s, e + 1);
        }
        List<Integer> pages = new ArrayList<>();
        List<BBox> boxes = new ArrayList<>();
        boolean boxed = true;
        int lastLine = -1;
        String cell = null; // the one spreadsheet cell under the value, "" when it lies in several or none
        for (Match m : stretches) {
            // line by line: from a char to the first char past its line
            for (int i = m.start; i < m.end; i = Math.max(i + 1, index.lineEnd(index.lineIndex(i)))) {
                int li = index.lineIndex(i);
                if (li == lastLine) {
                    continue;
                }
                lastLine = li;
                LineIndex.Placed line = index.lineAt(li);
                String c = line.cell() == null ? "" : line.cell();
                cell = cell == null || cell.equals(c) ? c : "";
                BBox b = line.box();
                if (b == null) {
                    boxed = false;
                    continue;
                }
                int k = boxes.size() - 1;
                if (k >= 0 && pages.get(k) == line.page() && sameColumn(boxes.get(k), b)) {
                    boxes.set(k, boxes.get(k).union(b));
                } else {
                    pages.add(line.page());
                    boxes.add(b);
                }
            }
        }
        LineIndex.Placed first = index.line(stretches.get(0).start);
        Integer page = paged ? first.page() : null;
        List<Double> bbox = null;
        List<Origin.Box> more = new ArrayList<>();
        if (boxed && paged && !boxes.isEmpty()) {
            bbox = rounded(boxes.get(0));
            for (int k = 1; k < boxes.size(); k++) {
                more.add(new Origin.Box(pages.get(k), rounded(boxes.get(k))));
            }
        }
        // a value wholly in one cell has its address; one over several cells (or none) has none
        return new Origin(page, bbox, span, more, first.label(), cell == null || cell.isEmpty() ? null : cell);
    }

    /** The next line of a value goes on in the same column: it overlaps the box so far across and is not above it. */
    private static boolean sameColumn(BBox box, BBox next) {
        boolean across = next.x0() < box.x1() && next.x1() > box.x0();
        return across && next.y0() >= box.y0() - 1f;
    }

    private static List<Double> rounded(BBox b) {
        return List.of(r(b.x0()), r(b.y0()), r(b.x1()), r(b.y1()));
    }

    private static double r(float v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
