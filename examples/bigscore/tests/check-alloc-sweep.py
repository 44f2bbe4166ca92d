#!/usr/bin/env python3
"""The allocation sweep of bigscore (issue 17): every allocation that
bigscore, libbig, cJSON and the C library make while a command runs is made
to fail in turn (the LD_PRELOAD shim failalloc.c), and each run must either

- succeed (exit 0) with exactly the output of a run without failure (the
  failure was one the program may get past, e.g. a buffer of stdio), or
- end with exit 4 (internal error: out of memory), leave every output file
  as it was, and say so on standard error;

never exit 0 with other output, never another exit code (an allocation
failure is not bad input), never a crash, and never "(null)" on standard
output (glibc prints a NULL string so instead of crashing). The data is examples/data/collab
(small: the sweep's cost grows with the square of the allocations). The
commands: those issue 17 names (score, aggregate, report, compare, migrate,
validate), and gap, the catalogue listing and catalogues export; template
and import (issue 19: template writes the file -o names last, after the
other sheets; import reads the committed workbook data/workbook/).

Usage: check-alloc-sweep.py SHIM BIGSCORE SOURCE_ROOT [CASE...]
"""

import os
import pathlib
import subprocess
import sys
import tempfile

PREVIOUS = b"the previous output, which a failed run must leave alone\n"


def cases(root):
    collab = root / "examples/data/collab"
    y25, y24 = collab / "2025", collab / "2024"
    bio = root / "examples/data/bio-assessment.json"
    return {
        "score": ["score", "--json", str(y25 / "GM9901.json")],
        "score-text": ["score", str(y25 / "GM9901.json")],
        "aggregate": ["aggregate", "--json", str(y25)],
        # The trend (issue 20): two pools, two aggregates, one leaver, one joiner.
        "aggregate-trend": ["aggregate", "--method", "mean", "--period", "2025",
                            "--compare", "2024", str(y24 / "GM9901.json"),
                            str(y24 / "GM9902.json"), str(y25 / "GM9902.json"),
                            str(y25 / "GM9903.json")],
        "aggregate-collaboration": ["aggregate", "--json", "--collaboration",
                                    str(collab / "SV0001.json"), str(y25)],
        # flattened nesting under the publication guard, as text (issue 20)
        "aggregate-flatten-k": ["aggregate", "--flatten", "--k", "3", "--collaboration",
                                str(root / "examples/bigscore/tests/data/regio.json"),
                                "--collaborations", str(collab / "SV0001.json"), str(y25)],
        "report": ["report", str(y25 / "GM9901.json"), "-o", "{out}"],
        # The collaboration's trend (issue 20): a second period of members.
        "report-collab-trend": ["report", "--previous", str(y24 / "GM9901.json"),
                                "--collaboration", str(collab / "SV0001.json"),
                                "-o", "{out}", str(y25 / "GM9901.json")],
        "compare": ["compare", "--json", str(y24 / "GM9901.json"), str(y25 / "GM9901.json")],
        "migrate": ["migrate", "--builtin-mapping", "bio-to-bio2", "--output", "{out}",
                    str(bio)],
        "validate": ["validate", str(collab)],
        "score-collaboration": ["score", "--json", "--collaboration", str(collab / "SV0001.json"),
                                str(y25 / "GM9901.json")],
        "report-collaboration": ["report", "--collaboration", str(collab / "SV0001.json"),
                                 str(y25 / "GM9901.json"), "-o", "{out}"],
        "gap": ["gap", str(y25 / "GM9901.json")],
        "gap-json": ["gap", "--json", str(y25 / "GM9901.json")],
        "gap-csv": ["gap", "--csv", str(y25 / "GM9901.json")],
        # a gap's owner and open actions (issue 19), in JSON and as text
        "gap-actions": ["gap", "--json", "--catalogue", str(root / "tests/data/worked-catalogue.json"),
                        str(root / "tests/data/actions-assessment.json")],
        "gap-actions-text": ["gap", "--overdue", "--as-of", "2026-04-01", "--catalogue",
                             str(root / "tests/data/worked-catalogue.json"),
                             str(root / "tests/data/actions-assessment.json")],
        # the report's summary and improvement plan with open actions (issue 19)
        "report-plan": ["report", "--catalogue", str(root / "tests/data/worked-catalogue.json"),
                        "-o", "{out}", str(root / "tests/data/actions-assessment.json")],
        "catalogues": ["catalogues"],
        "catalogues-export": ["catalogues", "export", "bio2-1.2", "--output", "{out}"],
        "template": ["template", "--previous", str(y25 / "GM9901.json"), "--format", "csv",
                     "-o", "{out}"],
        "import": ["import", "-o", "{out}"] + sorted(str(p) for p in (
            root / "examples/bigscore/tests/data/workbook").glob("gm9901*.csv")),
    }


def run(bigscore, shim, args, out, fail_at=0, count_file=None):
    if out is not None:
        out.write_bytes(PREVIOUS)
    env = dict(os.environ, LD_PRELOAD=str(shim), BIG_FAILALLOC_AT=str(fail_at),
               LC_ALL="C")
    if count_file:
        env["BIG_FAILALLOC_COUNT"] = str(count_file)
    argv = [bigscore] + [a.replace("{out}", str(out)) for a in args]
    p = subprocess.run(argv, env=env, capture_output=True, timeout=60)
    return p.returncode, p.stdout, p.stderr, (out.read_bytes() if out is not None else None)


def sweep(name, args, bigscore, shim, tmp):
    # template refuses a CSV workbook whose name does not end in .csv
    suffix = ".csv" if name == "template" else ".out"
    out = tmp / (name + suffix) if any("{out}" in a for a in args) else None
    count_file = tmp / (name + ".count")
    code, stdout, _, written = run(bigscore, shim, args, out, 0, count_file)
    if code != 0:
        return [f"{name}: exits {code} without a failing allocation"]
    if b"(null)" in stdout:
        return [f"{name}: \"(null)\" on standard output without a failing allocation"]
    total = int(count_file.read_text())
    problems, tally = [], {}
    for n in range(1, total + 1):
        c, so, se, w = run(bigscore, shim, args, out, n)
        tally[c] = tally.get(c, 0) + 1
        what = f"{name}: allocation {n} of {total} failing"
        if b"(null)" in so:
            problems.append(f"{what}: exit {c} with \"(null)\" on standard output")
        if c == 0:
            if so != stdout or w != written:
                problems.append(f"{what}: exit 0 with other output")
        elif c == 4:
            if out is not None and w != PREVIOUS:
                problems.append(f"{what}: exit 4, but the output file was changed")
            if b"memory" not in se:
                problems.append(f"{what}: exit 4 without 'memory' on stderr: {se[-200:]!r}")
        elif c < 0:
            problems.append(f"{what}: killed by signal {-c}")
        else:
            problems.append(f"{what}: exit {c}: {se.strip()[-300:]!r}")
    summary = ", ".join(f"exit {c}: {k}" for c, k in sorted(tally.items()))
    print(f"{name}: {total} allocations; {summary}; {len(problems)} problem(s)")
    return problems


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    shim, bigscore, root = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    chosen = cases(root)
    names = sys.argv[4:] or list(chosen)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            problems += sweep(name, chosen[name], bigscore, shim, pathlib.Path(tmp))
    for p in problems[:200]:
        print("FAIL - " + p)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    print(f"check-alloc-sweep: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
