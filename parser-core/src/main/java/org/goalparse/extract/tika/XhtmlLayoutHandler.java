package org.goalparse.extract.tika;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goalparse.layout.Block;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.TextBlock;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika's parsers emit (HTML, DOCX, XLSX alike) into pages of blocks: paragraph-level
 * elements become lines, headings and bold runs mark lines bold (headings also get a nominal font size),
 * the outermost tables become tables with their cells on the real grid column, and each
 * {@code <div class="page">} (an XLSX sheet) starts a page. A line's offsets count characters of the
 * document's lines joined by newlines.
 */
final class XhtmlLayoutHandler extends DefaultHandler {
    private static final Set<String> BREAKS = Set.of("p", "li", "div", "br", "tr", "td", "th", "table", "dt", "dd",
            "pre", "blockquote", "address", "ul", "ol", "dl", "tbody", "thead", "tfoot", "caption", "section",
            "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "hr");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript", "template");

    private final boolean newlinesBreak;
    private final List<Page> pages = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private List<Line> paragraph = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<ListState> lists = new ArrayDeque<>();
    private TableBuilder table;
    private int tableDepth;
    private int skipDepth;
    private int boldDepth;
    private int preDepth;
    private int headingLevel;
    private int boldChars;
    private int visibleChars;
    private int offset;
    private boolean sheetPages;
    /** The name of the sheet being read, and whether its first line (where Tika writes the name) is still to come. */
    private String sheetName;
    private boolean sheetNameOpen;

    /** An open list: ordered lists number their items unless their style hides markers. */
    private static final class ListState {
        final boolean numbered;
        int next = 1;

        ListState(boolean numbered) {
            this.numbered = numbered;
        }
    }

    /** @param newlinesBreak whether newline characters in text are line breaks (office formats) or white space (HTML) */
    XhtmlLayoutHandler(boolean newlinesBreak) {
        this.newlinesBreak = newlinesBreak;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && isPageClass(atts.getValue("class")) && tableDepth == 0) {
            flushLine();
            endPage();
            sheetPages = true;
            sheetName = null;
            sheetNameOpen = true;
        }
        if (BREAKS.contains(name)) {
            flushLine();
        }
        switch (name) {
            case "table" -> startTable();
            case "tr" -> {
                if (tableDepth == 1) {
                    table.startRow();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    table.startCell(intAttr(atts, "colspan"), intAttr(atts, "rowspan"));
                }
                if (name.equals("th")) {
                    boldDepth++;
                }
            }
            case "b", "strong" -> boldDepth++;
            case "pre" -> preDepth++;
            case "ul" -> lists.push(new ListState(false));
            case "ol" -> lists.push(new ListState(!hidesMarkers(atts)));
            case "li" -> {
                ListState list = lists.peek();
                if (list != null && list.numbered) {
                    text.append(list.next++).append(". ");
                }
            }
            default -> {
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                    headingLevel = name.charAt(1) - '0';
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (BREAKS.contains(name)) {
            flushLine();
        }
        switch (name) {
            case "table" -> endTable();
            case "tr" -> {
                if (tableDepth == 1) {
                    table.endRow();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    table.endCell();
                }
                if (name.equals("th")) {
                    boldDepth--;
                }
            }
            case "b", "strong" -> boldDepth--;
            case "pre" -> preDepth--;
            case "ul", "ol" -> lists.poll();
            default -> {
                if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    headingLevel = 0;
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        boolean breaks = newlinesBreak || preDepth > 0;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' && breaks) {
                flushLine();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            text.append(c);
            visibleChars++;
            if (boldDepth > 0 || headingLevel > 0) {
                boldChars++;
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // layout white space between elements carries nothing
    }

    /** The pages collected; at least one. */
    List<Page> pages() {
        flushLine();
        while (tableDepth > 0) {
            endTable();
        }
        endPage();
        if (pages.isEmpty()) {
            pages.add(new Page(1, 0, 0, List.of()));
        }
        return pages;
    }

    /** Whether the pages are spreadsheet sheets (so the layout has a page count). */
    boolean hasSheetPages() {
        return sheetPages;
    }

    private void startTable() {
        tableDepth++;
        if (tableDepth == 1) {
            endParagraph();
            table = new TableBuilder(pages.size() + 1);
        }
    }

    private void endTable() {
        if (tableDepth == 1) {
            if (!table.isEmpty()) {
                blocks.addAll(table.build());
            }
            table = null;
        }
        tableDepth--;
    }

    private void flushLine() {
        String s = text.toString().strip();
        text.setLength(0);
        boolean bold = visibleChars > 0 && boldChars * 2 >= visibleChars;
        boldChars = 0;
        visibleChars = 0;
        if (s.isEmpty()) {
            if (table == null) {
                endParagraph();
            }
            return;
        }
        Line line = new Line(s, Provenance.ofOffsets(pages.size() + 1, offset, offset + s.length()),
                fontSize(headingLevel), bold);
        if (sheetNameOpen) {
            // Tika writes a sheet's name as the <h1> that opens its page div
            sheetName = headingLevel == 1 && table == null ? s : null;
            sheetNameOpen = false;
        }
        offset += s.length() + 1;
        if (table != null && table.inCell()) {
            table.addLine(line);
        } else if (table != null) {
            return; // text between table cells: stray markup, nothing to place
        } else {
            if (headingLevel > 0) {
                endParagraph();
            }
            paragraph.add(line);
            if (headingLevel > 0) {
                endParagraph();
            }
        }
    }

    private void endParagraph() {
        if (!paragraph.isEmpty()) {
            Provenance first = paragraph.get(0).provenance();
            Provenance last = paragraph.get(paragraph.size() - 1).provenance();
            blocks.add(new TextBlock(paragraph, new Provenance(first.page(), null, first.start(), last.end())));
            paragraph = new ArrayList<>();
        }
    }

    private void endPage() {
        endParagraph();
        if (!blocks.isEmpty()) {
            pages.add(new Page(pages.size() + 1, 0, 0, blocks, sheetPages ? sheetName : null, null));
            blocks = new ArrayList<>();
        }
    }

    /** A nominal size that sets headings apart: h1 largest; 0 (unknown) for body text. */
    static float fontSize(int headingLevel) {
        return switch (headingLevel) {
            case 1 -> 20f;
            case 2 -> 16f;
            case 3 -> 14f;
            case 4 -> 13f;
            case 5 -> 12f;
            case 6 -> 11f;
            default -> 0f;
        };
    }

    private static boolean isPageClass(String cls) {
        return "page".equals(cls) || "sheet".equals(cls);
    }

    private static boolean hidesMarkers(Attributes atts) {
        String style = atts.getValue("style");
        return style != null && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("list-style-type:none");
    }

    private static int intAttr(Attributes atts, String name) {
        String v = atts.getValue(name);
        if (v == null) {
            return 1;
        }
        try {
            return Math.min(1000, Math.max(1, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        int colon = n.indexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }
}
