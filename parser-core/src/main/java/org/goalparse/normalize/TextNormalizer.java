package org.goalparse.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.goalparse.ja.DocumentMemo;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;

/**
 * The default normalizer: runs every line (of text blocks and of table cells) through the rules in order, where a
 * rule may split a line or drop it. Pages, blocks, rows and cells keep their order and provenance; a text block left
 * without lines is dropped, and so is a table row that held only markup (a markdown separator row). Cells are never
 * dropped, so columns stay aligned. Stateless and thread-safe.
 * <ol>
 * <li>{@link MarkupSplitter}: HTML block tags split the line, all tags vanish;</li>
 * <li>{@link HtmlEntities}: {@code &amp;}, {@code &#12345;} decoded;</li>
 * <li>{@link PrintedPageNumbers}: a {@code - 1 -} line dropped;</li>
 * <li>{@link MarkdownRemnants}: heading and list marks, table pipes and separator lines;</li>
 * <li>{@link DoubledGlyphs}: a line of doubled characters (bold drawn twice) undoubled;</li>
 * <li>{@link UnicodeFolding}: NFKC that keeps circled numbers, canonical middle dot, tilde and hyphen;</li>
 * <li>{@link Whitespace}: trim and collapse;</li>
 * <li>{@link SpuriousSpaces}: spaces inside Japanese words removed.</li>
 * </ol>
 */
public final class TextNormalizer implements Normalizer {
    private final List<LineRule> rules;

    public TextNormalizer() {
        this(defaultRules());
    }

    public TextNormalizer(List<LineRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public static List<LineRule> defaultRules() {
        return List.of(new MarkupSplitter(), LineRule.of(new HtmlEntities()), LineRule.of(new PrintedPageNumbers()),
                LineRule.of(new MarkdownRemnants()), LineRule.of(new DoubledGlyphs()),
                LineRule.of(new UnicodeFolding()), LineRule.of(new Whitespace()), LineRule.of(new SpuriousSpaces()));
    }

    /** Normalizes with a {@link DocumentMemo} open (its rules ask Kuromoji about the same words more than once). */
    @Override
    public Layout normalize(Layout layout) {
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            return normalized(layout);
        }
    }

    private Layout normalized(Layout layout) {
        List<Page> pages = new ArrayList<>(layout.pages().size());
        for (Page page : layout.pages()) {
            org.goalparse.Cancellation.check();
            List<Block> blocks = new ArrayList<>(page.blocks().size());
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    List<Line> lines = lines(tb.lines());
                    if (!lines.isEmpty()) {
                        blocks.add(new TextBlock(lines, tb.provenance()));
                    }
                } else if (block instanceof Table t) {
                    blocks.add(table(t));
                }
            }
            pages.add(page.withBlocks(blocks));
        }
        return layout.withPages(pages);
    }

    /** The rules applied to one line: what the line becomes (none, one or several lines). */
    public List<Line> normalize(Line line) {
        List<Line> current = List.of(line);
        for (LineRule rule : rules) {
            List<Line> next = new ArrayList<>(current.size());
            for (Line l : current) {
                next.addAll(rule.apply(l));
            }
            current = next;
        }
        return current;
    }

    private List<Line> lines(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.addAll(normalize(line));
        }
        return out;
    }

    private Table table(Table t) {
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (Row row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (Cell c : row.cells()) {
                cells.add(c.with(lines(c.lines()), c.provenance()));
            }
            boolean wasBlank = row.cells().stream().allMatch(Cell::isBlank);
            boolean isBlank = cells.stream().allMatch(Cell::isBlank);
            if (wasBlank || !isBlank) {
                rows.add(new Row(cells));
            }
        }
        return new Table(rows, t.provenance());
    }
}
