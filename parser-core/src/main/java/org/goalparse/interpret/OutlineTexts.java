package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.Paragraph;
import org.goalparse.outline.TableNode;

/** The outline's texts in reading order, table cells included, for the document-wide finders. */
final class OutlineTexts {
    private OutlineTexts() {
    }

    static List<String> all(Outline outline) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes(outline)) {
            out.add(line(n));
        }
        return out;
    }

    /** A node's text as written on its line: an item with its marker (1. 窓口の改善), anything else its text. */
    static String line(Node n) {
        return n instanceof Item it ? it.asLine() : n.text();
    }

    /** The outline's nodes in reading order, a table's cells' nodes in its place (row by row, cell by cell). */
    static List<Node> nodes(Outline outline) {
        List<Node> out = new ArrayList<>();
        for (Node n : outline.nodes()) {
            add(n, out);
        }
        return out;
    }

    private static void add(Node n, List<Node> out) {
        if (n instanceof TableNode t) {
            for (TableNode.Row r : t.rows()) {
                for (TableNode.Cell c : r.cells()) {
                    c.content().forEach(x -> add(x, out));
                }
            }
        } else {
            out.add(n);
        }
    }

    /** Headings and short paragraphs: where a document states its title. */
    static List<String> titles(Outline outline) {
        List<String> out = new ArrayList<>();
        for (Node n : outline.nodes()) {
            if (n instanceof Heading || (n instanceof Paragraph p && p.text().length() <= 60)) {
                out.add(n.text());
            }
        }
        return out;
    }
}
