#!/usr/bin/env python3
"""Checks `bigscore aggregate --compare PERIOD` (the trend of a
collaboration, include/big/trend.h) against the aggregates of both periods
that `bigscore aggregate --json` writes, and its text in English and Dutch.

Usage: check-trend.py CASE BIGSCORE SOURCE-ROOT
CASE:
  aggregate    SV0001 from 2024 to 2025 (the same members: the whole change
               is the stayers'), and municipalities of which two leave and
               two join (the split adds up), as --json, text, --lang nl and
               --csv; the usage errors
"""

import importlib.util
import json
import os
import sys

CASE, BIGSCORE, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
# fail(), run(), expect() and fixed() are check-aggregate.py's (same arguments).
_spec = importlib.util.spec_from_file_location(
    "check_aggregate", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "check-aggregate.py"))
_helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_helpers)
fail, run, expect = _helpers.fail, _helpers.run, _helpers.expect

COLLAB = os.path.join(ROOT, "examples", "data", "collab")
SV0001 = os.path.join(COLLAB, "SV0001.json")
NO_SCORE = "\u2014"


def fixed(v, decimals, comma=False):
    text = _helpers.fixed(v, decimals)
    return text.replace(".", ",") if comma else text


def pct(v, comma=False):
    return NO_SCORE if v is None else fixed(v * 100.0, 1, comma) + "%"


def points(v, comma=False):
    """bs_l_points(): a change in percentage points with its sign, one decimal."""
    if v is None:
        return NO_SCORE
    num = fixed(abs(v) * 100.0, 1, comma)
    if num.strip("0.,") == "":
        return num
    return ("\u2212" if v < 0 else "+") + num


def line_of(text, start):
    for line in text.splitlines():
        if line.startswith(start):
            return line
    fail(f"no line starting with {start!r} in:\n{text}")
    return ""


def check_against_periods(doc, before, after, label):
    """The trend's sides are the aggregates of each period, member by member."""
    expect(f"{label}: format", doc["format"], "libbig.trend")
    expect(f"{label}: before", doc["overall"]["before"], before["overall"])
    expect(f"{label}: after", doc["overall"]["after"], after["overall"])
    expect(f"{label}: delta", doc["overall"]["delta"]["implementation"],
           after["overall"]["implementation"] - before["overall"]["implementation"])
    b = {m["id"]: m for m in before["members"]}
    a = {m["id"]: m for m in after["members"]}
    expect(f"{label}: members", [m["id"] for m in doc["members"]],
           [m["id"] for m in after["members"]] + [i for i in b if i not in a])
    for m in doc["members"]:
        own_b = b[m["id"]]["overall"]["implementation"] if m["id"] in b else None
        own_a = a[m["id"]]["overall"]["implementation"] if m["id"] in a else None
        expect(f"{label}: {m['id']} before", m["before"], own_b)
        expect(f"{label}: {m['id']} after", m["after"], own_a)
        want = "stayed" if m["id"] in a and m["id"] in b else "joined" if m["id"] in a else "left"
        expect(f"{label}: {m['id']} membership", m["membership"], want)
    e = doc["effects"]
    expect(f"{label}: change", e["change"], doc["overall"]["delta"]["implementation"])
    if abs(e["stayers"] + e["joiners"] + e["leavers"] - e["change"]) > 1e-15:
        fail(f"{label}: the split {e} does not add up")


def check_text(text, doc, comma, label):
    e = doc["effects"]
    o = doc["overall"]
    impl = line_of(text, "Implementati")
    want = (f"{pct(o['before']['implementation'], comma)} \u2192 "
            f"{pct(o['after']['implementation'], comma)}  "
            f"({points(o['delta']['implementation'], comma)} pp)")
    expect(f"{label}: implementation line", impl[19:], want)
    for m in doc["members"]:
        row = line_of(text, m["id"] + " ").split()
        expect(f"{label}: {m['id']} row", row[1:4],
               [pct(m["before"], comma), pct(m["after"], comma), points(m["change"], comma)])
        if m["membership"] == "stayed":
            expect(f"{label}: {m['id']} requirements changed", row[4],
                   str(m["requirements_changed"]))
    top = doc["contributions"][0]
    row = line_of(text, top["id"] + " ").split()
    expect(f"{label}: top requirement", row[1:3],
           [pct(top["before"], comma), pct(top["after"], comma)])
    if e["joined"] or e["left"]:
        split = line_of(text, " " * 19 + ("of which" if not comma else "waarvan"))
        for part in ("stayers", "joiners", "leavers"):
            if points(e[part], comma) + " pp" not in split:
                fail(f"{label}: {part} {points(e[part], comma)} not in {split!r}")


