#!/usr/bin/env python3
"""Turn a sample's structure dump (tools/matrix/source/<name>.txt, the output of
`goalparse text samples/<name>.pdf`: tables as `cell | cell`, line breaks inside
a cell as ` / `, pages as `--- page n ---`) into an HTML rendition that a browser
prints to PDF.  Python 3 standard library only.

  gen.py SOURCE LAYOUT OUT.html        LAYOUT: ruled | borderless

ruled      : A4 portrait, tables with borders, readings as <ruby>, a running
             header and a `- n -` footer on every page.
borderless : A4 landscape (B5 portrait for portrait originals), no borders at
             all, readings as small text beside the names, a table whose rows
             are mostly full-width (a project, then its plan and report) laid
             out as a heading followed by sub-headings, `- n -` footers.

The text is re-flowed: a line that filled its original width runs on into the
next, so the browser wraps it again at its own width (cells that wrap).  Pages
are made by a small script in the page (Chromium prints no CSS margin boxes):
blocks and table rows are moved onto fixed-size page boxes, a row taller than
a page is split line by line, header rows of a table that the source repeated
on each page are repeated as well.
"""
import html
import re
import sys
import unicodedata

MARK = re.compile(r"^(?:[・○●◎□■◆◇※①-⑳【(（〔「『]|\d+[ .．)）]|\d+$|[一二三四五六七八九十]+[、 ]|No\b)")
KANA = re.compile(r"^[\u3040-\u30ff\u30fc ]+$")
KANJI_NAME = re.compile(r"^[\u4e00-\u9fff\u3005\u30f6]+(?: [\u4e00-\u9fff\u3005\u30f6]+)*$")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def reflow(pieces):
    """Pieces of a cell or paragraph (the original lines) -> logical lines: a
    piece that filled the widest line runs on into the next one."""
    if not pieces:
        return []
    top = max(width(p) for p in pieces)
    out = [pieces[0]]
    for prev, p in zip(pieces, pieces[1:]):
        full = width(prev) >= top - 3 and top >= 16
        if full and not prev.endswith(("。", ":", "：")) and not MARK.match(p):
            out[-1] += p
        else:
            out.append(p)
    return out


def parse(src):
    """-> list of blocks: ('p', [lines]) | ('table', [rows of cells]) | ('blank',);
    cells are lists of original pieces.  A table carries the number of its
    leading rows the source repeated at page tops ('head')."""
    blocks = []
    page_start = False
    for raw in src.splitlines():
        line = raw.rstrip()
        if re.match(r"^--- page \d+ ---$", line):
            page_start = True
            continue
        if not line.strip():
            blocks.append(("blank",))
            continue
        if " | " in line or line.endswith(" |"):
            cells = [c.strip() for c in re.split(r" \| ?", line)]
            while cells and cells[-1] == "" and len(cells) > 1:
                cells.pop()
            row = [[x for x in c.split(" / ")] if c else [] for c in cells]
            prev = blocks[-1] if blocks else None
            if page_start and prev is None or (page_start and prev[0] != "table"):
                # a table continued on a new page: find the table before the page break
                j = len(blocks) - 1
                while j >= 0 and blocks[j][0] == "blank":
                    j -= 1
                if j >= 0 and blocks[j][0] == "table":
                    del blocks[j + 1:]
                    prev = blocks[-1]
            if prev and prev[0] == "table":
                t = prev[1]
                if page_start:
                    key = lambda r: "".join("".join(c) for c in r).replace(" ", "")
                    heads = [key(r) for r in t[:3]]
                    if key(row) in heads:
                        prev[2]["head"] = max(prev[2].get("head", 0), heads.index(key(row)) + 1)
                        prev[2]["skip"] = True
                        continue
                    if prev[2].get("skip"):
                        prev[2]["skip"] = False
                    elif row and row[0] and not MARK.match(row[0][0]) and len(row) == len(t[-1]):
                        # a row split by the page break: join it to the row it continues
                        for i, c in enumerate(row):
                            t[-1][i] = t[-1][i] + c
                        page_start = False
                        continue
                page_start = False
                t.append(row)
            else:
                blocks.append(("table", [row], {}))
                page_start = False
        else:
            prev = blocks[-1] if blocks else None
            if prev is not None and prev[0] == "table" and not page_start:
                # a line right after a row, without a blank line: a full-width row
                prev[1].append([line.strip().split(" / ")])
                continue
            page_start = False
            blocks.append(("p", line.strip()))
    # paragraphs: consecutive lines -> one block of logical lines
    out = []
    for b in blocks:
        if b[0] == "p":
            if out and out[-1][0] == "para":
                out[-1][1].append(b[1])
            else:
                out.append(("para", [b[1]]))
        elif b[0] == "blank":
            out.append(("blank",))
        else:
            out.append(b)
    return out


