#!/usr/bin/env python3
"""Checks `bigscore report`: the HTML it writes for the worked example of
docs/scoring.md and for the example data set (examples/data/collab/), in
Dutch and English, its escaping of hostile input, its determinism, and its
exit codes on bad input.

Usage: check-report.py CASE BIGSCORE SOURCE-ROOT
CASE: worked, english, escaping, collab, deterministic, bad-input, polish

Expected numbers come from the library's committed fixture
(tests/data/worked-report.json), from docs/scoring.md and from `bigscore
score --json`, formatted here the way the report must show them (one
decimal, a decimal comma in Dutch).
"""

import atexit
import csv
import io
import json
import locale
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

CASE, BIGSCORE, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
WORKED_CAT = os.path.join(ROOT, "tests", "data", "worked-catalogue.json")
WORKED = os.path.join(ROOT, "tests", "data", "worked-assessment.json")
WORKED_REPORT = os.path.join(ROOT, "tests", "data", "worked-report.json")
SCORING_MD = os.path.join(ROOT, "docs", "scoring.md")
COLLAB = os.path.join(ROOT, "examples", "data", "collab")
SVG = "{http://www.w3.org/2000/svg}"
TMP = tempfile.mkdtemp(prefix="check-report-")
atexit.register(shutil.rmtree, TMP, ignore_errors=True)


def fail(msg, proc=None):
    print(f"FAIL: {msg}", file=sys.stderr)
    if proc is not None:
        print(f"--- exit status {proc.returncode}\n--- stderr\n{proc.stderr}", file=sys.stderr)
    sys.exit(1)


def run(args, lc_all="C"):
    env = dict(os.environ, LC_ALL=lc_all)
    return subprocess.run([BIGSCORE] + args, capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL)


def report(args, name="report.html", lc_all="C"):
    """Runs bigscore report ... -o FILE; returns the bytes written."""
    out = os.path.join(TMP, name)
    proc = run(["report", "-o", out] + args, lc_all)
    if proc.returncode != 0 or proc.stdout:
        fail(f"bigscore report {' '.join(args)}", proc)
    with open(out, "rb") as f:
        return f.read()


# ---- numbers as the report shows them -------------------------------------

def fixed(v, decimals, lang):
    """v >= 0 rounded half up like bigscore's format.c, with the decimal sign."""
    scale = 10 ** decimals
    units = int(v * scale + 0.5)
    text = str(units) if decimals == 0 else f"{units // scale}.{units % scale:0{decimals}d}"
    return text.replace(".", ",") if lang == "nl" else text


def pct(v, lang):
    return fixed(v * 100.0, 1, lang) + "%" if v is not None else "\u2014"


def points(v, lang):
    text = fixed(abs(v) * 100.0, 1, lang)
    sign = "" if text.strip("0.,") == "" else "\u2212" if v < 0 else "+"
    return sign + text


# ---- the page ------------------------------------------------------------

