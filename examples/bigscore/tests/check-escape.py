#!/usr/bin/env python3
"""Control characters from documents never reach the terminal raw (issue 17).

Usage: check-escape.py BIGSCORE WORKDIR

Writes a catalogue, two assessments, a mapping and a collaboration whose
every string field (ids, versions, titles, titles per language, kinds, tags,
profiles, periods, explanations, owners, evidence, improvement actions,
organisation names and attribute names, notes) holds a newline, a carriage return, a tab, an ANSI escape
(ESC [31m), DEL and a C1 control (U+0085), loads them leniently with every
text-printing subcommand, and checks that standard output and standard error
hold no control byte but the newline at the end of a line, that the escapes
(\\n, \\x1b, \\xc2\\x85) appear instead, and that every table keeps its number
of lines. The HTML report holds no C0 (but white space), DEL or C1 either
(docs/cli.md, "Conventions": what bigscore prints from documents).
"""

import json
import os
import re
import shutil
import subprocess
import sys

EVIL = "\n\r\t\u001b[31m\u007f\u0085\u202e\u2028"
# Any control byte but the newline, DEL, C1 in UTF-8, and the characters
# that reorder a line or break it (U+061C, U+200E, U+200F, U+2028-U+202E,
# U+2066-U+2069).
BAD = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xd8\x9c"
                 rb"|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def evil(s):
    return s + EVIL + "end"


def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def documents(work):
    cat_id, cat_version = evil("esc"), evil("1")
    catalogue = {
        "format": "libbig.catalogue",
        "format_version": 1,
        "id": cat_id,
        "version": cat_version,
        "title": evil("Catalogue"),
        "language": "en",
        "publisher": evil("Publisher"),
        "tags": [{"id": evil("t1"), "label": evil("Tag")}],
        "profiles": [{"id": "p1", "title": evil("Profile"), "tags": [evil("t1")]}],
        "nodes": [
            {
                "id": evil("A"),
                "kind": evil("chapter"),
                "title": evil("Chapter A"),
                "titles": {"en": evil("English A")},
                "text": evil("Text"),
                "children": [
                    {"id": evil("A.1"), "kind": "requirement", "title": evil("Req A.1"),
                     "tags": [evil("t1")]},
                    {"id": "A.2", "kind": "requirement", "title": evil("Req A.2")},
                ],
            },
            {
                "id": "B",
                "kind": "chapter",
                "title": evil("Chapter B"),
                "children": [
                    {"id": "B.1", "kind": "requirement", "title": evil("Req B.1"),
                     "mandatory": True},
                ],
            },
        ],
    }
    ref = {"id": cat_id, "version": cat_version}

    def assessment(org, status, org_id=None):
        return {
            "format": "libbig.assessment",
            "format_version": 1,
            "catalogue": ref,
            "organisation": {"id": org_id or org, "name": evil("Gemeente " + org), "kind": "gemeente",
                             "attributes": {evil("inhabitants"): 1000}},
            "period": evil("2025"),
            "assessed_on": "2025-10-01",
            "results": {
                evil("A.1"): {"status": status, "maturity": 1,
                              "evidence": [evil("Evidence")], "owner": evil("Owner"),
                              "actions": [{"description": evil("Action"),
                                           "owner": evil("Actor"), "status": "planned"}]},
                "A.2": {"status": "risk_accepted", "explanation": evil("Explanation"),
                        "owner": evil("Owner"), "expires": "2099-12-31"},
                "B.1": {"status": "not_applicable", "explanation": evil("Not here"),
                        "expires": "2099-12-31"},
            },
        }

    mapping = {
        "format": "libbig.mapping",
        "format_version": 1,
        "id": evil("esc-to-esc"),
        "title": evil("Mapping"),
        "note": evil("Note"),
        "source": ref,
        "target": ref,
        "entries": [{"source": "A.2", "target": "A.2", "relationship": "equal"}],
    }
    collab = {
        "format": "libbig.collaboration",
        "format_version": 1,
        "id": evil("SV0001"),
        "name": evil("Samenwerking"),
        "kind": evil("sociale_dienst"),
        "catalogue": ref,
        "members": [{"id": "GM0001"}, {"id": "GM0002"}],
        "delegated": ["B"],
        "policy": "collaboration",
    }
    members = os.path.join(work, "members")
    os.makedirs(members)
    paths = {
        "cat": os.path.join(work, "catalogue.json"),
        "a1": os.path.join(members, "GM0001.json"),
        "a2": os.path.join(members, "GM0002.json"),
        "map": os.path.join(work, "mapping.json"),
        "collab": os.path.join(work, "SV0001.json"),
        "members": members,
        "html": os.path.join(work, "report.html"),
    }
    write(paths["cat"], catalogue)
    write(paths["a1"], assessment("GM0001", "partially_implemented"))
    write(paths["a2"], assessment("GM0002", "implemented"))
    # An organisation id cannot name a member's file: one of its own.
    paths["odd"] = os.path.join(work, "odd.json")
    write(paths["odd"], assessment("GM0003", "implemented", evil("GM0003")))
    write(paths["map"], mapping)
    write(paths["collab"], collab)
    return paths


