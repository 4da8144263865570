package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goalparse.ja.DocumentMemo;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Outline;
import org.goalparse.outline.Paragraph;
import org.goalparse.outline.TableKind;
import org.goalparse.outline.TableNode;

/**
 * The default segmenter: every line through the {@link LineClassifier}; tables kept as tables, classified
 * by {@link TableClassifier}, with each cell's lines segmented the same way. Lines of a positioned block
 * (PDF) that wrap mid-sentence are joined to the node they continue.
 */
public final class OutlineSegmenter implements Segmenter {
    private final LineClassifier lines = new LineClassifier();
    private final TableClassifier tables = new TableClassifier();
    private final InlineItemSplitter splitter = new InlineItemSplitter();
    private final FlattenedLineSplitter flattened = new FlattenedLineSplitter();
    private final TableFlattener flattener = new TableFlattener();
    private final PageBreakJoiner joiner = new PageBreakJoiner(lines);
    /** How many leading rows of a grid may be form fields before its data header. */
    private static final int HEADER_SEARCH = 5;
    /** Lines shorter than this are names or labels stacked in a cell, not running text that wraps. */
    private static final int MIN_WRAPPED = 12;
    /** The longest line of kana alone that ends a sentence wrapped from the line above ({@code ています。}). */
    private static final int SENTENCE_TAIL = 8;
    /** The longest remainder of a label wrapped in a narrow cell. */
    private static final int WRAPPED_LABEL_TAIL = 3;

