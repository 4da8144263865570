package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.TextBlock;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.Paragraph;

/** PLACEHOLDER: the default segmenter. */
public final class OutlineSegmenter implements Segmenter {
    @Override
    public Outline segment(Layout layout) {
        List<Node> nodes = new ArrayList<>();
        for (Page p : layout.pages()) {
            for (Block b : p.blocks()) {
                if (b instanceof TextBlock tb) {
                    for (Line l : tb.lines()) {
                        if (!l.text().isBlank()) {
                            nodes.add(new Paragraph(l.text(), new Loc(p.number(), 0, -1)));
                        }
                    }
                }
            }
        }
        return new Outline(nodes, List.of());
    }
}
