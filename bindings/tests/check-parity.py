#!/usr/bin/env python3
"""Parity of C, Python and PHP: for every example document, what the three
write (reports as JSON and CSV, comparisons, aggregates, distributions,
migrations, effective assessments) must be the same bytes, in the C locale
and under nl_NL.UTF-8 (decimal comma); a case that fails must fail in all
three. The committed fixtures tests/data/documents/aggregate.json and
distribution.json must come out of all three too.

Usage: check-parity.py --report-json PATH --php PHP --extension PATH
                       --source-root DIR [--python-dir DIR]

--report-json is bindings/tests/report-json (C), --python-dir the folder of
the built module (and bindings/python/parity.py is imported from the
source tree; Python runs in this process), PHP runs
bindings/php/parity.php --batch once per locale.
"""

import argparse
import base64
import glob
import json
import locale
import os
import subprocess
import sys
import tempfile

NL = "nl_NL.UTF-8"


def cases(root):
    """The argument lists to compare, and the fixtures some of them must equal."""
    t = os.path.join(root, "tests", "data")
    e = os.path.join(root, "examples", "data")
    b = os.path.join(root, "bindings", "tests", "data")
    worked = f"{t}/worked-catalogue.json"
    collab_assessment = f"{t}/collaboration/worked-collaboration-assessment.json"
    collab = f"{e}/collab"
    out, fixtures = [], {}

    # Reports of every assessment document, in several shapes.
    assessments = [
        (worked, f"{t}/worked-assessment.json"),
        (worked, f"{t}/worked-assessment-after.json"),
        (worked, f"{t}/demonstration-assessment.json"),
        (worked, collab_assessment),
        (f"{t}/model-catalogue.json", f"{t}/model-assessment.json"),
        ("builtin:bio2", f"{e}/demo-assessment.json"),
        ("builtin:bio2", f"{e}/unknown-requirement.json"),
        ("builtin:bio2", f"{e}/bad-syntax.json"),
        ("builtin:bio", f"{b}/bio-assessment.json"),
    ] + [("builtin:bio2", p) for p in sorted(glob.glob(f"{collab}/20*/*.json"))]
    shapes = [[], ["--compact", "--rollup=flat"], ["--rollup=weakest", "--target=4"], ["--csv"],
              ["--gaps-csv", "--bom", "--safe"]]
    for cat, path in assessments:
        for shape in shapes:
            out.append(shape + [cat, path])
    out.append(["--profile=bbn1", f"{t}/model-catalogue.json", f"{t}/model-assessment.json"])
    out.append(["--profile=basishygiene", "builtin:bio2", f"{e}/demo-assessment.json"])

    # Comparisons.
    out.append([f"--compare={t}/worked-assessment-after.json", worked, f"{t}/worked-assessment.json"])
    out.append([f"--compare={t}/worked-assessment-after.json", "--rollup=flat", "--compact", worked,
                f"{t}/worked-assessment.json"])
    # Opzet, bestaan, werking (issue 18): compared, aggregated with an
    # assessment that records none.
    out.append([f"--compare={t}/demonstration-assessment.json", worked,
                f"{t}/worked-assessment-after.json"])
    out.append(["--aggregate", "--method=mean", worked, f"{t}/demonstration-assessment.json",
                f"{t}/worked-assessment.json"])
    out.append(["--aggregate", "--csv", worked, f"{t}/demonstration-assessment.json"])
    for path in sorted(glob.glob(f"{collab}/2024/*.json")):
        after = path.replace("/2024/", "/2025/")
        out.append([f"--compare={after}", "builtin:bio2", path])

    # Aggregates: the committed fixture, collaborations, the country.
    fixture = ["--aggregate", "--method=weighted_mean", "--weights=2,1",
               "--expected=GM9901,SV-DEMO,GM9902", "--expected-weights=2,1,1", worked,
               f"{t}/worked-assessment.json", collab_assessment]
    out.append(fixture)
    fixtures[len(out) - 1] = f"{t}/documents/aggregate.json"
    out.append(["--aggregate", f"--collaboration={t}/collaboration/worked-collaboration.json", worked,
                f"{t}/worked-assessment.json", collab_assessment])
    pool = [f"--collaboration={collab}/SV0001.json", f"--collaboration={collab}/SV0002.json"]
    # Trends (issue 20, item 3): each collaboration from 2024 to 2025, and
    # municipalities of which two leave and two join.
    both = [sorted(glob.glob(f"{collab}/{period}/*.json")) for period in ("2024", "2025")]
    for sv in ("SV0001", "SV0002"):
        first = [f"--collaboration={collab}/{sv}.json"] + [p for p in pool if sv not in p]
        for method in ("weakest", "mean", "median"):
            out.append(["--aggregate", f"--trend={len(both[0])}", f"--method={method}"] + first
                       + ["builtin:bio2"] + both[0] + both[1])
        out.append(["--aggregate", f"--trend={len(both[0])}", "--csv", "--safe"] + first
                   + ["builtin:bio2"] + both[0] + both[1])
    gm = [[p for p in files if os.path.basename(p).startswith("GM")] for files in both]
    for extra in ([], ["--csv", "--bom"], ["--compact", "--rollup=flat"]):
        out.append(["--aggregate", "--trend=4", "--method=mean"] + extra + ["builtin:bio2"]
                   + gm[0][:4] + gm[1][2:])
    for period in ("2024", "2025"):
        files = sorted(glob.glob(f"{collab}/{period}/*.json"))
        municipalities = [p for p in files if os.path.basename(p).startswith("GM")]
        for method in ("weakest", "mean", "weighted_mean", "median"):
            out.append(["--aggregate", f"--method={method}"] + pool + ["builtin:bio2"] + files)
            out.append(["--aggregate", f"--method={method}"] + pool[::-1] + ["builtin:bio2"] + files)
            # Who to help first and the gap list (issue 20): their own CSV.
            for shape in (["--ranking-csv"], ["--gaps-csv", "--safe"]):
                out.append(["--aggregate", f"--method={method}"] + shape + pool + ["builtin:bio2"]
                           + files)
        out.append(["--aggregate", "--method=weighted_mean", "--weight-attribute=inhabitants",
                    "builtin:bio2"] + municipalities)
        out.append(["--aggregate", "--method=median", "--rollup=flat", "--csv", "builtin:bio2"]
                   + municipalities)
        out.append(["--aggregate", "--method=mean", "--expected=GM9901,GM9907", "builtin:bio2"]
                   + municipalities)
        # Flattened nesting and the publication guard of aggregates (issue 20).
        regio = [f"--collaboration={root}/examples/bigscore/tests/data/regio.json"] + pool
        for method in ("mean", "weighted_mean", "median"):
            out.append(["--aggregate", "--flatten", f"--method={method}"] + regio
                       + ["builtin:bio2"] + files)
        out.append(["--aggregate", "--k=3", "--method=mean"] + regio + ["builtin:bio2"] + files)
        out.append(["--aggregate", "--k=3", "--flatten", "--csv"] + regio + ["builtin:bio2"]
                   + files)
        out.append(["--aggregate", "--k=5", "--method=median", "--csv", "builtin:bio2"]
                   + municipalities)

        # Distributions, with and without the guard at work.
        for k in ("3", "5", "7"):
            out.append(["--distribution", f"--k={k}", "builtin:bio2"] + municipalities)
            # The percentile ranks of every score (issue 20).
            out.append(["--distribution", "--ranks", f"--k={k}", "builtin:bio2"]
                       + municipalities[::-1])
        out.append(["--distribution", "--csv", "--rollup=flat", "builtin:bio2"] + municipalities)

        # Effective assessments of the members.
        for sv in ("SV0001", "SV0002"):
            own = f"{collab}/{period}/{sv}.json"
            members = json.load(open(f"{collab}/{sv}.json", encoding="utf-8"))["members"]
            for m in members:
                member = m if isinstance(m, str) else m["id"]
                out.append([f"--effective={collab}/{sv}.json", "builtin:bio2",
                            f"{collab}/{period}/{member}.json", own])
            out.append([f"--effective={collab}/{sv}.json", "--compact", "builtin:bio2",
                        f"{collab}/{period}/{members[0]}.json"])
    out.append(["--distribution", "--k=3", worked, f"{t}/worked-assessment.json", collab_assessment,
                f"{t}/worked-assessment-after.json"])
    fixtures[len(out) - 1] = f"{t}/documents/distribution.json"
    out.append([f"--effective={t}/collaboration/worked-collaboration.json", worked,
                f"{t}/worked-assessment.json", collab_assessment])
    # without the collaboration's assessment: the report's warnings collaboration-silent
    out.append([f"--effective={t}/collaboration/worked-collaboration.json", "--report", worked,
                f"{t}/worked-assessment.json"])

    # Workbooks (issue 19): the template of an assessment in both CSV forms and
    # both languages, with an overlay's titles; the assessment read back.
    for cat, path in [(worked, f"{t}/demonstration-assessment.json"),
                      (f"{t}/model-catalogue.json", f"{t}/model-assessment.json"),
                      ("builtin:bio2", f"{e}/demo-assessment.json"),
                      (worked, collab_assessment)]:
        for shape in ([], ["--bom"], ["--lang=en"], ["--assessment"],
                      ["--assessment", "--compact", "--lang=en"]):
            out.append(["--workbook"] + shape + [cat, path])
    out.append(["--workbook", f"--texts={t}/worked-texts.json", "--lang=en", worked,
                f"{t}/worked-assessment.json"])

    # Migration along the built-in BIO 1.04 -> BIO2 mapping.
    for shape in ([], ["--csv"], ["--assessment"], ["--keep-maturity", "--compact"]):
        out.append(["--migrate=builtin:bio-to-bio2", "--to=builtin:bio2"] + shape
                   + ["builtin:bio", f"{b}/bio-assessment.json"])
    # Titles in English (issue 18): a report, its CSV, gaps, an aggregate, a
    # distribution and a migration's CSV of the demo with lang "en".
    demo = f"{e}/demo-assessment.json"
    for shape in ([], ["--csv"], ["--gaps-csv"]):
        out.append(["--lang=en"] + shape + ["builtin:bio2-1.2", demo])
    out.append(["--lang=en", "--aggregate", "--csv", "builtin:bio2"] + municipalities)
    # Text overlays (issue 18): the worked example with tests/data/worked-texts.json,
    # its titles only, and its texts shown in every output; in another language.
    wtexts = f"--texts={t}/worked-texts.json"
    for shape in ([], ["--csv"], ["--gaps-csv"]):
        out.append([wtexts] + shape + [worked, f"{t}/worked-assessment.json"])
        out.append([wtexts, "--include-text"] + shape + [worked, f"{t}/worked-assessment.json"])
    out.append([wtexts, "--include-text", "--lang=nl", "--compact", worked,
                f"{t}/worked-assessment.json"])
    out.append(["--include-text", "--gaps-csv", "--safe", worked, f"{t}/worked-assessment.json"])
    out.append(["--lang=en", "--distribution", "--csv", "builtin:bio2"] + municipalities)
    # Improvement actions (issue 19): the worked example of docs/scoring.md,
    # "Owners and improvement actions", on its assessed_on and a later date,
    # and an effective assessment that carries them.
    acts = f"{t}/actions-assessment.json"
    for shape in ([], ["--gaps-csv"], ["--compact"]):
        out.append(shape + [worked, acts])
        out.append(["--as-of=2026-04-01"] + shape + [worked, acts])
    out.append([f"--effective={t}/collaboration/worked-collaboration.json", worked, acts,
                collab_assessment])
    # BIO2 1.3: a score of its example assessment, and the demo migrated to it
    # along the built-in mapping (in both languages).
    bio13 = os.path.join(root, "examples", "bigscore", "tests", "data", "bio2-13-assessment.json")
    for shape in ([], ["--csv"], ["--lang=en", "--gaps-csv"]):
        out.append(shape + ["builtin:bio2-1.3", bio13])
    for shape in ([], ["--csv"], ["--csv", "--lang=en"], ["--assessment"]):
        out.append(["--migrate=builtin:bio2-1.2-to-1.3", "--to=builtin:bio2-1.3"] + shape
                   + ["builtin:bio2-1.2", demo])
    # Content fingerprints (issue 18): of every built-in catalogue and of the
    # test catalogues, and a report of an assessment that names one.
    for name, assessment in (("big-2013", f"{b}/big-assessment.json"),
                             ("bio-1.04", f"{b}/bio-assessment.json"),
                             ("bio2-1.2", demo), ("bio2-1.3", bio13)):
        out.append(["--fingerprint", "builtin:" + name, assessment])
    out.append(["--fingerprint", worked, f"{t}/worked-assessment.json"])
    out.append(["--fingerprint", f"{t}/model-catalogue.json", f"{t}/model-assessment.json"])
    out.append([worked, f"{t}/worked-assessment-pinned.json"])
    return out, fixtures