def case_aggregate():
    sv = ["--collaboration", SV0001]
    doc = json.loads(run(["aggregate"] + sv + ["--period", "2025", "--compare", "2024",
                                               "--json", COLLAB]).stdout)
    before = json.loads(run(["aggregate"] + sv + ["--period", "2024", "--json", COLLAB]).stdout)
    after = json.loads(run(["aggregate"] + sv + ["--period", "2025", "--json", COLLAB]).stdout)
    check_against_periods(doc, before, after, "SV0001")
    expect("SV0001 collaboration", doc["collaboration"], "SV0001")
    e = doc["effects"]
    expect("SV0001: the same members", (e["stayed"], e["joined"], e["left"]), (3, 0, 0))
    expect("SV0001: all the stayers'", (e["stayers"], e["joiners"], e["leavers"]),
           (e["change"], 0, 0))
    text = run(["aggregate"] + sv + ["--period", "2025", "--compare", "2024", COLLAB]).stdout
    check_text(text, doc, False, "SV0001 text")
    if "the same members in both periods" not in text:
        fail(f"SV0001 text: no 'the same members':\n{text}")

    gm = [sorted(os.path.join(COLLAB, p, f) for f in os.listdir(os.path.join(COLLAB, p))
                 if f.startswith("GM")) for p in ("2024", "2025")]
    files = gm[0][:4] + gm[1][2:]
    doc = json.loads(run(["aggregate", "--method", "mean", "--period", "2025", "--compare",
                          "2024", "--json"] + files).stdout)
    before = json.loads(run(["aggregate", "--method", "mean", "--json"] + gm[0][:4]).stdout)
    after = json.loads(run(["aggregate", "--method", "mean", "--json"] + gm[1][2:]).stdout)
    check_against_periods(doc, before, after, "municipalities")
    e = doc["effects"]
    expect("municipalities: counts", (e["stayed"], e["joined"], e["left"]), (2, 2, 2))
    text = run(["aggregate", "--method", "mean", "--period", "2025", "--compare", "2024"]
               + files).stdout
    check_text(text, doc, False, "municipalities text")
    nl = run(["aggregate", "--lang", "nl", "--method", "mean", "--period", "2025", "--compare",
              "2024"] + files).stdout
    check_text(nl, doc, True, "municipalities nl")
    for want in ("2 gebleven, 2 toegetreden, 2 vertrokken", "(toegetreden)", "(vertrokken)",
                 "Eisen die het cijfer bewogen"):
        if want not in nl:
            fail(f"Dutch text: {want!r} missing:\n{nl}")
    csv = run(["aggregate", "--method", "mean", "--period", "2025", "--compare", "2024",
               "--csv"] + files).stdout
    expect("CSV header", csv.splitlines()[0],
           "id,kind,title,depth,before,after,contribution,stayers,joiners,leavers,member,"
           "member_before,member_after,member_change")
    expect("CSV rows", len(csv.splitlines()) - 1,
           sum(max(1, len(c["members"])) for c in doc["contributions"]))

    # Usage errors (exit 2) and a period without assessments (exit 1).
    for args in (["--compare", "2024"], ["--period", "2025", "--compare", "2025"],
                 ["--distribution", "--period", "2025", "--compare", "2024"],
                 ["--period", "2025", "--compare", ""]):
        proc = run(["aggregate"] + args + files, status=2)
        if "--compare" not in proc.stderr:
            fail(f"aggregate {args}: the message does not name --compare", proc)
    proc = run(["aggregate", "--period", "2025", "--compare", "2023"] + files, status=1)
    if "no assessment of period 2023" not in proc.stderr:
        fail("--compare 2023: no message naming the period", proc)
    print("ok: aggregate")


