#!/usr/bin/env python3
"""bigscore template and import (docs/workbooks.md): the demo municipality's
assessment through its own workbook, in both CSV forms and both languages,
scores to the same report bytes as the JSON it was made from; a filled
workbook with errors lists every one on stderr (hostile bytes escaped),
exits 1 and writes nothing.

Usage: check-workbook.py BIGSCORE DEMO.json WORKDIR
"""
import os
import shutil
import subprocess
import sys


def run(*args, code=0):
    proc = subprocess.run([BIGSCORE, *args], capture_output=True,
                          env=dict(os.environ, LC_ALL="C"))
    if proc.returncode != code:
        sys.exit(f"FAIL: {' '.join(args)}: exit {proc.returncode}, expected {code}\n"
                 f"{proc.stderr.decode(errors='replace')}")
    return proc


def score(path):
    return run("score", "--json", path).stdout


def round_trip(form, lang):
    base = os.path.join(WORK, f"demo-{form}-{lang}")
    run("template", "--previous", DEMO, "--format", form, "--lang", lang, "-o", base + ".csv")
    sheets = sorted(f for f in os.listdir(WORK) if f.startswith(os.path.basename(base)))
    if len(sheets) != 9:
        sys.exit(f"FAIL: {form} {lang}: {len(sheets)} files: {sheets}")
    with open(base + ".csv", "rb") as f:
        head = f.read(4)
    if (head[:3] == b"\xef\xbb\xbf") != (form == "csv"):
        sys.exit(f"FAIL: {form}: byte order mark {head!r}")
    out = base + ".json"
    run("import", *[os.path.join(WORK, s) for s in sheets], "-o", out)
    if score(out) != score(DEMO):
        sys.exit(f"FAIL: {form} {lang}: the report differs from the demo's")


def xlsx():
    """The same through XLSX, when this libbig has it (else exit 2, said)."""
    path = os.path.join(WORK, "demo.xlsx")
    proc = subprocess.run([BIGSCORE, "template", "--previous", DEMO, "-o", path],
                          capture_output=True)
    if proc.returncode == 2 and b"without XLSX" in proc.stderr:
        return "XLSX skipped (not built)"
    if proc.returncode != 0:
        sys.exit(f"FAIL: template to XLSX: {proc.stderr.decode(errors='replace')}")
    out = os.path.join(WORK, "demo-xlsx.json")
    run("import", path, "-o", out)
    if score(out) != score(DEMO):
        sys.exit("FAIL: xlsx: the report differs from the demo's")
    return "XLSX too"


def errors():
    base = os.path.join(WORK, "bad")
    run("template", "--previous", DEMO, "-o", base + ".csv")
    with open(base + ".csv", encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    row = lines[1].split(";")
    row[4] = "half\x1b[31m"       # status: not a word, with an escape sequence
    row[5] = "9"                  # maturity out of range
    row[8] = "31-02-2026"         # not a date
    lines[1] = ";".join(row)
    lines.append(lines[2])        # a duplicate row
    with open(base + ".csv", "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines))
    out = os.path.join(WORK, "bad.json")
    files = sorted(os.path.join(WORK, f) for f in os.listdir(WORK) if f.startswith("bad"))
    proc = run("import", *files, "-o", out, code=1)
    err = proc.stderr.decode()
    for want in ('row 2, column "status": "half\\u001b[31m": not a status',
                 'row 2, column "volwassenheid": "9": not a maturity level',
                 'row 2, column "verloopt op": "31-02-2026": not a date',
                 'a second row for this requirement', "4 errors in the workbook: nothing written"):
        if want not in err:
            sys.exit(f"FAIL: stderr lacks {want!r}:\n{err}")
    if "\x1b" in err:
        sys.exit("FAIL: an escape character reached stderr")
    if os.path.exists(out):
        sys.exit("FAIL: import wrote its output despite errors")
    # Without the Organisatie sheet: the catalogue is not known.
    proc = run("import", base + ".csv", "-o", out, code=1)
    if "names no catalogue" not in proc.stderr.decode():
        sys.exit(f"FAIL: {proc.stderr.decode()}")
    proc = run("import", base + ".csv", "--builtin", "bio2-1.2", "-o", out, code=1)
    if "missing sheet (Organisatie or Organisation)" not in proc.stderr.decode():
        sys.exit(f"FAIL: {proc.stderr.decode()}")



def expect(proc, want):
    err = proc.stderr.decode(errors="replace")
    if want not in err:
        sys.exit(f"FAIL: stderr lacks {want!r}:\n{err}")


def names():
    """Output names import cannot read back are refused; errors name the
    file that holds their sheet; a file that cannot be read does not hide
    the errors of the others; the count is the library's total."""
    for output, want in (("x-bewijs.csv", "would read this file as sheet bewijs"),
                         ("-", "-o -: a workbook is written to files"),
                         ("out.txt", "out.txt: a CSV workbook's first file must end in .csv")):
        expect(run("template", "--previous", DEMO, "-o", os.path.join(WORK, "n", output)
                   if output != "-" else output, code=2), want)
    base = os.path.join(WORK, "names")
    run("template", "--previous", DEMO, "-o", base + ".csv")
    org = base + "-Organisatie.csv"
    with open(org, encoding="utf-8-sig", newline="") as f:
        lines = [l for l in f.read().split("\r\n") if not l.startswith(("catalogus", "versie"))]
    with open(org, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines))
    expect(run("import", base + ".csv", org, code=1),
           f"bigscore: {org}: the workbook names no catalogue")
    bad1, bad2 = base + "-Bewijs.csv", base + "-Acties.csv"
    for path in (bad1, bad2):
        with open(path, "ab") as f:
            f.write(b"5.01.01;caf\xe9\r\n")
    proc = run("import", base + ".csv", bad1, bad2, "--builtin", "bio2-1.2", code=1)
    expect(proc, bad1 + ": row")
    expect(proc, bad2 + ": row")
    # 1200 errors: 1000 listed, the summary, and the total.
    with open(base + ".csv", encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    lines[1:1] = [lines[1]] * 1200
    with open(base + ".csv", "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines))
    proc = run("import", base + ".csv", "--builtin", "bio2-1.2", code=1)
    expect(proc, "1201 errors in the workbook: nothing written")
    expect(proc, "201 more errors, not listed (the first 1000 are)")


BIGSCORE, DEMO, WORK = sys.argv[1:4]
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
for form in ("csv", "csv-comma"):
    for lang in ("nl", "en"):
        round_trip(form, lang)
said = xlsx()
errors()
names()
print(f"check-workbook: 4 CSV round trips to the same report, {said}; errors listed")
