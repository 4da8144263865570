package org.goalparse.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.layout.Line;
import org.goalparse.layout.Provenance;

/**
 * HTML remnants in extracted text ({@code <p><b>【部の基本方向】</b></p> <p>…</p>}, {@code <li>}, {@code <br>},
 * {@code <div data-bbox="…"></div>}): block-level tags end a line, every tag vanishes, and a piece that was
 * entirely inside {@code <b>}/{@code <strong>} is marked bold. Line breaks inside a line also split it.
 * A piece keeps the line's provenance, narrowed to the piece's offsets when the line's offsets span its text.
 */
public final class MarkupSplitter implements LineRule {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "td", "th", "table", "thead", "tbody", "tfoot", "caption", "dl", "dt", "dd", "blockquote",
            "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "hr", "pre");
    private static final Set<String> BOLD = Set.of("b", "strong");

    @Override
    public List<Line> apply(Line line) {
        String text = line.text();
        if (text.indexOf('<') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return List.of(line);
        }
        Builder b = new Builder(line);
        Matcher m = TAG.matcher(text);
        int pos = 0;
        while (m.find()) {
            b.text(pos, m.start());
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (BLOCK.contains(name)) {
                b.cut();
            } else if (BOLD.contains(name)) {
                b.boldDepth = Math.max(0, b.boldDepth + (m.group(1).isEmpty() ? 1 : -1));
            }
            pos = m.end();
        }
        b.text(pos, text.length());
        b.cut();
        return b.out;
    }

    /** Collects the pieces of one line. */
    private static final class Builder {
        private final Line line;
        private final List<Line> out = new ArrayList<>();
        private final StringBuilder sb = new StringBuilder();
        private int boldDepth;
        private int first = -1;
        private int last = -1;
        private boolean allBold = true;

        Builder(Line line) {
            this.line = line;
        }

        void text(int from, int to) {
            String s = line.text();
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    cut();
                    continue;
                }
                sb.append(c);
                if (!Character.isWhitespace(c) && c != '\u3000') {
                    if (first < 0) {
                        first = i;
                    }
                    last = i + 1;
                    allBold &= boldDepth > 0;
                }
            }
        }

        void cut() {
            String piece = sb.toString().strip();
            if (!piece.isEmpty()) {
                out.add(new Line(piece, narrow(line.provenance(), line.text().length(), first, last),
                        line.fontSize(), line.bold() || allBold));
            }
            sb.setLength(0);
            first = -1;
            last = -1;
            allBold = true;
        }

        private static Provenance narrow(Provenance p, int length, int from, int to) {
            if (p.start() < 0 || p.end() - p.start() != length || from < 0) {
                return p;
            }
            return new Provenance(p.page(), p.bbox(), p.start() + from, p.start() + to);
        }
    }
}