def case_missing():
    """A member without an assessment in the earlier period: a warning on
    stderr and a marker on its row; the heading counts only the requirements
    with a non-zero contribution, and lists those of the --json trend."""
    import shutil
    import tempfile
    tmp = tempfile.mkdtemp(prefix="check-trend-")
    try:
        for p in ("2024", "2025"):
            shutil.copytree(os.path.join(COLLAB, p), os.path.join(tmp, p))
        os.remove(os.path.join(tmp, "2024", "GM9902.json"))
        args = ["aggregate", "--collaboration", SV0001, "--period", "2025", "--compare",
                "2024", tmp]
        doc = json.loads(run(args + ["--json"]).stdout)
        missing = [m["id"] for m in doc["members"] if m["missing_before"]]
        expect("missing before", missing, ["GM9902"])
        for lang, word, heading in (("en", "no assessment", "Requirements that moved the figure"),
                                    ("nl", "geen beoordeling", "Eisen die het cijfer bewogen")):
            proc = run(args[:1] + ["--lang", lang] + args[1:])
            if "warning: GM9902: no assessment of 2024" not in proc.stderr:
                fail(f"{lang}: no warning of the missing member", proc)
            row = line_of(proc.stdout, "GM9902 ")
            if not row.endswith(f"[{word}: 2024]"):
                fail(f"{lang}: the missing member's row has no marker: {row!r}")
            if "[" in line_of(proc.stdout, "GM9901 "):
                fail(f"{lang}: GM9901 marked as missing")
            moved = [c for c in doc["contributions"] if c["contribution"] != 0]
            if len(moved) == len(doc["contributions"]):
                fail("the case has no requirement listed with a zero contribution")
            head = line_of(proc.stdout, heading)
            want = f"({min(10, len(moved))} {'of' if lang == 'en' else 'van'} {len(moved)}):"
            if not head.endswith(want):
                fail(f"{lang}: heading {head!r}, not ending {want!r}")
            listed = proc.stdout.split(head, 1)[1].splitlines()[2:2 + min(10, len(moved))]
            expect(f"{lang}: requirements listed", [r.split()[0] for r in listed],
                   [c["id"] for c in moved[:10]])
    finally:
        shutil.rmtree(tmp)
    print("ok: missing")


def case_membership():
    """--compare-collaboration: SV0001 of 2024 with GM9904 instead of GM9903,
    so GM9903 joined and GM9904 left; the earlier side is the aggregate of
    that document for 2024."""
    import tempfile
    with open(SV0001, encoding="utf-8") as f:
        then = json.load(f)
    then["members"] = ["GM9901", "GM9902", "GM9904"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(then, f)
        c2024 = f.name
    try:
        base = ["aggregate", "--collaboration", SV0001, "--period", "2025", "--compare", "2024",
                "--compare-collaboration", c2024, COLLAB]
        doc = json.loads(run(base + ["--json"]).stdout)
        before = json.loads(run(["aggregate", "--collaboration", c2024, "--period", "2024",
                                 "--json", COLLAB]).stdout)
        after = json.loads(run(["aggregate", "--collaboration", SV0001, "--period", "2025",
                                "--json", COLLAB]).stdout)
        check_against_periods(doc, before, after, "membership")
        e = doc["effects"]
        expect("membership: counts", (e["stayed"], e["joined"], e["left"]), (2, 1, 1))
        ship = {m["id"]: m["membership"] for m in doc["members"]}
        expect("membership: GM9903, GM9904", (ship["GM9903"], ship["GM9904"]),
               ("joined", "left"))
        text = run(base).stdout
        check_text(text, doc, False, "membership text")
        for want in ("2 stayed, 1 joined, 1 left", "(joined)", "(left)"):
            if want not in text:
                fail(f"membership text: {want!r} missing:\n{text}")
        # without it the same document serves both periods: nobody joins or leaves
        doc = json.loads(run(base[:7] + [COLLAB, "--json"]).stdout)
        expect("one document: counts", (doc["effects"]["joined"], doc["effects"]["left"]),
               (0, 0))
        for args in (["--compare-collaboration", c2024, "--period", "2025"],
                     ["--compare-collaboration", c2024, "--period", "2025", "--compare", "2024"]):
            proc = run(["aggregate"] + args + [COLLAB], status=2)
            if "--compare-collaboration" not in proc.stderr:
                fail(f"aggregate {args}: the message does not name the option", proc)
    finally:
        os.remove(c2024)
    print("ok: membership")


CASES = {"aggregate": case_aggregate, "missing": case_missing,
         "membership": case_membership}

if __name__ == "__main__":
    CASES[CASE]()