class Balance(HTMLParser):
    """HTML parse: every element closed in order, no script, no external resource."""
    VOID = {"meta", "br", "img", "hr", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "link", "img"):
            fail(f"the page has a <{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                fail(f"the page has an event handler {name}")
            if name in ("src", "href") and not (value or "").startswith("#"):
                fail(f"the page refers to {value!r}")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            fail(f"</{tag}> does not close the element that is open")


def parse(data):
    """Checks the page both ways and returns the XML tree of it."""
    text = data.decode("utf-8")
    if not text.startswith("<!DOCTYPE html>\n<html lang="):
        fail("the page does not start with the doctype and <html lang>")
    b = Balance()
    b.feed(text)
    b.close()
    if b.stack:
        fail(f"elements left open: {b.stack}")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        fail(f"the page is not well-formed: {e}")
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    if len(ids) != len(set(ids)):
        fail(f"ids are not unique: {sorted(i for i in ids if ids.count(i) > 1)}")
    for svg in root.iter(SVG + "svg"):
        if svg.get("role") != "img":
            fail("an <svg> without role=img")
        for ref in svg.get("aria-labelledby", "").split():
            el = [e for e in svg.iter() if e.get("id") == ref]
            if len(el) != 1 or el[0].tag not in (SVG + "title", SVG + "desc") or not text_of(el[0]):
                fail(f"aria-labelledby {ref} is not a title or desc of its chart")
        if len(svg.get("aria-labelledby", "").split()) != 2:
            fail("an <svg> is not labelled by its title and desc")
    return root


def text_of(el):
    return " ".join("".join(el.itertext()).split())


def section(root, sid):
    for s in root.iter("section"):
        if s.get("id") == sid:
            return s
    fail(f"no section {sid}")


def rows(table):
    """{row header: [cell texts]} of a table body."""
    out = {}
    for tr in table.find("tbody"):
        th = tr.find("th")
        out[text_of(th)] = [text_of(td) for td in tr.findall("td")]
    return out


def first_table(el, cls=None):
    for t in el.iter("table"):
        if cls is None or t.get("class") == cls:
            return t
    fail(f"no table{' ' + cls if cls else ''}")


def cards(root):
    out = {}
    for div in root.iter("div"):
        if div.get("class") == "card":
            ps = {p.get("class"): text_of(p) for p in div.findall("p")}
            out[ps["label"]] = ps["value"]
    return out


def expect(what, got, want):
    if got != want:
        fail(f"{what}: {got!r}, expected {want!r}")


# ---- cases ---------------------------------------------------------------

LABELS = {
    "nl": {"impl": "Implementatie", "comply": "Pas toe of leg uit", "coverage": "Dekking",
           "maturity": "Volwassenheid", "gaps": "Tekortkomingen", "exceptions": "Uitzonderingen",
           "title": "Rapportage informatiebeveiliging", "overall": "Totaal", "valid": "geldig",
           "mandatory": "verplichte maatregel", "no-explanation": "geen uitleg",
           "key": "Kerncijfers", "points": "%-punt", "suppressed": "niet gepubliceerd"},
    "en": {"impl": "Implementation", "comply": "Comply or explain", "coverage": "Coverage",
           "maturity": "Maturity", "gaps": "Gaps", "exceptions": "Exceptions",
           "title": "Information security report", "overall": "Overall", "valid": "valid",
           "mandatory": "mandatory measure", "no-explanation": "no explanation",
           "key": "Key figures", "points": "pp", "suppressed": "not published"},
}


def check_worked(lang):
    """The worked example of docs/scoring.md against the library's fixture."""
    with open(WORKED_REPORT) as f:
        fx = json.load(f)
    args = ["--catalogue", WORKED_CAT, WORKED] + (["--lang", lang] if lang != "nl" else [])
    root = parse(report(args))
    L = LABELS[lang]
    expect("lang", root.get("lang"), lang)
    expect("title", text_of(root.find("head/title")),
           f"{L['title']} \u2014 {fx['organisation']['name']}, {fx['period']}")
    o = fx["overall"]
    expect("key figures", cards(root), {
        L["impl"]: pct(o["implementation"], lang), L["comply"]: pct(o["comply_or_explain"], lang),
        L["coverage"]: pct(o["coverage"], lang), L["maturity"]: fixed(o["maturity_mean"], 1, lang),
        L["gaps"]: str(len(fx["gaps"])), L["exceptions"]: str(len(fx["exceptions"]))})
    table = rows(first_table(section(root, "scores")))
    for node in fx["nodes"]:
        if "." in node["id"]:
            continue
        s = node["scores"]
        want = [pct(s["implementation"], lang), pct(s["comply_or_explain"], lang),
                pct(s["coverage"], lang),
                fixed(s["maturity_mean"], 1, lang) if s["maturity_mean"] is not None else "\u2014",
                str(s["attained_level"]) if s["attained_level"] is not None else "\u2014",
                str(s["applicable"])]
        expect(f"scores of {node['id']}", table.get(f"{node['id']} {node['title']}"), want)
    expect("overall row", table[L["overall"]][0], pct(o["implementation"], lang))
    gaps = [r.find("th").text for r in first_table(section(root, "gaps")).find("tbody")]
    expect("gap order", gaps, [g["id"] for g in fx["gaps"]])
    register = {k: v[-1] for k, v in rows(first_table(section(root, "comply"), "register")).items()}
    want = {x["id"]: L["valid"] for x in fx["exceptions"]}
    want.update({"B.1": L["mandatory"], "B.3": L["no-explanation"]})  # docs/scoring.md
    expect("exceptions register", register, want)
    expect("charts", len(list(root.iter(SVG + "svg"))), 3)
    # The small print names the content the report was scored against.
    printed = [text_of(p) for p in root.iter("p") if p.get("class") == "fingerprint"]
    expect("fingerprint", [p.rsplit(": ", 1)[-1] for p in printed],
           [fx["catalogue"]["fingerprint"]])
    other = LABELS["en" if lang == "nl" else "nl"]["key"]
    if other.encode() in report(args, "again.html"):
        fail(f"the {lang} report has the label {other!r} of the other language")


def check_escaping():
    hostile = "<script>alert(\"x\")</script> & 'Co' \u0001"
    why = "<img src=x onerror=alert(1)> & more"
    with open(WORKED) as f:
        doc = json.load(f)
    doc["organisation"]["name"] = hostile
    doc["results"]["A.3"]["explanation"] = why
    doc["results"]["A.3"]["owner"] = "</td></tr></table>"
    path = os.path.join(TMP, "hostile.json")
    with open(path, "w") as f:
        json.dump(doc, f)
    data = report(["--catalogue", WORKED_CAT, path])
    for raw in (b"<script", b"<img", b"</td></tr></table>"):
        if raw in data:
            fail(f"{raw!r} is in the page unescaped")
    root = parse(data)
    shown = hostile.replace("\u0001", "\ufffd")
    expect("h1", text_of(root.find("body/header/h1")), " ".join(shown.split()))
    if shown not in root.find("head/title").text:
        fail("the title does not show the name")
    row = rows(first_table(section(root, "comply"), "register"))["A.3"]
    expect("explanation", row[2], why)
    expect("owner", row[3], "</td></tr></table>")


def scoring_md():
    with open(SCORING_MD, encoding="utf-8") as f:
        return f.read().split("## Example data set", 1)[1]


def collab_args(*extra):
    return ["--previous", os.path.join(COLLAB, "2024", "GM9901.json"),
            "--peers", os.path.join(COLLAB, "2025"),
            "--collaboration", os.path.join(COLLAB, "SV0001.json"),
            "--goal", "80", "--date", "2026-01-15", *extra,
            os.path.join(COLLAB, "2025", "GM9901.json")]


def check_collab():
    """The example data set: numbers of docs/scoring.md, "Example data set"."""
    md = scoring_md()
    own = {m: float(v) for m, v in re.findall(r"^\| (GM99\d\d) \| ([0-9.]+) \|", md, re.M)}
    effective = float(re.search(r"^\| GM9901 \| [0-9.]+ \| [0-9.]+ \| ([0-9.]+) /", md, re.M)[1])
    weakest, mean = map(float, re.search(r"^\| SV0001 \(n = 3\) \| ([0-9.]+) \| ([0-9.]+) \|",
                                         md, re.M).groups())
    lo, median, hi = map(float, re.search(
        r"min ([0-9.]+) \(GM9904\), median\s+([0-9.]+).*?max ([0-9.]+) \(GM9903\)", md, re.S).groups())
    root = parse(report(collab_args()))
    for sid in ("key", "scores", "trend", "peers", "collaboration", "comply", "gaps", "method"):
        section(root, sid)
    # the key figures are the effective assessment's (issue 20, item 4)
    expect("implementation", cards(root)["Implementatie"], pct(effective, "nl"))
    total = rows(first_table(section(root, "collaboration")))["Totaal"]
    expect("collaboration", total, [pct(effective, "nl"), pct(mean, "nl"), pct(weakest, "nl")])
    values = sorted(own.values())
    below = sum(v < own["GM9901"] for v in values)
    equal = sum(v == own["GM9901"] for v in values)
    rank = fixed(100.0 * (below + equal / 2) / len(values), 0, "nl")
    total = rows(first_table(section(root, "peers")))["Totaal"]
    expect("peers", [total[0], total[1], total[3], total[4], total[5]],
           [str(len(own)), f"{pct(lo, 'nl')} \u2013 {pct(hi, 'nl')}", pct(median, "nl"),
            pct(own["GM9901"], "nl"), f"{rank}e percentiel"])
    # the trend: effective 2024 (through SV0001's 2024 assessment) against effective 2025
    before = json.loads(run(["score", "--json", "--collaboration",
                             os.path.join(COLLAB, "SV0001.json"),
                             os.path.join(COLLAB, "2024", "GM9901.json")]).stdout)
    delta = effective - before["overall"]["implementation"]
    total = rows(first_table(section(root, "trend")))["Totaal"]
    expect("trend", total, [pct(before["overall"]["implementation"], "nl"),
                            pct(effective, "nl"), f"{points(delta, 'nl')} %-punt"])
    expect("charts", len(list(root.iter(SVG + "svg"))), 6)
    check_collab_attribution(root)
    # The collaboration's trend since 2024 (report-collab-trend.c): the
    # weakest link and the mean of aggregate --json of both periods, in
    # Dutch and English.
    sv = ["--collaboration", os.path.join(COLLAB, "SV0001.json"), COLLAB]
    ag = {(p, m): json.loads(run(["aggregate", "--json", "--period", p, "--method", m] + sv)
                             .stdout)["overall"]["implementation"]
          for p in ("2024", "2025") for m in ("weakest", "mean")}
    for lang, args, labels in (("nl", collab_args(), ("Zwakste schakel", "Gemiddelde van de leden",
                                                      "%-punt")),
                               ("en", ["--lang", "en"] + collab_args(),
                                ("Weakest link", "Mean of the members", "pp"))):
        part = next((d for d in section(parse(report(args, f"trend-{lang}.html")),
                                        "collaboration").iter("div")
                     if d.get("id") == "collaboration-trend"), None)
        if part is None:
            fail(f"{lang}: no collaboration-trend in the collaboration section")
        got = rows(first_table(part))
        for label, method in zip(labels[:2], ("weakest", "mean")):
            b, a = ag[("2024", method)], ag[("2025", method)]
            expect(f"{lang}: collaboration trend, {method}", got[label][:4],
                   [pct(b, lang), pct(a, lang), f"{points(a - b, lang)} {labels[2]}",
                    f"{points(a - b, lang)} {labels[2]}"])
        members = rows(list(part.iter("table"))[1])
        expect(f"{lang}: members of the trend", sorted(members), ["GM9901", "GM9902", "GM9903"])
    # The publication guard: k = 7 is more than the six municipalities.
    root = parse(report(collab_args("--k", "7"), "k7.html"))
    total = rows(first_table(section(root, "peers")))["Totaal"]
    if "niet gepubliceerd" not in total[1] or total[-1] != "\u2014" or total[0] != "6":
        fail(f"k = 7 does not suppress the distribution: {total}")


def aggregate_csv(*what):
    """The rows of `bigscore aggregate WHAT --csv` for SV0001 in 2025."""
    proc = run(["aggregate", *what, "--csv", "--no-csv-safe", "--period", "2025",
                "--collaboration", os.path.join(COLLAB, "SV0001.json"), COLLAB])
    if proc.returncode != 0:
        fail("bigscore aggregate --csv", proc)
    return list(csv.DictReader(io.StringIO(proc.stdout)))


def check_collab_attribution(root):
    """Who to help first and the collaboration's gaps (issue 20): the numbers
    of the weakest-link aggregate, as `bigscore aggregate --csv` writes them."""
    names = {"GM9901": "Gemeente Lindeveen", "GM9902": "Gemeente Proefdorp",
             "GM9903": "Gemeente Brakelaar", "SV0001": "Sociale Dienst Brakelaar-Lindeveen"}
    part = section(root, "collaboration")
    ranking = aggregate_csv("--ranking")
    got = rows(first_table(part, "ranking"))
    expect("ranking order", list(got), [names[r["member"]] for r in ranking])
    expect("ranking first", ranking[0]["member"], "GM9902")
    for r in ranking:
        expect(f"ranking {r['member']}", got[names[r["member"]]],
               [r["rank"], r["requirements"], points(float(r["rise_next"]), "nl"),
                points(float(r["rise_full"]), "nl")])
    gaps = aggregate_csv("--gaps")
    table = first_table(part, "gaps collaboration-gaps")
    expect("gaps caption", text_of(table.find("caption")), f"10 van {len(gaps)}")
    got = rows(table)
    expect("gap order", list(got), [g["id"] for g in gaps[:10]])
    for g in gaps[:10]:
        who = ", ".join(names[i] for i in g["responsible"].split("|"))
        cells = got[g["id"]]
        expect(f"gap {g['id']}", [cells[0], cells[3], cells[4], cells[5]],
               [g["rank"], who, pct(float(g["implementation"]), "nl"),
                fixed(float(g["size"]), 2, "nl")])
    delegated = [g for g in gaps if g["delegated"] == "true"]
    if not delegated or any(g["responsible"] != "SV0001" for g in delegated):
        fail(f"delegated gaps not the collaboration's: {delegated[:2]}")
    # --top 0 shows none of the gaps there are: "geen", not "no gaps"
    top0 = report(collab_args("--top", "0"), "top0.html").decode()
    if "Geen tekortkomingen" in top0:
        fail("--top 0 says there are no gaps")
    en = parse(report(["--lang", "en"] + collab_args(), "attrib-en.html"))
    heads = [text_of(h) for h in section(en, "collaboration").iter("h3")]
    expect("English headings", heads, ["Who to help first", "Gaps of the collaboration",
                                       "Trend of the collaboration since 2024"])
    heads = [text_of(h) for h in part.iter("h3")]
    expect("Dutch headings", heads,
           ["Wie eerst helpen", "Tekortkomingen van het samenwerkingsverband",
            "Ontwikkeling van het samenwerkingsverband sinds 2024"])


def check_deterministic():
    one = report(collab_args(), "one.html")
    expect("a second run", report(collab_args(), "two.html") == one, True)
    try:
        locale.setlocale(locale.LC_ALL, "nl_NL.UTF-8")
        locale.setlocale(locale.LC_ALL, "C")
    except locale.Error:
        expect("nl_NL.UTF-8 installed (BIG_TEST_LOCALE)",
               os.environ.get("BIG_TEST_LOCALE") == "required", False)
        print("nl_NL.UTF-8 is not installed: the locale check is skipped")
        return
    expect("under nl_NL.UTF-8", report(collab_args(), "nl.html", "nl_NL.UTF-8") == one, True)


def check_bad_input():
    out = os.path.join(TMP, "never.html")
    broken = os.path.join(TMP, "broken")
    os.mkdir(broken)
    with open(os.path.join(ROOT, "examples", "data", "bad-syntax.json"), "rb") as f:
        data = f.read()
    with open(os.path.join(broken, "GM0001.json"), "wb") as f:
        f.write(data)
    good = os.path.join(COLLAB, "2025", "GM9901.json")
    cases = [
        (3, r"no-such\.json", [os.path.join(TMP, "no-such.json")]),
        (3, r"no-such-dir", ["--peers", os.path.join(TMP, "no-such-dir"), good]),
        (1, r"broken/GM0001\.json:5:[0-9]+: ", ["--peers", broken, good]),
        (1, r"GM0001\.json:5:[0-9]+: ", ["--previous", os.path.join(broken, "GM0001.json"), good]),
        (3, r"no-such-collab", ["--collaboration", os.path.join(TMP, "no-such-collab.json"), good]),
        (2, r"unknown language 'fr'", ["--lang", "fr", good]),
        (2, r"--date", ["--date", "2026-1-15", good]),
        (2, r"--k", ["--k", "-1", good]),
        (2, r"--top", ["--top", "ten", good]),
        (2, r"--goal", ["--goal", "101", good]),
        (2, r"unknown option '--frob'", ["--frob", good]),
        (2, r"no assessment given", []),
        (2, r"unknown roll-up", ["--rollup", "median", good]),
    ]
    for status, pattern, args in cases:
        proc = run(["report", "-o", out] + args)
        if proc.returncode != status or not re.search(pattern, proc.stderr) or proc.stdout:
            fail(f"report {' '.join(args)}: expected exit {status} and /{pattern}/", proc)
        if os.path.exists(out):
            fail(f"report {' '.join(args)} failed but wrote {out}")
    proc = run(["report", "--help"])
    if proc.returncode != 0 or not proc.stdout.startswith("Usage: bigscore report"):
        fail("report --help", proc)


def dl_of(el):
    """{dt: dd} of the first <dl> in el."""
    for dl in el.iter("dl"):
        items = list(dl)
        return {text_of(dt): text_of(dd) for dt, dd in zip(items[::2], items[1::2])}
    fail("no <dl>")


def text_boxes(svg, char_w=8.0, size=12.0):
    """(text, x0, y0, x1, y1) of every <text> of a chart, with a conservative
    width per character (wider than the 6.8 the charts lay out with) and the
    box from an ascent of one font size above the baseline to 0.3 below."""
    out = []
    for t in svg.iter(SVG + "text"):
        s = "".join(t.itertext()) if t.find(SVG + "title") is None else t.text or ""
        x, y, w = float(t.get("x")), float(t.get("y")), len(s) * char_w
        anchor = t.get("text-anchor", "start")
        x0 = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
        out.append((s, x0, y - size, x0 + w, y + 0.3 * size))
    return out


def check_polish():
    """What a council member would notice: counts with the right noun, the
    percentile rank with its unit and its mid-rank explained, the trend
    chart's unit clear of the tick labels, the requirements per maturity
    level, and a Verantwoording that names everything that made the figures."""
    # Counts: 1 organisation, 1 file; 2 files.
    peers = os.path.join(TMP, "peers")
    os.mkdir(peers)
    shutil.copy(os.path.join(COLLAB, "2025", "GM9901.json"), peers)
    shutil.copy(os.path.join(COLLAB, "2024", "GM9902.json"), os.path.join(peers, "old-2.json"))
    own = os.path.join(COLLAB, "2025", "GM9901.json")
    for lang, want in (("nl", "Vergeleken: 1 organisatie, uw organisatie inbegrepen; 1 bestand "
                              "overgeslagen"),
                       ("en", "Compared: 1 organisation, your organisation included; 1 file "
                              "skipped")):
        root = parse(report(["--lang", lang, "--peers", peers, own], f"one-{lang}.html"))
        notes = [text_of(p) for p in section(root, "peers").iter("p")]
        if not any(n.startswith(want) for n in notes):
            fail(f"{lang}: no note starting {want!r} in {notes}")
    shutil.copy(os.path.join(COLLAB, "2024", "GM9903.json"), os.path.join(peers, "old-3.json"))
    root = parse(report(["--lang", "en", "--peers", peers, own], "two.html"))
    notes = " ".join(text_of(p) for p in section(root, "peers").iter("p"))
    if "; 2 files skipped" not in notes:
        fail(f"two files skipped: {notes}")

    # The percentile rank: its unit, English ordinals, and the mid-rank explained.
    root = parse(report(["--lang", "en"] + collab_args(), "en.html"))
    rank = rows(first_table(section(root, "peers")))["Overall"][-1]
    if not re.fullmatch(r"([0-9]*1[123]th|[0-9]*[02-9]?(1st|2nd|3rd)|[0-9]*[04-9]th|0th"
                        r"|[0-9]*[1-9]0th) percentile", rank):
        fail(f"the percentile rank {rank!r} is not an English ordinal with its unit")
    note = text_of(section(root, "peers").find("p"))
    if "plus half the share scoring exactly the same" not in note:
        fail(f"the percentile rank is not explained as the mid-rank: {note}")

    # The trend chart: the unit's box meets no other text's box.
    root = parse(report(collab_args(), "nl.html"))
    for lang_root, unit in ((root, "%-punt"), (parse(report(["--lang", "en"] + collab_args(),
                                                             "en2.html")), "pp")):
        svg = next(section(lang_root, "trend").iter(SVG + "svg"))
        boxes = text_boxes(svg)
        units = [b for b in boxes if b[0] == unit]
        expect(f"unit {unit!r} in the trend chart", len(units), 1)
        ticks = [b for b in boxes if re.fullmatch(r"[−+]?[0-9]+([.,][0-9])?", b[0])]
        if len(ticks) < 5:
            fail(f"the trend chart has {len(ticks)} tick labels")
        u = units[0]
        for b in boxes:
            if b is not u and not (u[3] <= b[1] or b[3] <= u[1] or
                                   u[4] <= b[2] or b[4] <= u[2]):
                fail(f"the unit {unit!r} {u[1:]} overlaps {b[0]!r} {b[1:]}")
        height = float(svg.get("viewBox").split()[3])
        if u[4] > height:
            fail(f"the unit {u[1:]} is cut off at the chart's height {height}")

    # The requirements per maturity level, per theme, from the fixture.
    with open(WORKED_REPORT) as f:
        fx = json.load(f)
    root = parse(report(["--catalogue", WORKED_CAT, WORKED], "worked.html"))
    tables = list(section(root, "scores").iter("table"))
    spread = [t for t in tables if t.find("caption") is not None and
              text_of(t.find("caption")) == "Eisen per volwassenheidsniveau"]
    expect("one maturity-spread table", len(spread), 1)
    got = rows(spread[0])
    themes = {n["id"]: n for n in fx["nodes"] if "." not in n["id"]}
    want = {}
    for n in fx["nodes"]:
        s = n["scores"]
        if "." not in n["id"] or s["applicable"] == 0 or s["implementation"] is None:
            continue
        if any(m["id"].startswith(n["id"] + ".") for m in fx["nodes"]):
            continue  # not a leaf
        theme = themes[n["id"].split(".")[0]]
        key = f"{theme['id']} {theme['title']}"
        m = s["maturity_mean"]
        for k in (key, "Totaal"):
            row = want.setdefault(k, [0] * (len(got["Totaal"])))
            row[int(m) if m is not None else -1] += 1
    want = {k: [str(c) if c else "·" for c in v] for k, v in want.items()}
    expect("requirements per maturity level", {k: got[k] for k in want}, want)
    scores = rows(first_table(section(root, "scores")))
    for key, cells in got.items():
        counts = [int(c) if c != "·" else 0 for c in cells]
        lowest = next((str(lv) for lv, c in enumerate(counts[:-1]) if c), "\u2014")
        lowest = "0" if counts[-1] and lowest != "\u2014" else lowest  # no level counts as 0
        attained = scores[key][4]
        if attained != lowest:
            fail(f"{key}: attained level {attained}, the lowest level in the spread {lowest}")

    # Verantwoording: catalogue, profile, roll-up, target, data, versions, formulas.
    with open(SCORING_MD, encoding="utf-8") as f:
        headings = set(re.findall(r"^#+ (.*)$", f.read(), re.M))
    for lang, args, labels in (
            ("nl", collab_args(), ("Normenkader", "Profiel", "Samentelling",
                                   "Doelniveau volwassenheid", "Gegevens", "Vorige periode",
                                   "Vergeleken", "Samenwerkingsverband", "Cijfers",
                                   "Programmatuur", "Rekenregels")),
            ("en", ["--lang", "en"] + collab_args(), ("Baseline", "Profile", "Roll-up",
                                                      "Target maturity", "Data",
                                                      "Previous period", "Compared",
                                                      "Collaboration", "Figures", "Software",
                                                      "Formulas"))):
        root = parse(report(args, f"method-{lang}.html"))
        facts = dl_of(section(root, "method"))
        expect(f"{lang}: Verantwoording", tuple(facts), labels)
        doc = json.loads(run(["score", "--json", os.path.join(COLLAB, "2025", "GM9901.json")]).stdout)
        cat = doc["catalogue"]
        for part in (cat["id"], cat["version"], cat["fingerprint"]):
            if part not in facts[labels[0]]:
                fail(f"{lang}: the catalogue line {facts[labels[0]]!r} lacks {part!r}")
        with open(os.path.join(COLLAB, "2025", "GM9901.json")) as f:
            data = json.load(f)
        for part in (data["organisation"]["id"], data["period"], data.get("assessed_on", "")):
            if part not in facts[labels[4]]:
                fail(f"{lang}: the data line {facts[labels[4]]!r} lacks {part!r}")
        if "2024" not in facts[labels[5]] or "SV0001" not in facts[labels[7]]:
            fail(f"{lang}: previous period or collaboration not named: {facts}")
        version = run(["--version"]).stdout.split()[-1].strip("()")
        if ("effectieve beoordeling" if lang == "nl" else "effective assessment") \
                not in facts[labels[8]]:
            fail(f"{lang}: the figures are not said to be the effective assessment's")
        if f"libbig {version}" not in facts[labels[9]]:
            fail(f"{lang}: libbig {version} not in {facts[labels[9]]!r}")
        named = re.findall(r"\u201c([^\u201d]+)\u201d", facts[labels[10]])
        if "docs/scoring.md" not in facts[labels[10]] or len(named) < 5:
            fail(f"{lang}: the formulas are not located: {facts[labels[10]]!r}")
        for name in named:
            if name not in headings:
                fail(f"{lang}: docs/scoring.md has no section {name!r}")


def check_collab_unread():
    """--collaboration with --previous when a member's previous file is broken
    or not there: the report is written (exit 0), each is a warning on stderr,
    the trend part names them and marks them as without an assessment."""
    prev = os.path.join(TMP, "unread-2024")
    shutil.rmtree(prev, ignore_errors=True)
    shutil.copytree(os.path.join(COLLAB, "2024"), prev)
    with open(os.path.join(prev, "GM9902.json"), "w", encoding="utf-8") as f:
        f.write('{"format": "libbig.assessment", "period": ')
    os.remove(os.path.join(prev, "GM9903.json"))
    for lang, words in (("nl", ("Geen beoordeling van 2024", "geen beoordeling (2024)",
                                "vlakke totale implementatie")),
                        ("en", ("No assessment of 2024", "no assessment (2024)",
                                "flat overall implementation"))):
        args = ["--lang", lang] + collab_args()
        args[args.index("--previous") + 1] = os.path.join(prev, "GM9901.json")
        out = os.path.join(TMP, f"unread-{lang}.html")
        proc = run(["report", "-o", out] + args)
        if proc.returncode != 0:
            fail(f"{lang}: a broken previous file of another member fails the report", proc)
        for want in ("warning: " + os.path.join(prev, "GM9902.json") + ": not read: GM9902",
                     "warning: " + os.path.join(prev, "GM9903.json") + ": not found: GM9903"):
            if want not in proc.stderr:
                fail(f"{lang}: no {want!r} on stderr", proc)
        with open(out, "rb") as f:
            root = parse(f.read())
        part = next((d for d in section(root, "collaboration").iter("div")
                     if d.get("id") == "collaboration-trend"), None)
        if part is None:
            fail(f"{lang}: the trend part is left out")
        text = " ".join("".join(p.itertext()) for p in part.iter("p"))
        if words[0] not in text or "GM9902, GM9903" not in text:
            fail(f"{lang}: the trend part does not name the unread members: {text!r}")
        if words[2] not in text:
            fail(f"{lang}: no note that the contributions are to the flat score: {text!r}")
        members = rows(list(part.iter("table"))[1])
        for m in ("GM9902", "GM9903"):
            expect(f"{lang}: {m} marked", members[m][-1], words[1])
        expect(f"{lang}: GM9901 not marked", members["GM9901"][-1].isdigit(), True)


CASES = {
    "worked": lambda: check_worked("nl"),
    "english": lambda: check_worked("en"),
    "escaping": check_escaping,
    "collab": check_collab,
    "deterministic": check_deterministic,
    "bad-input": check_bad_input,
    "polish": check_polish,
    "collab-unread": check_collab_unread,
}

if __name__ == "__main__":
    CASES[CASE]()
    print(f"{CASE}: ok")
