#!/usr/bin/env python3
"""A sample's structure dump (tools/matrix/source/<name>.txt, read by gen.py) as a flat
OpenDocument text (.fodt) that LibreOffice prints to PDF, as a Word or Writer user would
lay the document out.  Python 3 standard library only.

  gen_fodt.py SOURCE LAYOUT OUT.fodt [landscape]      LAYOUT: ruled | borderless

ruled      : A4 (landscape for landscape originals), tables with 0.5 pt rules, header rows
             repeated on every page, readings as ruby over the names, a running header
             (the title, right) and a `- n -` footer (a page-number field).
borderless : B5 (landscape for landscape originals), no rules (cell padding as gutters),
             a table of projects as a bold gothic name heading with its sub-headings and
             indented text, readings as small text after the names, `- n -` footers.

Body text is Noto Serif CJK JP (a mincho face no sample uses), headings Noto Sans CJK JP
bold.  Column widths follow the longest line of each column; rows may break across pages.
"""
import sys
from xml.sax.saxutils import escape

import gen

SERIF = "Noto Serif CJK JP"
SANS = "Noto Sans CJK JP"

PAGES = {("ruled", False): (210, 297), ("ruled", True): (297, 210),
         ("borderless", False): (182, 257), ("borderless", True): (257, 182)}


def text_props(font, size, bold=False):
    w = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="{font}" style:font-name-asian="{font}" fo:font-size="{size}pt"'
            f' style:font-size-asian="{size}pt" fo:language="ja" fo:country="JP" style:language-asian="ja"'
            f' style:country-asian="JP"{w}/>')


def para_style(name, font, size, bold=False, before=0.0, after=0.5, indent=0.0, align=None):
    a = f' fo:text-align="{align}"' if align else ""
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:margin-top="{before}mm" fo:margin-bottom="{after}mm"'
            f' fo:margin-left="{indent}mm"{a}/>{text_props(font, size, bold)}</style:style>')


def styles(layout, landscape):
    w, h = PAGES[(layout, landscape)]
    margin = 14 if layout == "ruled" else 12
    border = "0.5pt solid #000000" if layout == "ruled" else "none"
    pad = 'fo:padding="1mm"' if layout == "ruled" else 'fo:padding-top="0.6mm" fo:padding-bottom="0.6mm" fo:padding-left="0mm" fo:padding-right="4mm"'
    return f"""
 <office:font-face-decls>
  <style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'" style:font-family-generic="roman"/>
  <style:font-face style:name="{SANS}" svg:font-family="'{SANS}'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">{text_props(SERIF, 9)}</style:default-style>
  {para_style("Body", SERIF, 9)}
  {para_style("Cell", SERIF, 9, after=0)}
  {para_style("Title", SANS, 13, bold=True, after=3)}
  {para_style("Gap", SERIF, 5, after=0)}
  {para_style("Proj", SANS, 10.5, bold=True, before=4, after=1)}
  {para_style("Sub", SANS, 9.5, before=1.5, after=0.5, indent=3)}
  {para_style("Txt", SERIF, 9, indent=6)}
  {para_style("Hdr", SERIF, 7.5, align="end")}
  {para_style("Ftr", SERIF, 8.5, align="center")}
  <style:style style:name="Reading" style:family="text">{text_props(SERIF, 6.5)}</style:style>
  <style:style style:name="RubyText" style:family="text">{text_props(SERIF, 4.5)}</style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{w}mm" fo:page-height="{h}mm"
    style:print-orientation="{'landscape' if w > h else 'portrait'}" fo:margin-top="8mm" fo:margin-bottom="6mm"
    fo:margin-left="{margin}mm" fo:margin-right="{margin}mm"/>
   <style:header-style><style:header-footer-properties fo:min-height="4mm" fo:margin-bottom="3mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="4mm" fo:margin-top="4mm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Ru" style:family="ruby"><style:ruby-properties style:ruby-position="above" style:ruby-align="center"/></style:style>
  <style:style style:name="Cel" style:family="table-cell">
   <style:table-cell-properties fo:border="{border}" {pad} style:vertical-align="top"/>
  </style:style>
 </office:automatic-styles>
"""


