#!/usr/bin/env python3
"""Renders a `bigscore report` in headless Chromium (Debian's `chromium`) and
checks that the page rendered: the screenshot is not blank and shows the
charts' colours, the DOM Chromium built has the expected <title> and every
chart, printing gives A4 pages without the browser's header and footer,
and the page logged nothing to the console
(it has no scripts; any console message is an error). The summary at the
top and the improvement plan are rendered visible, in Dutch and in
English, and the style sheet's
print rules keep table rows, cards and the summary whole and headings with
what follows (a copy of the page with a probe script appended asks
Chromium's DOM and CSSOM).

Usage: check-browser.py BIGSCORE SOURCE-ROOT [KEEP-DIR]
Exit 77 (skipped) when chromium is not installed. With KEEP-DIR the report,
the screenshot and the PDF are kept there.
"""

import html as htmllib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

BIGSCORE, ROOT = sys.argv[1], sys.argv[2]
COLLAB = os.path.join(ROOT, "examples", "data", "collab")
WIDTH, HEIGHT = 1000, 3000
ACCENT = (0x17, 0x4F, 0x73)  # the organisation's bars (html.c, svg .s0)


def fail(msg, detail=""):
    print(f"FAIL: {msg}", file=sys.stderr)
    if detail:
        print(detail, file=sys.stderr)
    sys.exit(1)