# The line under a gap's row with its owner and next action (docs/cli.md,
# "gap"): part of the row, not a row of its own.
PLAN = re.compile(r"^ +(Owner|Next action|No open action)\b")


def table_lines(text, head):
    """The rows of the table whose header line matches head: up to a blank
    line or the legend in parentheses (a gap's plan line not counted)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if re.search(head, line):
            out = []
            for rest in lines[i + 1:]:
                if not rest.strip() or rest.startswith("("):
                    break
                if not PLAN.match(rest):
                    out.append(rest)
            return out
    return None


def main():
    exe, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    p = documents(work)
    cat = ["--catalogue", p["cat"]]
    # name: (argv, {table header regex: rows or (rows or None for any,
    # right-aligned column)},
    # regex expected on stdout[, exit status, regex expected on stderr]).
    esc = r"\\n\\r\\t\\x1b\[31m\\x7f\\xc2\\x85\\u202e\\u2028end"
    # where a table cuts the title (at most 40 columns): its start
    cut = r"\\n\\r\\t\\x1b\[31m\\x7f\\xc2\\x85"
    node_rows = {"^Id +Title +Implem\\.": (2, "Implem.")}
    commands = {
        "validate": (["validate", *cat, p["a1"], p["map"], p["collab"], p["cat"]], {},
                     r"OK \(catalogue esc" + esc + " 1" + esc),
        "validate-members": (["validate", *cat, p["members"], p["odd"]], {},
                             r"GM0002\.json: OK \(assessment of GM0002 for 2025" + esc),
        "score-odd": (["score", *cat, p["odd"]], node_rows, "GM0003" + esc),
        "gap-odd": (["gap", *cat, p["odd"]], {}, "Gaps of GM0003" + esc),
        "score": (["score", *cat, p["a1"]],
                  {**node_rows, "^Rank +Id": (1, "Rank"), "^Id +Status +Expires": 2},
                  "Gemeente GM0001" + esc),
        "score-profile": (["score", *cat, "--profile", "p1", p["a1"]],
                          {"^Id +Title +Implem\\.": (1, "Implem.")},
                          "Profile" + esc),
        "score-english": (["score", *cat, "--lang", "en", p["a1"]], node_rows,
                          "English A" + cut),
        "gap": (["gap", *cat, p["a1"]], {"^Rank +Id": (1, "Rank")}, r"A\.1" + esc),
        "compare": (["compare", *cat, p["a1"], p["a2"]],
                    {"^Id +Title +Before": (2, "Before"), "^Id +Before +After": (1, "Contribution")}, "Req A.1" + cut),
        "aggregate": (["aggregate", *cat, p["members"]],
                      {"^Member +Name": (2, "Implem."), "^Id +Title +Implem": (2, "Implem.")}, "Chapter A" + cut),
        "aggregate-collaboration": (
            ["aggregate", *cat, "--collaboration", p["collab"], p["members"]],
            {"^Member +Name": (2, "Implem."), "^Id +Title +Implem": (2, "Implem.")}, "Samenwerking" + esc),
        "distribution": (
            ["aggregate", "--distribution", "--k", "1", "--organisation", "GM0001", *cat,
             p["members"]],
            {"^Overall +n": (3, "Min"), "^Id +n +Min": (2, "n")}, "Chapter A" + cut),
        # standard output is the migrated assessment, JSON written by libbig
        "migrate": (["migrate", "--mapping", p["map"], *cat, p["a1"]], {}, None),
        "report": (["report", *cat, "--peers", p["members"], "--collaboration", p["collab"],
                    "-o", p["html"], p["a1"]], {}, None),
        # the built-in catalogues and mappings: as many rows as there are
        "catalogues": (["catalogues"],
                       {"^Name +Also +Id": (None, "Nodes"), "^Mapping +From": (None, "Entries")},
                       None),
        "progress": (["aggregate", "--progress", *cat, p["members"]], {}, None),
        # bigscore's own errors quote documents too (exit 2, on stderr)
        "error": (["validate", p["a1"]], {}, None, 2,
                  "no built-in catalogue is esc" + esc + " 1" + esc),
    }
    failed = []
    for name, (argv, tables, expect, *error) in commands.items():
        status, expect_err = error if error else (0, None)
        r = subprocess.run([exe, *argv], capture_output=True, timeout=60)
        problems = []
        if r.returncode != status:
            problems.append("exit %d, expected %d" % (r.returncode, status))
        if expect_err and not re.search(expect_err, r.stderr.decode("utf-8", "replace")):
            problems.append("stderr lacks %r" % expect_err)
        streams = [("stderr", r.stderr)]
        if name != "migrate":
            streams.append(("stdout", r.stdout))
        for stream, data in streams:
            m = BAD.search(data)
            if m:
                at = m.start()
                problems.append("%s holds a raw control byte %r at %d: %r" % (
                    stream, m.group(0), at, data[max(0, at - 30):at + 10]))
        out = r.stdout.decode("utf-8", "replace")
        if expect and not re.search(expect, out):
            problems.append("stdout lacks %r" % expect)
        for head, rows in tables.items():
            rows, column = rows if isinstance(rows, tuple) else (rows, None)
            got = table_lines(out, head)
            if got is None or not got or (rows is not None and len(got) != rows):
                problems.append("table %r: %s rows, expected %s" % (
                    head, None if got is None else len(got), rows or "some"))
            elif column:
                # Each row ends a value where the header ends the column's name.
                header = next(line for line in out.split("\n") if re.search(head, line))
                end = re.search(r"(?<!\S)" + re.escape(column) + r"(?!\S)", header).end()
                for row in got:
                    if len(row) < end or row[end - 1] == " " or row[end:end + 1] not in ("", " "):
                        problems.append("table %r: %r not aligned under %r" % (head, row, column))
        if name.startswith("report"):
            html = p["html"]
            if os.path.exists(html):
                data = open(html, "rb").read()
                m = re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]", data)
                if m:
                    problems.append("the HTML holds a control byte %r" % m.group(0))
            else:
                problems.append("no HTML written")
        if problems:
            failed.append(name)
            print("FAIL %s: %s" % (name, " ".join(argv)))
            for pr in problems:
                print("  " + pr)
            print("  stdout: " + r.stdout.decode("utf-8", "replace")[:1500].replace("\n", "\n    "))
            print("  stderr: " + r.stderr.decode("utf-8", "replace")[:1500].replace("\n", "\n    "))
        else:
            print("ok   %s" % name)
    if failed:
        print("failed: " + " ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