    /** Segments with a {@link DocumentMemo} open (its rules ask Kuromoji about the same words more than once). */
    @Override
    public Outline segment(Layout layout) {
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            return outline(layout);
        }
    }

    private Outline outline(Layout layout) {
        List<Node> nodes = new ArrayList<>();
        dangling = null;
        TextColumns columns = new TextColumns(layout);
        for (PageBreakJoiner.Placed placed : joiner.join(layout)) {
            org.goalparse.Cancellation.check();
            Loc loc = new Loc(placed.page(), 0, -1);
            if (dangling != null && (!(placed.block() instanceof TextBlock) || danglingLoc.page() != placed.page())) {
                flushDangling(nodes);
            }
            if (placed.block() instanceof TextBlock text) {
                float columnRight = columns.right(placed.page(), text.lines());
                for (Block b : CellPerLineTable.split(text)) {
                    if (b instanceof TextBlock tb) {
                        nodes.addAll(segmentLines(tb.lines(), loc, nodes, Float.NaN, columnRight, true, true));
                    } else if (b instanceof Table t) {
                        flushDangling(nodes);
                        nodes.addAll(tableNodes(segmentTable(t, loc)));
                    }
                }
            } else if (placed.block() instanceof Table t) {
                nodes.addAll(tableNodes(segmentTable(t, loc)));
            }
        }
        flushDangling(nodes);
        return new Outline(GluedNumberList.restore(nodes), List.of());
    }

    /**
     * A bare item number that ended a text block (the No column of a table without rules, read as a block of its
     * own: 3, then the goal's title in the next block of the page): it numbers the next block's first line.
     */
    private String dangling;
    private Loc danglingLoc;
    /**
     * While a table cell is segmented: the first lines of the other cells of its row. A numbered line another cell
     * of the row opens with word for word (a goal's title repeated over its result) is a whole line, not one that
     * wrapped, however far it ran in a narrow column.
     */
    private java.util.Set<String> rowOpenings = java.util.Set.of();

    private void flushDangling(List<Node> nodes) {
        if (dangling != null) {
            nodes.add(lines.classify(dangling, danglingLoc));
            dangling = null;
        }
    }

    /** The lines of one block; {@code before} are the nodes of the blocks above it, where a running list began. */
    List<Node> segmentLines(List<Line> in, Loc loc, List<Node> before) {
        return segmentLines(in, loc, before, Float.NaN, Float.NaN, true, false);
    }

    /**
     * {@code cellRight}: the right edge of the table cell the lines fill, NaN outside a table or where unknown;
     * {@code running}: lines of running text, not of a table's cell (a long one may be a whole page flattened).
     */
    private List<Node> segmentLines(List<Line> in, Loc loc, List<Node> before, float cellRight, boolean running) {
        return segmentLines(in, loc, before, cellRight, Float.NaN, running, false);
    }

    /**
     * {@code columnRight}: the right edge of the text column the lines are set in ({@link TextColumns}), NaN to
     * take the lines' own farthest reach; {@code carry}: a bare number ending the block waits for the next block
     * ({@link #dangling}).
     */
    private List<Node> segmentLines(List<Line> in, Loc loc, List<Node> before, float cellRight, float columnRight,
                                    boolean running, boolean carry) {
        List<Node> out = new ArrayList<>();
        float own = (float) in.stream().filter(l -> l.provenance().bbox() != null)
                .mapToDouble(l -> l.provenance().bbox().x1()).max().orElse(0);
        // a line wraps where it ran to its column's edge; to the block's own farthest reach only when the next
        // line cannot open a sentence or the break falls inside a word: in a list of short entries the longest is
        // no margin the others ran to
        float column = Float.isNaN(columnRight) ? own : Math.max(own, columnRight);
        Line previous = null;
        Line opening = null; // the line the last node began on
        String marker = null; // a line that was only an item's number (目標1, ①, (2)): it numbers the next line
        Loc markerLoc = loc;
        if (carry && dangling != null) {
            String first = in.stream().map(l -> l.text().strip()).filter(t -> !t.isEmpty()).findFirst().orElse("");
            if (!(lines.classify(first, loc) instanceof Item it && it.marker().numbered())) {
                marker = dangling; // a block that opens with an item of its own (①…, (1)…) is another column's
            } else {
                out.add(lines.classify(dangling, danglingLoc));
            }
            markerLoc = danglingLoc;
            dangling = null;
        }
        for (Line line : in) {
            // a page flattened into one line is split back; a table cell's long line is laid out as it is
            List<String> parts = running ? flattened.split(line.text().strip())
                    : List.of(line.text().strip());
            for (String text : parts.stream()
                    .flatMap(piece -> splitter.split(piece).stream()).toList()) {
                if (marker != null) {
                    Node joined = text.isEmpty() ? null : lines.classify(marker + " " + text, loc);
                    String bare = marker;
                    marker = null;
                    if (joined instanceof Item) {
                        out.add(joined);
                        opening = line;
                        continue;
                    }
                    out.add(lines.classify(bare, markerLoc));
                }
                Node n = lines.classify(text, loc);
                if (n instanceof Paragraph) {
                    n = nextOfList(before, out, text, loc).orElse(n);
                }
                if (isBareMarker(text, n, loc)) {
                    marker = text;
                    markerLoc = loc;
                    continue;
                }
                if ((n instanceof Paragraph || isMiddleDot(n, out, opening, line))
                        && previous != null && previous.bold() == line.bold()
                        && !out.isEmpty()
                        && continues(out.get(out.size() - 1))
                        && ((wraps(previous, column) || n instanceof Paragraph && wraps(previous, own)
                                && (opensMidSentence(text) || spansWord(out.get(out.size() - 1).text(), text)))
                            && !isCompleteTitle(out.get(out.size() - 1), text)
                            && !(out.get(out.size() - 1) instanceof Item it && it.marker().numbered()
                                    && previous == opening && rowOpenings.contains(previous.text().strip()))
                            || splitsWord(out.get(out.size() - 1), previous, text, cellRight))) {
                    out.set(out.size() - 1, append(out.get(out.size() - 1), text));
                    continue;
                }
                Node label = n instanceof Paragraph && !out.isEmpty()
                        ? wrappedLabel(out.get(out.size() - 1), previous, text, cellRight, loc) : null;
                if (label != null) {
                    out.set(out.size() - 1, label);
                    continue;
                }
                out.add(n);
                opening = line;
            }
            if (!line.text().isBlank()) {
                previous = line;
            }
        }
        if (marker != null && carry) {
            dangling = marker;
            danglingLoc = loc;
        } else if (marker != null) {
            out.add(lines.classify(marker, markerLoc));
        }
        return out;
    }

    /**
     * The next item of the running "N text" list ({@link ItemMarkers.Arabic#continuing}): the last numbered item
     * since the last heading, in this block or the blocks above, is an {@code N} item of that style, and this line
     * carries {@code N+1}.
     */
    private static Optional<Node> nextOfList(List<Node> before, List<Node> out, String text, Loc loc) {
        for (int i = before.size() + out.size() - 1; i >= 0; i--) {
            Node prev = i >= before.size() ? out.get(i - before.size()) : before.get(i);
            if (prev instanceof Heading) {
                return Optional.empty();
            }
            if (prev instanceof Item it && it.marker().numbered()) {
                return it.marker().style() == NumberStyle.ARABIC
                        ? ItemMarkers.Arabic.continuing(text, loc, it.marker().value() + 1).map(Node.class::cast)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A short line that is nothing but an item's marker: with any text after it, it would be that item's number. */
    private boolean isBareMarker(String text, Node classified, Loc loc) {
        if (text.isEmpty() || text.length() > 8 || classified instanceof Item) {
            return false;
        }
        return lines.classify(text + " 項目", loc) instanceof Item it && it.text().equals("項目")
                && it.marker().numbered();
    }

    /**
     * A label that wrapped in its narrow cell (部等を構成する課 / 等, 事業番 / 号): the heading's line ran to the cell's
     * right edge and the next line is a few characters that, added to it, still make a heading. The joined heading,
     * or null. Short lines stacked in a wide cell (a list of divisions) end well before its edge and stay apart.
     */
    private Node wrappedLabel(Node last, Line previous, String text, float cellRight, Loc loc) {
        if (!(last instanceof Heading h) || h.number() != null || previous == null
                || text.length() > WRAPPED_LABEL_TAIL || !reachesCellEdge(previous, cellRight)) {
            return null;
        }
        Node joined = lines.classify(raw(h) + text, loc);
        return joined instanceof Heading ? joined : null;
    }

    /**
     * A short line in a narrow cell that wrapped in the middle of a word (地域自治・市民協働の推 / 進): the line above
     * ran to the cell's right edge and one word of the joined text spans the break. Names stacked in a cell (市民協働課 /
     * 戸籍住民課) share no word across the break.
     */
    private static boolean splitsWord(Node last, Line previous, String text, float cellRight) {
        return !text.isEmpty() && reachesCellEdge(previous, cellRight) && spansWord(last.text(), text);
    }

    /** Whether one word of {@code before + text} spans the break between them, both sides kanji (促 / 進). */
    private static boolean spansWord(String before, String text) {
        if (text.isEmpty() || before.isEmpty() || !isIdeographic(before.charAt(before.length() - 1))
                || !isIdeographic(text.charAt(0))) {
            return false;
        }
        int cut = before.length();
        for (Morpheme m : Morphology.get().tokenize(before + text)) {
            if (m.start() < cut && m.end() > cut) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} ran to within 1.5 em of its cell's right edge (false outside a table: {@code NaN}). */
    private static boolean reachesCellEdge(Line line, float cellRight) {
        return !Float.isNaN(cellRight) && line.provenance().bbox() != null
                && line.provenance().bbox().x1() >= cellRight - 1.5f * em(line);
    }

    /** The line's font size, else its height. */
    static float em(Line line) {
        return line.fontSize() > 0 ? line.fontSize() : line.provenance().bbox().height();
    }

    private static boolean isIdeographic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * A positioned line wraps into the next when it runs to the right edge of its column (within about two
     * characters) and is long enough to be running text; a line that stops short (a title, a list entry)
     * ends where it ends.
     */
    private static boolean wraps(Line line, float right) {
        if (line.provenance().bbox() == null || line.text().strip().length() < MIN_WRAPPED) {
            return false;
        }
        return line.provenance().bbox().x1() >= right - 2.5f * em(line);
    }

    /**
     * A line that opens with {@code ・} after a line that wrapped mid-word ({@code …市民生活の安定} /
     * {@code ・向上に努めました。}, {@code …として吹田市} / {@code ・豊中市合同で…}) carries the middle dot between two
     * words, not a bullet: the text before it ends in a kanji or kana with no sentence end, and the caller checks that
     * the line before ran to the right margin. Under a {@code ・} item the dot may as well open the next item of
     * the same list, so there the line must also stand indented to the item's text (a hanging indent), where only
     * a continuation can start.
     */
    private static boolean isMiddleDot(Node n, List<Node> out, Line opening, Line line) {
        if (!(n instanceof Item it) || !it.marker().raw().equals("・") || out.isEmpty()) {
            return false;
        }
        Node last = out.get(out.size() - 1);
        String t = last.text();
        if (t.isEmpty() || !isJapaneseLetter(t.charAt(t.length() - 1))) {
            return false;
        }
        if (last instanceof Item prev && prev.marker().raw().equals("・")) {
            if (opening == null || opening.provenance().bbox() == null || line.provenance().bbox() == null) {
                return false;
            }
            return line.provenance().bbox().x0() >= opening.provenance().bbox().x0() + 0.5f * em(line);
        }
        return true;
    }

    private static boolean isJapaneseLetter(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A numbered item that is a whole goal title ending in {@code …の促進}, {@code …の推進} (a noun of action after の,
     * no clause) stands complete even when it filled its line: a long line that opens with a noun below it is the
     * goal's text, not the title's second line. A title that wrapped mid-word (…の推 / 進) or before a particle
     * (…の推進 / と…) still joins.
     */
    private static boolean isCompleteTitle(Node prev, String next) {
        if (!(prev instanceof Item it) || !it.marker().numbered() || next.length() < MIN_WRAPPED) {
            return false;
        }
        String t = it.text();
        if (t.length() < 6 || t.length() > Lexicon.TITLE_MAX || t.contains("、") || t.contains("。")) {
            return false;
        }
        List<Morpheme> title = Morphology.get().tokenize(t);
        List<Morpheme> body = Morphology.get().tokenize(next);
        if (title.size() < 3 || body.isEmpty()) {
            return false;
        }
        Morpheme last = title.get(title.size() - 1);
        Morpheme first = body.get(0);
        return last.is("名詞-サ変接続") && last.surface().length() >= 2 && title.get(title.size() - 2).is("助詞-連体化")
                && first.is("名詞") && !first.is("名詞-接尾") && !first.is("名詞-非自立");
    }

    /**
     * Whether {@code text} goes on with a sentence begun above: it opens with a particle, an auxiliary verb or a
     * suffix ({@code を進めます。}, {@code 等の調整}), which no line of its own begins with, or is a few kana without a
     * comma.
     */
    private static boolean opensMidSentence(String text) {
        if (!text.isEmpty() && Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.HIRAGANA
                && text.length() <= SENTENCE_TAIL && text.indexOf('、') < 0) {
            return true; // a sentence's last few kana (ます。, す。, ています。): the analyser reads them alone as words
        }
        List<Morpheme> words = Morphology.get().tokenize(text);
        if (words.isEmpty()) {
            return false;
        }
        Morpheme first = words.get(0);
        return first.is("助詞") || first.is("助動詞") || first.is("名詞-接尾") || first.is("動詞-非自立")
                || first.is("動詞-接尾");
    }

    private static boolean continues(Node prev) {
        if (!(prev instanceof Paragraph) && !(prev instanceof Item)) {
            return false;
        }
        String t = prev.text();
        return !t.isEmpty() && "。!?」』)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private static Node append(Node prev, String more) {
        if (prev instanceof Item it) {
            return new Item(it.marker(), it.text() + more, it.loc());
        }
        return new Paragraph(prev.text() + more, prev.loc());
    }

    /**
     * A data table keeps its structure; a layout table is put into reading order. A grid whose data header
     * comes after a few rows of form fields (部局名 | 市民部, then 課名 | 課長名 | 職員数) is split there.
     */
    private List<Node> tableNodes(TableNode table) {
        List<TableNode.Row> rows = table.rows();
        for (int r = 0; r < Math.min(HEADER_SEARCH, rows.size()); r++) {
            TableKind kind = classify(rows.subList(r, rows.size()));
            if (kind != TableKind.GENERIC) {
                if (r + 1 < rows.size() && classify(rows.subList(r, r + 1)) == TableKind.GENERIC
                        && classify(rows.subList(r + 1, r + 2)) == kind) {
                    r++; // the header is the next row; this one is a form field above it
                }
                List<Node> out = new ArrayList<>(flattener.flatten(rows.subList(0, r)));
                out.add(new TableNode(kind, rows.subList(r, rows.size()), table.loc()));
                return out;
            }
        }
        return flattener.flatten(rows);
    }

    private TableKind classify(List<TableNode.Row> rows) {
        List<String> header = new ArrayList<>();
        for (int r = 0; r < Math.min(2, rows.size()); r++) {
            rows.get(r).cells().forEach(c -> header.add(c.text()));
        }
        TableKind kind = tables.classify(header);
        if (kind == TableKind.GENERIC && tables.isProjects(rows.stream()
                .flatMap(r -> r.cells().stream().filter(c -> c.column() == 1).map(TableNode.Cell::text)).toList())) {
            kind = TableKind.PROJECTS;
        }
        return kind;
    }

    private TableNode segmentTable(Table t, Loc loc) {
        List<TableNode.Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            List<TableNode.Cell> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                float right = c.provenance() != null && c.provenance().bbox() != null ? c.provenance().bbox().x1()
                        : Float.NaN;
                rowOpenings = row.cells().stream().filter(o -> o != c)
                        .flatMap(o -> o.lines().stream().map(l -> l.text().strip()).filter(x -> !x.isEmpty()).limit(1))
                        .collect(java.util.stream.Collectors.toSet());
                List<Node> content = segmentLines(c.lines(), loc.inCell(c.column(), r), List.of(), right, false);
                rowOpenings = java.util.Set.of();
                cells.add(new TableNode.Cell(c.column(), String.join("\n", content.stream().map(OutlineSegmenter::raw).toList()),
                        content));
            }
            rows.add(new TableNode.Row(cells));
        }
        return new TableNode(TableKind.GENERIC, rows, loc);
    }

    /** A node's text as written, with an item's marker. */
    static String raw(Node n) {
        if (n instanceof Item it) {
            NumberStyle style = it.marker().style();
            String raw = it.marker().raw();
            boolean spaced = switch (style) {
                case ARABIC, PAREN, LABELED, KATAKANA_PAREN -> true;
                case KATAKANA, ROMAN -> Character.isLetter(raw.charAt(raw.length() - 1)); // ア, III: no separator
                default -> false;
            };
            return raw + (spaced ? " " : "") + it.text();
        }
        return n.written();
    }

}