def esc(s):
    return html.escape(s, quote=False)


def name_cell(pieces, layout):
    """A cell holding a reading and a name (kana line, then kanji line)."""
    if len(pieces) == 2 and KANA.match(pieces[0]) and KANJI_NAME.match(pieces[1]):
        reading, name = pieces
        if layout == "ruled":
            rs, ns = reading.split(" "), name.split(" ")
            if len(rs) == len(ns):
                return " ".join(f"<ruby>{esc(n)}<rt>{esc(r)}</rt></ruby>" for n, r in zip(ns, rs))
            return f"<ruby>{esc(name)}<rt>{esc(reading)}</rt></ruby>"
        return f'{esc(name)}<span class="rd">{esc(reading)}</span>'
    return None


def cell_html(pieces, layout):
    special = name_cell(pieces, layout)
    if special is not None:
        return special
    return "".join(f'<div class="l">{esc(x)}</div>' for x in reflow(pieces))


def is_section_table(rows):
    """A table of projects: a row of two short cells (name, sub-heading) followed
    by full-width rows alternating long text and short sub-headings."""
    singles = sum(1 for r in rows if len(r) == 1)
    return len(rows) >= 4 and singles * 2 >= len(rows) and all(len(r) <= 2 for r in rows)


def section_items(rows):
    """A table of projects (is_section_table) as headings: ('proj', name lines, sub-heading) for a
    name row, ('sub', text) for a short full-width row, ('text', text) for the others."""
    out = []
    for r in rows:
        if len(r) == 2:
            out.append(("proj", reflow(r[0]), "".join(r[1])))
        else:
            text = "".join(r[0])
            out.append(("sub", text) if width(text) <= 24 else ("text", text))
    return out


def table_grid(rows, meta):
    """The ruled layout of a table, for every producer: (header rows, rows of cells), a cell being
    (pieces, colspan, rowspan, is_header); a cell under a rowspan is left out of its row.  A table of
    projects gets its name cell spanning the rows of its plan and report, which fill the second column."""
    ncol = max(len(r) for r in rows)
    if is_section_table(rows):
        out = []
        i = 0
        while i < len(rows):
            r = rows[i]
            j = i + 1
            while j < len(rows) and len(rows[j]) == 1:
                j += 1
            if len(r) == 2:
                out.append([(r[0], 1, j - i, False), (r[1], 1, 1, False)])
                for k in range(i + 1, j):
                    out.append([(rows[k][0], 1, 1, False)])
                i = j
            else:
                out.append([(r[0], 2, 1, False)])
                i += 1
        return 0, out
    head = meta.get("head", 0)
    out = []
    for i, r in enumerate(rows):
        if 0 < i < head and len(r) == ncol - 1 and len(rows[0]) == ncol - 1:
            # the second header row sits under the first one's spanning cells
            r = [[]] + r
        cells = []
        for j, c in enumerate(r):
            span = ncol - len(r) + 1 if j == len(r) - 1 and len(r) < ncol else 1
            cells.append((c, span, 1, bool(head) and i < max(head, 1)))
        out.append(cells)
    return head, out


