#!/usr/bin/env python3
"""Checks examples/python/national_return.py (test example-national-return):
on the example data set its CSV has the documented columns and scopes, the
publication guard withholds what it must, and its national and
collaboration figures are those the C library computes (through
bindings/tests/report-json); a broken file is reported, and fails the run
with --strict. With --bigsynth it also runs on a small synthetic national
data set.

Usage: check-national-return.py SCRIPT COLLAB_DIR REPORT_JSON [--bigsynth PATH]
"""

import argparse
import csv
import glob
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

COLUMNS = ["period", "scope", "node", "kind", "title", "organisations", "missing", "method",
           "implementation", "coverage", "comply_or_explain", "n", "suppressed", "min", "q1",
           "median", "q3", "max", "mean", "national_percentile"]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL " + what)


def run(script, *args, status=0):
    p = subprocess.run([sys.executable, script, *args], capture_output=True, text=True)
    check(p.returncode == status, f"{args}: exit {p.returncode}, stderr {p.stderr[-500:]!r}")
    return p


def table(text):
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = list(reader)
    check(rows and rows[0] == COLUMNS, f"header {rows[:1]}")
    return [dict(zip(COLUMNS, r)) for r in rows[1:]]


def c_json(report_json, *args):
    return json.loads(subprocess.run([report_json, *args], capture_output=True, check=True).stdout)


def c_distribution(report_json, files):
    """The C distribution CSV's overall implementation row, as a dict."""
    out = subprocess.run([report_json, "--distribution", "--csv", "builtin:bio2", *files],
                         capture_output=True, check=True, text=True).stdout
    for row in csv.DictReader(io.StringIO(out, newline="")):
        if row["kind"] == "overall" and row["score"] == "implementation":
            return row
    return {}


def close(a, b):
    return a != "" and b != "" and abs(float(a) - float(b)) <= 1e-15 * max(1, abs(float(b)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("script")
    ap.add_argument("collab")
    ap.add_argument("report_json")
    ap.add_argument("--bigsynth")
    opts = ap.parse_args()

    rows = table(run(opts.script, opts.collab).stdout)
    scopes = {(r["period"], r["scope"]) for r in rows}
    check(scopes == {(p, s) for p in ("2024", "2025") for s in ("national", "SV0001", "SV0002")},
          f"scopes {sorted(scopes)}")
    for r in rows:
        if r["scope"] == "national":
            check((r["n"], r["suppressed"], r["organisations"]) == ("6", "false", "6"),
                  f"national row {r}")
            check(r["median"] != "" and r["national_percentile"] == "", f"national figures {r}")
        else:
            # 3 and 4 members: fewer than k = 5, so the spread is withheld.
            check(r["suppressed"] == "true" and r["min"] == r["median"] == r["mean"] == "",
                  f"guard {r}")
            check(r["method"] == "weakest" and r["implementation"] != "", f"aggregate {r}")
    check({r["node"] for r in rows} == {"", "5", "6", "7", "8"}, "the top-level nodes")

    # The figures against C: own assessments, the overall rows.
    own = table(run(opts.script, opts.collab, "--own", "--depth", "0").stdout)
    for period in ("2024", "2025"):
        files = sorted(glob.glob(os.path.join(opts.collab, period, "*.json")))
        municipalities = [f for f in files if os.path.basename(f).startswith("GM")]
        national = [r for r in own if r["period"] == period and r["scope"] == "national"][0]
        dist = c_distribution(opts.report_json, municipalities)
        for key in ("min", "q1", "median", "q3", "max", "mean"):
            check(close(national[key], dist.get(key, "")), f"{period} national {key}")
        mean = c_json(opts.report_json, "--aggregate", "--method=mean", "builtin:bio2",
                      *municipalities)["overall"]["implementation"]
        check(close(national["implementation"], repr(mean)), f"{period} national mean")
        pool = [f"--collaboration={opts.collab}/SV0001.json",
                f"--collaboration={opts.collab}/SV0002.json"]
        for sv in ("SV0001", "SV0002"):
            row = [r for r in own if r["period"] == period and r["scope"] == sv][0]
            order = pool if sv == "SV0001" else pool[::-1]
            c = c_json(opts.report_json, "--aggregate", *order, "builtin:bio2", *files)
            check(close(row["implementation"], repr(c["overall"]["implementation"])),
                  f"{period} {sv} weakest")

    # A smaller guard publishes the collaborations' spread; --output writes a file.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "return.csv")
        run(opts.script, opts.collab, "--k", "3", "--output", out)
        with open(out, newline="", encoding="utf-8") as f:
            k3 = table(f.read())
        check(all(r["suppressed"] == "false" for r in k3), "k = 3 publishes everything")

        # A broken file is reported, and fails the run with --strict.
        broken = os.path.join(tmp, "collab")
        shutil.copytree(opts.collab, broken)
        with open(os.path.join(broken, "2025", "GM9906.json"), "w", encoding="utf-8") as f:
            f.write('{"format": "libbig.assessment", "format_version": 1, "catalogue": ')
        p = run(opts.script, broken)
        check("GM9906.json" in p.stderr, f"the broken file is named: {p.stderr!r}")
        run(opts.script, broken, "--strict", status=1)

        if opts.bigsynth:
            synth = os.path.join(tmp, "synth")
            subprocess.run([opts.bigsynth, "--organisations", "40", "--periods", "2", "--out", synth],
                           check=True, capture_output=True)
            rows = table(run(opts.script, synth, "--depth", "0").stdout)
            national = [r for r in rows if r["scope"] == "national"]
            check(len(national) == 2 and all(r["n"] == "40" for r in national),
                  f"bigsynth national rows {national}")
            check(len(rows) > 2, "bigsynth collaboration rows")

    print(f"check-national-return: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
