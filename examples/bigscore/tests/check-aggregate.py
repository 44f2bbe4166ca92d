#!/usr/bin/env python3
"""Checks `bigscore aggregate` and `bigscore report --collaboration` against
the library's own documents and the numbers of docs/scoring.md.

Usage: check-aggregate.py CASE BIGSCORE SOURCE-ROOT
CASE:
  text         the text output of aggregate shows what its --json document
               holds: every member's overall scores and the weakest link,
               the aggregate overall and per top-level node, whether the
               collaboration's own assessment was found, and each nested
               collaboration's members (several invocations)
  period       --period over the tree examples/data/collab/ (2024 and 2025)
               gives byte for byte what the folder of that period alone
               gives, for aggregates and distributions; the 2025 numbers
               are those of docs/scoring.md, "Example data set"
  report-nested
               report --collaboration of a collaboration with a nested one
               (--collaborations) shows the members of both and the weakest
               link and mean of aggregate --json, with GM9901's effective
               score of docs/scoring.md
  report-peers-tree
               report --peers over the tree of both periods compares with
               the peers of the assessment's period only
  options      aggregate --flatten and --k (text, JSON, CSV agree), report
               --k guarding the collaboration's aggregates, and report
               --peers ranking coverage and comply-or-explain as aggregate
               --distribution --organisation does
"""

import json
import os
import re
import subprocess
import sys

CASE, BIGSCORE, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
COLLAB = os.path.join(ROOT, "examples", "data", "collab")
Y2025 = os.path.join(COLLAB, "2025")
SV0001 = os.path.join(COLLAB, "SV0001.json")
SV0002 = os.path.join(COLLAB, "SV0002.json")
REGIO = os.path.join(ROOT, "examples", "bigscore", "tests", "data", "regio.json")
WORKED_CAT = os.path.join(ROOT, "tests", "data", "worked-catalogue.json")
FIVE = os.path.join(ROOT, "examples", "bigscore", "tests", "data", "worked-five")
NO_SCORE = "\u2014"


def fail(msg, proc=None):
    print(f"FAIL: {msg}", file=sys.stderr)
    if proc is not None:
        print(f"--- exit {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}",
              file=sys.stderr)
    sys.exit(1)