def run_c(report_json, args):
    p = subprocess.run([report_json] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return (0 if p.returncode == 0 else 1), p.stdout


def run_python(parity, args):
    try:
        return parity.render(args)
    finally:
        locale.setlocale(locale.LC_ALL, "C")


def run_php(php, extension, script, all_args):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(all_args, f)
    try:
        p = subprocess.run([php, "-n", "-d", "extension=" + extension, "-d", "error_reporting=E_ALL",
                            "-d", "display_errors=stderr", script, "--batch", f.name],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        os.unlink(f.name)
    if p.returncode != 0 or p.stderr:
        sys.exit(f"check-parity: parity.php failed: {p.stderr.decode(errors='replace')}")
    return [(r["status"], base64.b64decode(r["output"])) for r in json.loads(p.stdout)]


def first_difference(a, b):
    for n, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f"line {n}: {x[:100]!r} != {y[:100]!r}"
    return f"lengths {len(a)} != {len(b)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report-json", required=True)
    ap.add_argument("--php", required=True)
    ap.add_argument("--extension", required=True)
    ap.add_argument("--source-root", required=True)
    ap.add_argument("--python-dir")
    opts = ap.parse_args()
    root = os.path.abspath(opts.source_root)
    if opts.python_dir:
        sys.path.insert(0, opts.python_dir)
    sys.path.insert(0, os.path.join(root, "bindings", "python"))
    import parity  # noqa: E402  (the binding's side of the comparison)

    all_cases, fixtures = cases(root)
    try:
        locale.setlocale(locale.LC_ALL, NL)
        locales = [None, NL]
    except locale.Error:
        if os.environ.get("BIG_TEST_LOCALE") == "required":
            sys.exit(f"check-parity: no locale {NL}, but BIG_TEST_LOCALE=required")
        print(f"check-parity: no locale {NL}: the C locale only", file=sys.stderr)
        locales = [None]
    locale.setlocale(locale.LC_ALL, "C")

    failures = compared = failed_alike = 0
    php_script = os.path.join(root, "bindings", "php", "parity.php")
    for loc in locales:
        runs = [args if loc is None else [f"--locale={loc}"] + args for args in all_cases]
        php_results = run_php(opts.php, opts.extension, php_script, runs)
        for i, args in enumerate(runs):
            c = run_c(opts.report_json, args)
            py = run_python(parity, args)
            ph = php_results[i]
            what = " ".join(os.path.relpath(a, root) if os.path.isabs(a) else a for a in args)
            if c[0] != 0 or py[0] != 0 or ph[0] != 0:
                if c[0] == py[0] == ph[0]:
                    failed_alike += 1
                    if loc is None:
                        print(f"ok (fails in all three) {what}")
                    continue
                failures += 1
                print(f"FAIL {what}: status C {c[0]}, Python {py[0]}, PHP {ph[0]}: "
                      f"{(c[1] + py[1] + ph[1])[:300]!r}")
                continue
            compared += 1
            for name, out in (("Python", py[1]), ("PHP", ph[1])):
                if out != c[1]:
                    failures += 1
                    print(f"FAIL {what}: {name} differs from C, {first_difference(c[1], out)}")
            if i in fixtures and c[1] != open(fixtures[i], "rb").read():
                failures += 1
                print(f"FAIL {what}: differs from {os.path.relpath(fixtures[i], root)}")
    print(f"check-parity: {compared} outputs byte-identical in C, Python and PHP "
          f"({len(all_cases)} cases x {len(locales)} locales), {failed_alike} failing alike, "
          f"{failures} failures")
    return 1 if failures or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
