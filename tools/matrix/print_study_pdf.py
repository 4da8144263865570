#!/usr/bin/env python3
"""Print a study set of plain-text documents to PDF with Debian's Chromium, keys alongside.

Usage: print_study_pdf.py SRC_DIR DST_DIR

For each answer key (*.facts.json) in SRC_DIR, every input text is set as one paragraph per line (A4, 18 mm
margins, Noto Sans CJK JP 10.5 pt, long lines wrapping at the margin) and printed with
`chromium --headless --print-to-pdf`; the key is copied to DST_DIR with its inputs renamed to the PDFs. Scoring
DST_DIR beside SRC_DIR shows what the PDF path loses against the text path on the same documents (wrapped lines,
spacing, blocks): docs/renditions.md, "Study sets printed to PDF". The study texts themselves stay outside the
repository (third-party text).
"""
import glob
import html
import json
import os
import subprocess
import sys


def main(src, dst):
    os.makedirs(dst, exist_ok=True)
    for key in sorted(glob.glob(os.path.join(src, '*.facts.json'))):
        with open(key, encoding='utf-8') as f:
            k = json.load(f)
        inputs = []
        for name in k['inputs']:
            base = os.path.splitext(name)[0]
            with open(os.path.join(src, name), encoding='utf-8', errors='replace') as f:
                text = f.read()
            body = ''.join('<p>%s</p>' % (html.escape(line) if line.strip() else '&nbsp;')
                           for line in text.split('\n'))
            page = ('<html><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm}'
                    'body{font-family:"Noto Sans CJK JP";font-size:10.5pt}p{margin:0;white-space:pre-wrap}'
                    '</style></head><body>%s</body></html>' % body)
            h = os.path.abspath(os.path.join(dst, base + '.html'))
            with open(h, 'w', encoding='utf-8') as f:
                f.write(page)
            pdf = os.path.join(dst, base + '.pdf')
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                            '--print-to-pdf=' + pdf, 'file://' + h], capture_output=True, timeout=120, check=False)
            os.remove(h)
            if not os.path.exists(pdf):
                sys.exit('chromium printed no PDF for ' + name)
            inputs.append(base + '.pdf')
        k['inputs'] = inputs
        with open(os.path.join(dst, os.path.basename(key)), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