def rectangle(grid):
    """A table_grid as a full rectangle, for producers that want every position: (columns, rows of
    cells or None where a span covers the position, a width weight per column).  The widths come
    from the longest lines (capped) of the rows without a column span, so that a No column stays
    narrow; a row whose last cell spans the free columns but whose first cell is long (plan
    references under a goal) has its first cell span them instead.  Short rows are padded."""
    ncol = max(sum(c[1] for c in r) for r in grid)
    longest = lambda pieces: min(max([width(x) for x in reflow(pieces)] or [0]) + 2, 70)

    def place(weights):
        covered = [0] * ncol  # rows still covered by a rowspan above, per column
        placed = []
        for r in grid:
            if (weights and len(r) > 1 and r[-1][1] > 1 and not any(covered)
                    and all(c[2] == 1 for c in r) and longest(r[0][0]) > 2 * weights[0]):
                r = [(r[0][0], r[-1][1], 1, r[0][3])] + r[1:-1] + [(r[-1][0], 1, 1, r[-1][3])]
            cells = []
            col = 0
            for cell in r:
                while col < ncol and covered[col] > 0:
                    cells.append(None)
                    covered[col] -= 1
                    col += 1
                cells.append(cell)
                for k in range(cell[1]):
                    if col + k < ncol:
                        covered[col + k] = cell[2] - 1
                cells.extend([None] * (cell[1] - 1))
                col += cell[1]
            while col < ncol:
                cells.append(None if covered[col] > 0 else ([], 1, 1, False))
                covered[col] = max(covered[col] - 1, 0)
                col += 1
            placed.append(cells)
        return placed

    weights = [8] * ncol
    for row in place(None):
        if all(c is None or c[1] == 1 for c in row):
            for col, c in enumerate(row):
                if c is not None:
                    weights[col] = max(weights[col], longest(c[0]))
    return ncol, place(weights), weights


