#!/usr/bin/python3
"""A sample's structure dump (tools/matrix/source/<name>.txt, read by gen.py) printed straight
to PDF by ReportLab, with the CID fonts every PDF reader has built in: HeiseiMin-W3 (body) and
HeiseiKakuGo-W5 (headings), encoding UniJIS-UCS2-H, NOT embedded and without a ToUnicode map.
That is what PDFs from Office or Acrobat with "do not embed Asian fonts" look like: the text
can only be read through the font's character collection (Adobe-Japan1).

  /usr/bin/python3 gen_reportlab.py SOURCE LAYOUT OUT.pdf [landscape]

Needs Debian's python3-reportlab (so /usr/bin/python3, not another Python).

ruled      : A4 portrait for every original (landscape tables squeezed: cells wrap), tables
             ruled with drawn lines (0.5 pt), header rows repeated on every page, a row taller
             than a page cut into a continuation row, readings as small text after the names, a
             running header (the title, right) and a `- n -` footer.
borderless : B5 portrait, or A4 landscape for landscape originals; no lines at all, a table
             of projects as a name heading with its sub-headings, readings as small text
             after the names, `- n -` footers.
"""
import sys
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, B5, landscape as turned
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import gen

MIN = "HeiseiMin-W3"
GOTHIC = "HeiseiKakuGo-W5"


def style(name, font=MIN, size=9, leading=None, before=0, after=0.5 * mm, indent=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.45,
                          spaceBefore=before, spaceAfter=after, leftIndent=indent, wordWrap="CJK")


BODY = style("body")
CELL = style("cell", after=0)
TITLE = style("title", GOTHIC, 13, after=3 * mm)
PROJ = style("proj", GOTHIC, 10.5, before=4 * mm, after=1 * mm)
SUB = style("sub", GOTHIC, 9.5, before=1.5 * mm, after=0.5 * mm, indent=3 * mm)
TXT = style("txt", indent=6 * mm)


def cell_flowables(pieces):
    """A cell's lines as paragraphs; a reading line over a name line becomes the name followed by
    its reading in small type."""
    if len(pieces) == 2 and gen.KANA.match(pieces[0]) and gen.KANJI_NAME.match(pieces[1]):
        reading, name = pieces
        return [Paragraph(f'{escape(name)} <font size="6">{escape(reading)}</font>', CELL)]
    return [Paragraph(escape(x), CELL) for x in gen.reflow(pieces)] or [Paragraph("", CELL)]


def table(rows, meta, layout, body_width, frame_height):
    if layout == "borderless" and gen.is_section_table(rows):
        out = []
        for item in gen.section_items(rows):
            if item[0] == "proj":
                out.append(Paragraph("\u3000".join(escape(x) for x in item[1]), PROJ))
                out.append(Paragraph(escape(item[2]), SUB))
            elif item[0] == "sub":
                out.append(Paragraph(escape(item[1]), SUB))
            else:
                out.append(Paragraph(escape(item[1]), TXT))
        return out
    head, grid = gen.table_grid(rows, meta)
    ncol, placed, weights = gen.rectangle(grid)
    total = sum(weights)
    data = []
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if layout == "ruled":
        commands += [("GRID", (0, 0), (-1, -1), 0.5, "black"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
                     ("TOPPADDING", (0, 0), (-1, -1), 1 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm)]
    else:
        commands += [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                     ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm)]
    for r, cells in enumerate(placed):
        row = []
        for c, cell in enumerate(cells):
            if cell is None:
                row.append("")
                continue
            pieces, colspan, rowspan, _ = cell
            row.append(cell_flowables(pieces))
            if colspan > 1 or rowspan > 1:
                commands.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
        data.append(row)
    pad = 2.4 * mm if layout == "ruled" else 4 * mm  # each column's padding, given before sharing the rest
    widths = [pad + (body_width - ncol * pad) * w / total for w in weights]
    data = split_tall_rows(data, commands, widths, head, frame_height)
    return [Table(data, colWidths=widths, repeatRows=head, style=TableStyle(commands),
                  hAlign="LEFT")]


def row_height(row, widths):
    pad = 2.4 * mm
    h = 0
    for cell, w in zip(row, widths):
        if isinstance(cell, list):
            h = max(h, sum(f.wrap(w - pad, 10000)[1] + f.style.spaceAfter for f in cell))
    return h + 2 * mm


def split_tall_rows(data, commands, widths, head, frame_height):
    """ReportLab moves a row that does not fit to the next page and cannot print one taller than
    a page (its splitInRow leaves the cut row open, without a rule below), so such a row is cut
    first: each cell's last lines go to a continuation row below it, ruled like any row (rows
    under a span are left whole)."""
    spanned = {r for cmd in commands if cmd[0] == "SPAN" for r in range(cmd[1][1], cmd[2][1] + 1)}
    limit = frame_height - sum(row_height(r, widths) for r in data[:head]) - 6 * mm
    out = []
    where = {}
    for i, row in enumerate(data):
        where[i] = len(out)
        if i in spanned or i < head:
            out.append(row)
            continue
        row = [list(c) if isinstance(c, list) else c for c in row]
        while row_height(row, widths) > limit:
            rest = [[] if isinstance(c, list) else c for c in row]
            moved = False
            while row_height(row, widths) > limit:
                step = False
                for k, c in enumerate(row):
                    if isinstance(c, list) and len(c) > 1:
                        rest[k].insert(0, c.pop())
                        step = True
                if not step:
                    break
                moved = True
            if not moved:
                break
            out.append(row)
            row = rest
        out.append(row)
    # the spans move down with the rows they cover
    for n, cmd in enumerate(commands):
        if cmd[0] == "SPAN":
            commands[n] = ("SPAN", (cmd[1][0], where[cmd[1][1]]), (cmd[2][0], where[cmd[2][1]]))
    return out


def main():
    src_path, layout, out_path = sys.argv[1:4]
    landscape = "landscape" in sys.argv[4:]
    pdfmetrics.registerFont(UnicodeCIDFont(MIN))
    pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
    header, items = gen.document(open(src_path, encoding="utf-8").read())
    if layout == "ruled":
        size, margin = A4, 15 * mm
    else:
        size, margin = (turned(A4), 13 * mm) if landscape else (B5, 13 * mm)
    story = []
    for it in items:
        if it[0] == "gap":
            story.append(Spacer(1, 3 * mm))
        elif it[0] == "h1":
            story.append(Paragraph(escape(it[1]), TITLE))
        elif it[0] == "p":
            story.append(Paragraph(escape(it[1]), BODY))
        else:
            story += table(it[1], it[2], layout, size[0] - 2 * margin, size[1] - 32 * mm)
            story.append(Spacer(1, 1 * mm))

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(MIN, 7.5)
        canvas.drawRightString(size[0] - margin, size[1] - 10 * mm, header)
        canvas.setFont(MIN, 8.5)
        canvas.drawCentredString(size[0] / 2, 8 * mm, f"- {doc.page} -")
        canvas.restoreState()

    doc = SimpleDocTemplate(out_path, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="", author="", creator="goalparse tools/matrix",
                            invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    main()