def name_cell(pieces, layout):
    """A cell holding a reading line and a name line: ruby over each word (ruled), or the reading in
    small type after the name (borderless)."""
    if len(pieces) == 2 and gen.KANA.match(pieces[0]) and gen.KANJI_NAME.match(pieces[1]):
        reading, name = pieces
        if layout == "ruled":
            rs, ns = reading.split(" "), name.split(" ")
            pairs = list(zip(ns, rs)) if len(rs) == len(ns) else [(name, reading)]
            rubies = [f'<text:ruby text:style-name="Ru"><text:ruby-base>{escape(n)}</text:ruby-base>'
                      f'<text:ruby-text text:style-name="RubyText">{escape(r)}</text:ruby-text></text:ruby>'
                      for n, r in pairs]
            return '<text:p text:style-name="Cell">' + " ".join(rubies) + "</text:p>"
        return (f'<text:p text:style-name="Cell">{escape(name)}<text:s/>'
                f'<text:span text:style-name="Reading">{escape(reading)}</text:span></text:p>')
    return None


def cell_xml(pieces, layout):
    special = name_cell(pieces, layout)
    if special is not None:
        return special
    lines = gen.reflow(pieces) or [""]
    return "".join(f'<text:p text:style-name="Cell">{escape(x)}</text:p>' for x in lines)


table_count = 0


def table_xml(rows, meta, layout, body_width):
    global table_count
    if layout == "borderless" and gen.is_section_table(rows):
        out = []
        for item in gen.section_items(rows):
            if item[0] == "proj":
                name = '<text:s text:c="3"/>'.join(escape(x) for x in item[1])
                out.append(f'<text:p text:style-name="Proj">{name}</text:p>')
                out.append(f'<text:p text:style-name="Sub">{escape(item[2])}</text:p>')
            elif item[0] == "sub":
                out.append(f'<text:p text:style-name="Sub">{escape(item[1])}</text:p>')
            else:
                out.append(f'<text:p text:style-name="Txt">{escape(item[1])}</text:p>')
        return "\n".join(out)
    head, grid = gen.table_grid(rows, meta)
    ncol, placed, weights = gen.rectangle(grid)
    table_count += 1
    t = f"T{table_count}"
    total = sum(weights)
    pad = 2 if layout == "ruled" else 4  # each column's cell padding (mm), given before sharing the rest
    cols = "".join(f'<style:style style:name="{t}.C{i}" style:family="table-column">'
                   f'<style:table-column-properties style:column-width='
                   f'"{pad + (body_width - ncol * pad) * w / total:.2f}mm"/></style:style>'
                   for i, w in enumerate(weights))
    out = [f'<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{body_width}mm"'
           f' table:align="left" fo:margin-top="1mm" fo:margin-bottom="1mm"/></style:style>{cols}', None]
    body = [f'<table:table table:name="{t}" table:style-name="{t}">']
    body += [f'<table:table-column table:style-name="{t}.C{i}"/>' for i in range(ncol)]
    rows_xml = []
    for cells in placed:
        x = ["<table:table-row>"]
        for c in cells:
            if c is None:
                x.append("<table:covered-table-cell/>")
                continue
            pieces, colspan, rowspan, _ = c
            span = f' table:number-columns-spanned="{colspan}"' if colspan > 1 else ""
            span += f' table:number-rows-spanned="{rowspan}"' if rowspan > 1 else ""
            x.append(f'<table:table-cell table:style-name="Cel" office:value-type="string"{span}>'
                     f"{cell_xml(pieces, layout)}</table:table-cell>")
        x.append("</table:table-row>")
        rows_xml.append("".join(x))
    if head:
        body.append("<table:table-header-rows>" + "".join(rows_xml[:head]) + "</table:table-header-rows>")
        rows_xml = rows_xml[head:]
    body += rows_xml
    body.append("</table:table>")
    out[1] = "\n".join(body)
    return out


def main():
    src_path, layout, out_path = sys.argv[1:4]
    landscape = "landscape" in sys.argv[4:]
    header, items = gen.document(open(src_path, encoding="utf-8").read())
    w, h = PAGES[(layout, landscape)]
    body_width = w - 2 * (14 if layout == "ruled" else 12)
    table_styles = []
    body = []
    for it in items:
        if it[0] == "gap":
            body.append('<text:p text:style-name="Gap"/>')
        elif it[0] == "h1":
            body.append(f'<text:p text:style-name="Title">{escape(it[1])}</text:p>')
        elif it[0] == "p":
            body.append(f'<text:p text:style-name="Body">{escape(it[1])}</text:p>')
        else:
            x = table_xml(it[1], it[2], layout, body_width)
            if isinstance(x, list):
                table_styles.append(x[0])
                body.append(x[1])
            else:
                body.append(x)
    st = styles(layout, landscape).replace(" </office:automatic-styles>",
                                           "\n".join(table_styles) + "\n </office:automatic-styles>")
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{st}
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Hdr">{escape(header)}</text:p></style:header>
   <style:footer><text:p text:style-name="Ftr">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{chr(10).join(body)}
 </office:text></office:body>
</office:document>
"""
    open(out_path, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    main()