def table_html(rows, meta, layout):
    if layout == "borderless" and is_section_table(rows):
        out = ['<div class="sections">']
        for item in section_items(rows):
            if item[0] == "proj":
                out.append('<h3 class="proj">' + "".join(f"<span>{esc(x)}</span>" for x in item[1]) + "</h3>")
                out.append(f'<h4>{esc(item[2])}</h4>')
            elif item[0] == "sub":
                out.append(f"<h4>{esc(item[1])}</h4>")
            else:
                out.append(f"<p class=\"txt\">{esc(item[1])}</p>")
        out.append("</div>")
        return "\n".join(out)
    head, grid = table_grid(rows, meta)
    parts = [f'<table data-head="{head}">']
    for r in grid:
        tr = "<tr>"
        for pieces, colspan, rowspan, is_head in r:
            sp = f' colspan="{colspan}"' if colspan > 1 else ""
            sp += f' rowspan="{rowspan}"' if rowspan > 1 else ""
            tag = "th" if is_head else "td"
            tr += f"<{tag}{sp}>{cell_html(pieces, layout)}</{tag}>"
        parts.append(tr + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


CSS = {
    "ruled": """
@page { size: 210mm 297mm; margin: 0 }
.page { width: 210mm; height: 296mm; padding: 14mm 16mm 0 16mm; }
.body { height: 262mm; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.8pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; font-weight: normal; }
rt { font-size: 50%; }
""",
    "borderless": """
@page { size: {W} {H}; margin: 0 }
.page { width: {W}; height: {H1}; padding: 12mm 14mm 0 14mm; }
.body { height: {B}; }
table { border-collapse: separate; border-spacing: 4mm 1.2mm; width: 100%; }
td, th { border: none; padding: 0; vertical-align: top; text-align: left; font-weight: normal; }
.rd { font-size: 6.5pt; margin-left: 2mm; }
h3.proj { font-size: 10.5pt; margin: 4mm 0 1mm 0; }
h3.proj span + span { margin-left: 3mm; }
h4 { font-size: 9.5pt; margin: 1.5mm 0 0.5mm 3mm; }
p.txt { margin: 0 0 0 6mm; }
""",
}

COMMON = """
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans CJK JP', 'IPAexGothic', sans-serif; font-size: 9pt; line-height: 1.45; }
.page { position: relative; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.hdr { height: 7mm; font-size: 7.5pt; text-align: right; }
.ftr { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
.body { overflow: hidden; }
h1 { font-size: 13pt; margin: 0 0 3mm 0; font-weight: bold; }
p { margin: 0 0 1mm 0; }
.gap { height: 3mm; }
#src { display: none; }
"""

SCRIPT = r"""
(function () {
  const src = document.getElementById('src');
  const header = src.getAttribute('data-header');
  let pages = [];
  function newPage() {
    const p = document.createElement('div'); p.className = 'page';
    const h = document.createElement('div'); h.className = 'hdr'; h.textContent = header;
    const b = document.createElement('div'); b.className = 'body';
    const f = document.createElement('div'); f.className = 'ftr';
    p.append(h, b, f); document.body.appendChild(p); pages.push(p); return b;
  }
  const over = b => b.scrollHeight > b.clientHeight + 1;
  let body = newPage();
  function place(el) {
    body.appendChild(el);
    if (!over(body)) return;
    if (el.tagName === 'TABLE') { body.removeChild(el); placeTable(el); return; }
    if (el.classList.contains('sections')) {
      body.removeChild(el);
      const kids = Array.from(el.children);
      let box = el.cloneNode(false); body.appendChild(box);
      for (const k of kids) {
        box.appendChild(k);
        if (over(body)) { box.removeChild(k); body = newPage(); box = el.cloneNode(false); body.appendChild(box); box.appendChild(k); }
      }
      return;
    }
    body.removeChild(el); body = newPage(); body.appendChild(el);
  }
  function placeTable(t) {
    const rows = Array.from(t.rows);
    const nhead = parseInt(t.getAttribute('data-head') || '0');
    const heads = rows.slice(0, nhead);
    let cur = t.cloneNode(false); body.appendChild(cur);
    const startPage = () => {
      body = newPage(); cur = t.cloneNode(false); body.appendChild(cur);
      for (const h of heads) cur.appendChild(h.cloneNode(true));
      return cur.rows.length;
    };
    let fresh = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      cur.appendChild(r);
      if (!over(body)) continue;
      if (cur.rows.length - 1 > fresh) { cur.removeChild(r); fresh = startPage(); i--; continue; }
      // a row taller than a page: move its cells' last lines into a continuation row
      const rest = r.cloneNode(true);
      for (const c of rest.cells) c.innerHTML = '';
      let moved = true;
      while (over(body) && moved) {
        moved = false;
        for (let k = 0; k < r.cells.length; k++) {
          const c = r.cells[k], lines = c.querySelectorAll(':scope > .l');
          if (lines.length > 1) { rest.cells[k].prepend(lines[lines.length - 1]); moved = true; }
        }
      }
      rows.splice(i + 1, 0, rest);
      fresh = startPage();
    }
  }
  for (const el of Array.from(src.children)) place(el);
  src.remove();
  pages.forEach((p, i) => { p.querySelector('.ftr').textContent = '- ' + (i + 1) + ' -'; });
})();
"""


def document(src):
    """A source as the items every producer lays out: (running header text, items), an item being
    ('h1', line) for the first text line, ('p', line), ('gap',) for a blank line, ('table', rows, meta)."""
    first = next(l for l in src.splitlines() if l.strip() and not l.startswith("---"))
    header = re.sub(r"\s+", " ", first.split(" | ")[0]) if " | " not in first else ""
    items = []
    first_text = True
    for b in parse(src):
        if b[0] == "blank":
            items.append(("gap",))
        elif b[0] == "para":
            for line in reflow(b[1]):
                items.append(("h1" if first_text else "p", line))
                first_text = False
        else:
            first_text = False
            items.append(("table", b[1], b[2]))
    return header, items


def main():
    src_path, layout, out_path = sys.argv[1:4]
    src = open(src_path, encoding="utf-8").read()
    header, items = document(src)
    portrait_original = "landscape" not in sys.argv[4:]
    css = COMMON + CSS[layout]
    if layout == "borderless":
        if portrait_original:
            w, h = 182, 257
        else:
            w, h = 297, 210
        css = (css.replace("{W}", f"{w}mm").replace("{H}", f"{h}mm")
               .replace("{H1}", f"{h - 1}mm").replace("{B}", f"{h - 35}mm"))
    body = []
    for it in items:
        if it[0] == "gap":
            body.append('<div class="gap"></div>')
        elif it[0] == "h1":
            body.append(f"<h1>{esc(it[1])}</h1>")
        elif it[0] == "p":
            body.append(f"<p>{esc(it[1])}</p>")
        else:
            body.append(table_html(it[1], it[2], layout))
    doc = ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title></title>"
           f"<style>{css}</style></head><body>\n"
           f'<div id="src" data-header="{html.escape(header)}">\n' + "\n".join(body) + "\n</div>\n"
           f"<script>{SCRIPT}</script></body></html>\n")
    open(out_path, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    main()