def png_pixels(path):
    """Width, height and the RGB(A) rows of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                fail(f"{path}: unexpected PNG type {depth}/{ctype}/{interlace}")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = 3 if ctype == 2 else 4
    raw, stride, rows, prev, i = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if f == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + (left + prev[x]) // 2) & 255
        elif f == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b, c = prev[x], prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def chromium(exe, profile, args, url):
    cmd = [exe, "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
           "--hide-scrollbars", "--no-first-run", f"--user-data-dir={profile}",
           "--enable-logging=stderr", "--v=0", *args, url]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=150, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        fail(f"chromium did not finish: {' '.join(cmd)}")
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        fail(f"chromium exited with {proc.returncode}", err)
    console = [line for line in err.splitlines() if ":CONSOLE" in line]
    if console:
        fail("the page logged to the console", "\n".join(console))
    return proc.stdout.decode("utf-8", "replace")


def main():
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        print("chromium is not installed: skipped")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="check-browser-")
    keep = sys.argv[3] if len(sys.argv) > 3 else None
    try:
        run(exe, tmp)
        if keep:
            os.makedirs(keep, exist_ok=True)
            for name in ("report.html", "report.png", "report.pdf"):
                shutil.copy(os.path.join(tmp, name), keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("chromium rendered the report: ok")


def run(exe, tmp):
    assessment = os.path.join(COLLAB, "2025", "GM9901.json")
    html = os.path.join(tmp, "report.html")
    proc = subprocess.run(
        [BIGSCORE, "report", "-o", html, "--previous", os.path.join(COLLAB, "2024", "GM9901.json"),
         "--peers", os.path.join(COLLAB, "2025"), "--collaboration",
         os.path.join(COLLAB, "SV0001.json"), "--goal", "80", assessment],
        capture_output=True, text=True)
    if proc.returncode != 0:
        fail("bigscore report failed", proc.stderr)
    with open(assessment) as f:
        doc = json.load(f)
    title = f"Rapportage informatiebeveiliging \u2014 {doc['organisation']['name']}, {doc['period']}"
    url = "file://" + html
    profile = os.path.join(tmp, "profile")

    # The DOM as Chromium built it: the title and every chart.
    dom = chromium(exe, profile, ["--dump-dom"], url)
    found = re.search(r"<title>([^<]*)</title>", dom)
    if not found or found[1] != title:
        fail(f"the title is {found[1] if found else None!r}, expected {title!r}")
    with open(html, encoding="utf-8") as f:
        charts = f.read().count("<svg ")
    if charts != 6 or dom.count("<svg ") != charts:
        fail(f"{dom.count('<svg ')} charts in the DOM, {charts} in the file, expected 6")

    # The summary (and the sections that follow it) as rendered, in both languages.
    for lang in ("nl", "en"):
        probe_sections(exe, tmp, lang)
        probe_sections(exe, tmp, lang, NARROW)

    # The screenshot: mostly white paper, but not blank, with the bars drawn.
    png = os.path.join(tmp, "report.png")
    chromium(exe, profile, [f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={png}"], url)
    w, h, bpp, rows = png_pixels(png)
    if (w, h) != (WIDTH, HEIGHT):
        fail(f"the screenshot is {w}x{h}, expected {WIDTH}x{HEIGHT}")
    ink = accent = 0
    for line in rows:
        for x in range(0, w * bpp, bpp):
            r, g, b = line[x], line[x + 1], line[x + 2]
            ink += min(r, g, b) < 200
            accent += abs(r - ACCENT[0]) + abs(g - ACCENT[1]) + abs(b - ACCENT[2]) < 30
    if ink < w * h // 100:
        fail(f"the screenshot is blank: {ink} dark pixels of {w * h}")
    if accent < 2000:
        fail(f"the bars are missing: {accent} pixels in the accent colour")
    print(f"screenshot {w}x{h}: {100.0 * ink / (w * h):.1f}% ink, {accent} accent pixels")

    # Printing: A4 pages (595 x 842 points), more than one.
    pdf = os.path.join(tmp, "report.pdf")
    chromium(exe, profile, ["--no-pdf-header-footer", f"--print-to-pdf={pdf}"], url)
    with open(pdf, "rb") as f:
        data = f.read()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", data)
    if not data.startswith(b"%PDF") or len(boxes) < 2:
        fail(f"printing gave {len(boxes)} pages")
    for bw, bh in boxes:
        if abs(float(bw) - 595.3) > 2 or abs(float(bh) - 841.9) > 2:
            fail(f"a printed page is {bw.decode()} x {bh.decode()} points, not A4")
    print(f"printed on {len(boxes)} A4 pages")

    # The browser's own header and footer (date, title, file path) live in
    # the page margin; the report leaves none (@page margin 0), so printing
    # with them on draws the same pages as printing with them off.
    plain = os.path.join(tmp, "report-header-footer.pdf")
    chromium(exe, profile, [f"--print-to-pdf={plain}"], url)
    with open(plain, "rb") as f:
        other = f.read()
    if pdf_contents(other) != pdf_contents(data):
        fail("printing shows the browser's header and footer: the pages differ with "
             "--no-pdf-header-footer")
    print("printing leaves no room for the browser's header and footer")


# Appended to a copy of the report (the report itself has no script): writes
# what Chromium rendered of each section into a <pre id="probe">, as JSON.
PROBE = """<script>(function () {
  var out = {sections: {}, print: []};
  SECTIONS.forEach(function (id) {
    var e = document.getElementById(id);
    if (!e) { out.sections[id] = null; return; }
    var r = e.getBoundingClientRect(), cs = getComputedStyle(e);
    out.sections[id] = {width: r.width, height: r.height, top: r.top + window.scrollY,
      display: cs.display, visibility: cs.visibility, opacity: cs.opacity,
      heading: e.querySelector("h2").innerText,
      rows: Array.prototype.filter.call(e.querySelectorAll("tbody tr"), function (tr) {
        return tr.getBoundingClientRect().height > 0; }).length,
      paragraphs: Array.prototype.map.call(e.querySelectorAll("p"), function (p) {
        return p.innerText; })};
  });
  Array.prototype.forEach.call(document.styleSheets, function (sheet) {
    Array.prototype.forEach.call(sheet.cssRules, function (rule) {
      if (rule.media && rule.media.mediaText === "print")
        Array.prototype.forEach.call(rule.cssRules, function (r) { out.print.push(r.cssText); });
    });
  });
  out.overflow = Array.prototype.filter.call(
    document.querySelectorAll("table.plan td, table.plan th"), function (c) {
      return c.scrollWidth > c.clientWidth; }).map(function (c) {
      return c.innerText + " (" + c.scrollWidth + " > " + c.clientWidth + " px)"; });
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();</script>"""

# The sections probed, with their heading in each language and the number of
# table rows they show: the plan of tests/data/actions-assessment.json has
# three open actions.
PROBED = {"summary": ({"nl": "Samenvatting", "en": "Summary"}, 0),
          "plan": ({"nl": "Verbeterplan", "en": "Improvement plan"}, 3)}


# A width near that of an A4 page printed (the plan tables' cells must hold
# their words there too).
NARROW = 680


def probe_sections(exe, tmp, lang, width=WIDTH):
    html = os.path.join(tmp, f"probe-{lang}.html")
    data = os.path.join(ROOT, "tests", "data")
    proc = subprocess.run(
        [BIGSCORE, "report", "--lang", lang, "-o", html, "--catalogue",
         os.path.join(data, "worked-catalogue.json"),
         os.path.join(data, "actions-assessment.json")],
        capture_output=True, text=True)
    if proc.returncode != 0:
        fail("bigscore report failed", proc.stderr)
    with open(html, encoding="utf-8") as f:
        page = f.read()
    script = PROBE.replace("SECTIONS", json.dumps(sorted(PROBED)))
    with open(html, "w", encoding="utf-8") as f:
        f.write(page.replace("</body>", script + "</body>"))
    dom = chromium(exe, os.path.join(tmp, "profile"),
                   [f"--window-size={width},{HEIGHT}", "--dump-dom"], "file://" + html)
    found = re.search(r'<pre id="probe">([^<]*)</pre>', dom)
    if not found:
        fail(f"{lang}: the probe wrote nothing", dom[-2000:])
    out = json.loads(htmllib.unescape(found[1]))
    for sid, (headings, rows) in PROBED.items():
        got = out["sections"].get(sid)
        if got is None:
            fail(f"{lang}: no section {sid} in the DOM")
        if (got["display"] == "none" or got["visibility"] != "visible" or
                float(got["opacity"]) < 1 or got["width"] < 300 or got["height"] < 40):
            fail(f"{lang}: section {sid} is not visible: {got}")
        if got["heading"] != headings[lang]:
            fail(f"{lang}: section {sid} is headed {got['heading']!r}, not {headings[lang]!r}")
        if not got["paragraphs"] or not all(p.strip() for p in got["paragraphs"]):
            fail(f"{lang}: section {sid} shows no text: {got['paragraphs']}")
        if got["rows"] != rows:
            fail(f"{lang}: section {sid} shows {got['rows']} table rows, expected {rows}")
    if out["overflow"]:
        fail(f"{lang} at {width} px: plan cells overflow into the next column: "
             + "; ".join(out["overflow"]))
    if out["sections"]["summary"]["top"] > 600:
        fail(f"{lang}: the summary starts at {out['sections']['summary']['top']} px, not at "
             "the top")
    rules = " ".join(out["print"])
    for selector, prop in (("tr", "break-inside: avoid"), (".summary", "break-inside: avoid"),
                           ("h2", "break-after: avoid"), ("h3", "break-after: avoid")):
        if not any(re.search(rf"(^|[ ,]){re.escape(selector)}[ ,{{]", r) and prop in r
                   for r in out["print"]):
            fail(f"{lang}: no print rule {selector} {{{prop}}} in {rules}")
    print(f"{lang} at {width} px: " + ", ".join(f"{sid} {out['sections'][sid]['height']:.0f} px high"
                                  for sid in sorted(PROBED)) + ", print rules in place")


def pdf_contents(data):
    """The inflated streams of a PDF (page contents, fonts), sorted."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            out.append(m.group(1))
    return sorted(out)


if __name__ == "__main__":
    main()