def run(args, status=0):
    proc = subprocess.run([BIGSCORE] + args, capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"), stdin=subprocess.DEVNULL)
    if proc.returncode != status:
        fail(f"bigscore {' '.join(args)}: exit {proc.returncode}, expected {status}", proc)
    return proc


def expect(what, got, want):
    if got != want:
        fail(f"{what}: got {got!r}, expected {want!r}")


def fixed(v, decimals):
    """bs_fixed() of format.c: rounded half up, in the same double arithmetic."""
    scale = 10 ** decimals
    units = int(v * float(scale) + 0.5)
    return str(units) if decimals == 0 else f"{units // scale}.{units % scale:0{decimals}d}"


def pct(v):
    return NO_SCORE if v is None else fixed(v * 100.0, 1) + "%"


def mat(v):
    return NO_SCORE if v is None else fixed(v, 1)


def scoring_md():
    with open(os.path.join(ROOT, "docs", "scoring.md"), encoding="utf-8") as f:
        return f.read().split("## Example data set", 1)[1]


PERCENT = r"(—|[0-9]+\.[0-9]%)"
MEMBER_ROW = re.compile(r"^(\S+)  +(.*?) +(?:([0-9.]+) +)?" + r" +".join([PERCENT] * 3)
                        + r" +(—|[0-9]+\.[0-9])(?:  (.*))?$")


def member_rows(lines, weighted):
    """{id: (name, weight, [implem, cover, comply, mat], notes)} of one members table."""
    rows = {}
    for line in lines:
        m = MEMBER_ROW.match(line)
        if not m:
            fail(f"not a member row: {line!r}")
        ident, name, weight, *measures, notes = m.groups()
        if (weight is not None) != weighted:
            fail(f"weight column in {line!r}")
        rows[ident] = (name, weight, measures, notes or "")
    return rows


def blocks(text):
    """The members tables of the text: [(header lines, member lines)], top first."""
    out, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        if lines[i].startswith("Member  "):
            head = []
            j = i - 2  # the lines above the blank line above the table
            while j >= 0 and lines[j] != "" and not lines[j].startswith("Member  "):
                head.insert(0, lines[j])
                j -= 1
            k = i + 1
            while k < len(lines) and lines[k] != "":
                k += 1
            out.append((head, lines[i + 1:k]))
            i = k
        i += 1
    return out


def overall_of(scores):
    return [pct(scores["implementation"]), pct(scores["coverage"]),
            pct(scores["comply_or_explain"]), mat(scores["maturity_mean"])]


def check_members(label, lines, doc, weighted):
    rows = member_rows(lines, weighted)
    members = [m for m in doc["members"] if m["overall"] is not None]
    expect(f"{label}: member ids", list(rows), [m["id"] for m in doc["members"]])
    expect(f"{label}: missing", [m["id"] for m in doc["members"] if m["overall"] is None],
           doc["missing"])
    values = {}
    for m in members:
        name, weight, measures, notes = rows[m["id"]]
        expect(f"{label}: {m['id']}", measures, overall_of(m["overall"]))
        if weighted:
            expect(f"{label}: weight of {m['id']}", float(weight), m["weight"])
        expect(f"{label}: {m['id']} nested", "nested collaboration" in notes, m["collaboration"])
        if m["overall"]["implementation"] is not None:
            values[m["id"]] = m["overall"]["implementation"]
    for ident in doc["missing"]:
        expect(f"{label}: {ident} missing", rows[ident][2], [NO_SCORE] * 4)
        if "missing: counts as not assessed" not in rows[ident][3]:
            fail(f"{label}: {ident} is not marked missing")
        values[ident] = 0.0
    low = min(values.values()) if values else None
    for ident, (_, _, _, notes) in rows.items():
        want = len(rows) > 1 and ident in values and values[ident] == low
        expect(f"{label}: {ident} marked weakest link", "weakest link" in notes, want)
    return rows


def check_text(args, label):
    """aggregate ARGS: the text against the --json document of the same command."""
    doc = json.loads(run(["aggregate", "--json"] + args).stdout)
    text = run(["aggregate"] + args).stdout
    weighted = doc["options"]["method"] == "weighted_mean"
    tables = blocks(text)
    if not tables:
        fail(f"{label}: no members table")
    head, lines = tables[0]
    check_members(label, lines, doc, weighted)
    collab = doc.get("collaboration")
    own = [h for h in head if h.startswith("Own assessment")]
    if collab and collab["delegated"]:
        expect(f"{label}: own assessment line", own[0].startswith("Own assessment     none"),
               not collab["assessed"])
    o = doc["overall"]
    for name, value in (("Implementation", pct(o["implementation"])),
                        ("Coverage", pct(o["coverage"])),
                        ("Comply or explain", pct(o["comply_or_explain"]))):
        if not re.search(rf"^{name} +{re.escape(value)}$", text, re.M):
            fail(f"{label}: no line {name} {value}")
    level = NO_SCORE if o["attained_level"] is None else str(o["attained_level"])
    line = f"Maturity           mean {mat(o['maturity_mean'])}, attained level {level}"
    if line not in text.split("\n"):
        fail(f"{label}: no line {line!r}")
    # The top-level nodes (ids without a dot in both catalogues used here).
    top = [n for n in doc["nodes"] if "." not in n["id"]]
    lines = text.split("\n")
    first = lines.index(next(x for x in lines if x.startswith("Id  ")))
    rows = lines[first + 1:first + 1 + len(top)]
    for node, row in zip(top, rows):
        s = node["scores"]
        lvl = NO_SCORE if s["attained_level"] is None else str(s["attained_level"])
        cells = overall_of(s) + [lvl, str(s["n"]), str(s["applicable"])]
        rx = rf"^{re.escape(node['id'])} .* " + r" +".join(map(re.escape, cells)) + "$"
        if not re.search(rx, row):
            fail(f"{label}: row {row!r} is not node {node['id']}: {cells}")
    expect(f"{label}: after the node rows", lines[first + 1 + len(top)][:9], "(Implem. ")
    nested = {n["collaboration"]["id"]: n for n in doc.get("nested", [])}
    expect(f"{label}: nested sections", [h[0].split()[1] for h, _ in tables[1:]], list(nested))
    for (h, lines) in tables[1:]:
        sub = nested[h[0].split()[1]]
        check_members(f"{label}, nested {sub['collaboration']['id']}", lines, sub, weighted)
        if sub["collaboration"]["delegated"]:
            own = [x for x in h if x.startswith("Own assessment")]
            expect(f"{label}: nested own assessment", own[0].startswith("Own assessment     none"),
                   not sub["collaboration"]["assessed"])
    print(f"ok: {label}")
    return text, doc


def case_text():
    md = scoring_md()
    text, doc = check_text(["--collaboration", SV0001, Y2025], "SV0001 2025")
    weakest = float(re.search(r"^\| SV0001 \(n = 3\) \| ([0-9.]+) \|", md, re.M)[1])
    expect("SV0001 weakest (scoring.md)", doc["overall"]["implementation"], weakest)
    check_text(["--method", "mean", "--collaboration", SV0002, Y2025], "SV0002 mean")
    check_text(["--method", "weighted_mean", "--weight-attribute", "inhabitants",
                "--collaboration", SV0002, Y2025], "SV0002 weighted")
    check_text(["--collaboration", REGIO, "--collaborations", COLLAB, "--period", "2025", COLLAB],
               "RG0001 nested")
    members = [os.path.join(Y2025, f"GM990{i}.json") for i in (1, 2, 3)]
    text, doc = check_text(["--collaboration", SV0001] + members, "SV0001 without its own")
    expect("SV0001 without its own: assessed", doc["collaboration"]["assessed"], False)
    proc = run(["aggregate", "--collaboration", SV0001] + members)
    if not re.search(r"^warning: .*SV0001\.json: no assessment of collaboration SV0001 itself "
                     r"among the assessments of 2025: its delegated requirements \(6, 5\.14\) "
                     r"count as not assessed", proc.stderr, re.M):
        fail("no warning for the missing own assessment", proc)
    proc = run(["aggregate", "--collaboration", SV0001, Y2025])
    if "warning" in proc.stderr:
        fail("a warning although the own assessment is there", proc)
    check_text(["--collaboration", SV0001, members[0]], "SV0001 two missing")
    check_text(["--method", "median", "--catalogue", WORKED_CAT]
               + [os.path.join(FIVE, f"GM000{i}.json") for i in (1, 2, 3)], "five, median")


def case_period():
    md = scoring_md()
    for period in ("2024", "2025"):
        folder = os.path.join(COLLAB, period)
        for args in (["--json", "--collaboration", SV0001],
                     ["--json", "--method", "mean", "--collaboration", SV0002],
                     ["--json", "--collaboration", REGIO, "--collaborations", SV0001],
                     ["--json", "--organisation-kind", "gemeente", "--method", "mean"],
                     ["--distribution", "--json", "--organisation-kind", "gemeente"],
                     ["--distribution", "--organisation-kind", "gemeente", "--organisation",
                      "GM9904"]):
            tree = run(["aggregate", "--period", period] + args + [COLLAB]).stdout
            alone = run(["aggregate"] + args + [folder]).stdout
            expect(f"aggregate {' '.join(args)} --period {period} over the tree", tree, alone)
    doc = json.loads(run(["aggregate", "--json", "--period", "2025", "--collaboration", SV0001,
                          COLLAB]).stdout)
    weakest, mean = map(float, re.search(r"^\| SV0001 \(n = 3\) \| ([0-9.]+) \| ([0-9.]+) \|",
                                         md, re.M).groups())
    expect("SV0001 2025 weakest (scoring.md)", doc["overall"]["implementation"], weakest)
    effective = {m: float(v) for m, v in re.findall(
        r"^\| (GM99\d\d) \| [0-9.]+ \| [0-9.]+ \| ([0-9.]+) /", md, re.M)}
    expect("SV0001 members (scoring.md)",
           {m["id"]: m["overall"]["implementation"] for m in doc["members"]}, effective)
    lo = float(re.search(r"min ([0-9.]+) \(GM9904\)", md)[1])
    dist = json.loads(run(["aggregate", "--distribution", "--json", "--period", "2025",
                           "--organisation-kind", "gemeente", COLLAB]).stdout)
    expect("distribution min (scoring.md)", dist["overall"]["implementation"]["min"], lo)
    # Without --period the tree holds two periods: refused, naming two files.
    for args in (["--collaboration", SV0001], ["--distribution"], []):
        proc = run(["aggregate"] + args + [COLLAB], status=1)
        if not re.search(r"^bigscore: \S*2025/GM9901\.json: \$\.period: period 2025, but "
                         r"\S*2024/GM9901\.json is of period 2024; choose one with --period$",
                         proc.stderr, re.M) or proc.stdout:
            fail(f"aggregate {' '.join(args)} over both periods", proc)
    print("ok: period")


def section(html, sid):
    i = html.index(f'<section id="{sid}"')
    return html[i:html.index("</section>", i)]


def total_row(sec):
    row = re.search(r'<tr class="total">(.*?)</tr>', sec, re.S)[1]
    return re.findall(r'<td class="num">(.*?)</td>', row)


def case_report_nested():
    md = scoring_md()
    gm9901 = os.path.join(Y2025, "GM9901.json")
    args = ["report", "--lang", "en", "--collaboration", REGIO, "--collaborations", SV0001, gm9901]
    sec = section(run(args).stdout, "collaboration")
    if ("<dt>Nested collaborations</dt>\n<dd>Sociale Dienst Brakelaar-Lindeveen: Gemeente "
            "Lindeveen, Gemeente Proefdorp, Gemeente Brakelaar</dd>") not in sec:
        fail(f"the nested collaboration is not listed:\n{sec}")
    if "<dt>Without assessment</dt>\n<dd>none</dd>" not in sec:
        fail(f"a nested collaboration counts as missing:\n{sec}")
    effective = float(re.search(r"^\| GM9901 \| [0-9.]+ \| [0-9.]+ \| ([0-9.]+) /", md, re.M)[1])
    agg = ["aggregate", "--json", "--collaboration", REGIO, "--collaborations", SV0001, Y2025]
    weakest = json.loads(run(agg).stdout)["overall"]["implementation"]
    mean = json.loads(run(agg + ["--method", "mean"]).stdout)["overall"]["implementation"]
    expect("report: effective, mean, weakest", total_row(sec),
           [pct(effective), pct(mean), pct(weakest)])
    # The members of another period are left out with a warning: they count as missing.
    proc = run(["report", "--lang", "en", "--collaboration", SV0001, "--members",
                os.path.join(COLLAB, "2024"), gm9901])
    if not re.search(r"^warning: \S*2024/GM9902\.json: \$\.period: period 2024, not 2025 ",
                     proc.stderr, re.M):
        fail("no warning for a member of another period", proc)
    sec = section(proc.stdout, "collaboration")
    for want in ("<dt>Without assessment</dt>\n<dd>GM9902, GM9903</dd>",
                 "Sociale Dienst Brakelaar-Lindeveen: no assessment of the collaboration itself "
                 "was found: the delegated requirements count as not assessed."):
        if want not in sec:
            fail(f"{want!r} is not in the section:\n{sec}")
    print("ok: report-nested")


def case_report_peers_tree():
    gm9901 = os.path.join(Y2025, "GM9901.json")
    one = run(["report", "--peers", COLLAB, gm9901]).stdout
    two = run(["report", "--peers", Y2025, gm9901]).stdout
    expect("peers over the tree", total_row(section(one, "peers")),
           total_row(section(two, "peers")))
    print("ok: report-peers-tree")


def case_options():
    regio = ["--period", "2025", "--method", "mean", "--collaboration", REGIO,
             "--collaborations", SV0001, Y2025]
    flat = json.loads(run(["aggregate", "--json", "--flatten"] + regio).stdout)
    expect("flatten recorded", flat["options"].get("flatten"), True)
    expect("flattened members", [m["id"] for m in flat["members"]],
           ["GM9901", "GM9902", "GM9903", "GM9906"])
    expect("flattened n", flat["overall"]["n"], 4)
    expect("nothing nested", flat["nested"], [])
    nested = json.loads(run(["aggregate", "--json"] + regio).stdout)
    if "flatten" in nested["options"] or "k" in nested["options"]:
        fail("options recorded that were not given")
    # k = 3: the four are published, each member's own scores withheld.
    guarded = json.loads(run(["aggregate", "--json", "--flatten", "--k", "3"] + regio).stdout)
    expect("k recorded", guarded["options"]["k"], 3)
    expect("published over four", guarded["overall"]["implementation"],
           flat["overall"]["implementation"])
    for m in guarded["members"]:
        if m["overall"].get("suppressed") is not True or m["overall"]["implementation"] is not None:
            fail(f"member {m['id']} is not withheld: {m['overall']}")
    text = run(["aggregate", "--flatten", "--k", "3"] + regio).stdout
    if text.count("withheld (fewer than k)") != 4 or "weakest link" in text:
        fail(f"text of the guarded aggregate:\n{text}")
    csv = run(["aggregate", "--csv", "--k", "5"] + regio).stdout.splitlines()
    if not csv[0].endswith(",werking,suppressed") or not csv[1].endswith(",,,,,,2,160,,,,true"):
        fail(f"CSV of the guarded aggregate: {csv[:2]}")
    # Flattened, a nested collaboration without its own assessment is warned of
    # as without --flatten.
    towns = [os.path.join(Y2025, f"GM990{i}.json") for i in range(1, 7)]
    base = ["aggregate", "--collaboration", REGIO, "--collaborations", SV0001] + towns
    warned = run(base).stderr
    if "no assessment of collaboration SV0001 itself" not in warned:
        fail(f"no warning for SV0001's own assessment: {warned!r}")
    expect("warnings flattened", run(base[:1] + ["--flatten"] + base[1:]).stderr, warned)
    # report --k guards the collaboration's aggregates; without it they are whole.
    gm9901 = os.path.join(Y2025, "GM9901.json")
    args = ["report", "--lang", "en", "--collaboration", SV0001, gm9901]
    whole = total_row(section(run(args).stdout, "collaboration"))
    if any("not published" in c for c in whole):
        fail(f"withheld without --k: {whole}")
    cut = total_row(section(run(args[:1] + ["--k", "4"] + args[1:]).stdout, "collaboration"))
    expect("report --k 4, collaboration", cut,
           [whole[0], "not published: too few organisations",
            "not published: too few organisations"])
    # The peers' ranks of coverage and comply-or-explain.
    gm9904 = os.path.join(Y2025, "GM9904.json")
    peers = total_row(section(run(["report", "--lang", "en", "--peers", Y2025, gm9904]).stdout,
                              "peers"))
    dist = run(["aggregate", "--distribution", "--organisation-kind", "gemeente",
                "--organisation", "GM9904", Y2025]).stdout
    ranks = [float(re.search(rf"^{label} .* ([0-9.]+)$", dist, re.M)[1])
             for label in ("Implementation", "Coverage", "Comply or explain")]

    def ordinal(n):
        n = int(n + 0.5)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} percentile"

    expect("peers ranks", peers[-3:], [ordinal(r) for r in ranks])
    print("ok: options")


CASES = {"text": case_text, "period": case_period, "report-nested": case_report_nested,
         "report-peers-tree": case_report_peers_tree, "options": case_options}

if __name__ == "__main__":
    CASES[CASE]()
