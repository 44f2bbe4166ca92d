#!/usr/bin/env python3
"""Generate libbig's built-in catalogues and mappings from the reference facts.

Reads the CSV files in the reference folder (ids, short names, tags and
mappings only) and writes three `libbig.catalogue` documents and one
`libbig.mapping` document:

    bio2-1.2.json     BIO2 1.2, on ISO/IEC 27002:2022 (themes, controls, measures)
    bio-1.04.json     BIO 1.04, on ISO/IEC 27002:2013 (chapters, objectives, controls)
    big-2013.json     BIG 2013, on ISO/IEC 27002:2005 (chapters, objectives, controls)
    bio-to-bio2.json  ISO/IEC 27002:2013 -> 2022 (BIO 1.04 -> BIO2 1.2)

Doubtful facts are kept as the reference gives them, with a warning on
stderr and a remark in the document's `note`.

The output is reproducible: nodes in numeric id order, fixed key order,
2-space indentation, UTF-8 without escapes, a trailing newline.

Usage:
    generate.py [--reference DIR] [--out DIR] [--check]

With --check the documents are generated into a temporary folder and compared
with those in --out; the script exits 1 with a diff when they differ. When the
reference folder does not exist the script exits 77 (meson's "skipped").

Python 3 standard library only.

SPDX-License-Identifier: MIT
"""

import argparse
import csv
import difflib
import json
import os
import re
import sys
import tempfile

EXIT_SKIP = 77

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REFERENCE = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "reference"))

# The only categories BIO2 defines, in their canonical order.

MEASURE_ID = re.compile(r"^(\d+)\.(\d{2})\.(\d{2})$")
NUMERIC_ID = re.compile(r"^\d+(\.\d+)*$")


class FactError(Exception):
    """The reference facts are not what this script expects."""


def fail(message):
    raise FactError(message)


def id_key(node_id):
    """Sort key for dotted numeric ids: "5.10" after "5.9"."""
    return tuple(int(part) for part in node_id.split("."))


def parent_id(node_id):
    return node_id.rsplit(".", 1)[0]


def read_csv(reference, name, columns):
    """Read NAME from the reference folder; check its header; strip cells."""
    path = os.path.join(reference, name)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f, strict=True)
            header = next(reader, None)
            if header != list(columns):
                fail("%s: header is %r, expected %r" % (name, header, list(columns)))
            rows = []
            for lineno, row in enumerate(reader, start=2):
                if not row:
                    continue
                if len(row) != len(columns):
                    fail("%s:%d: %d fields, expected %d"
                         % (name, lineno, len(row), len(columns)))
                cells = [cell.strip() for cell in row]
                for column, cell, raw in zip(columns, cells, row):
                    if cell != raw:
                        fail("%s:%d: %s has surrounding white space: %r"
                             % (name, lineno, column, raw))
                rows.append((lineno, dict(zip(columns, cells))))
            return rows
    except OSError as e:
        fail("%s: %s" % (path, e.strerror))
    except csv.Error as e:
        fail("%s: %s" % (path, e))


def require_id(name, lineno, column, value):
    if not NUMERIC_ID.match(value):
        fail("%s:%d: %s %r is not a dotted number" % (name, lineno, column, value))


def require_name(name, lineno, column, value):
    if not value:
        fail("%s:%d: %s is empty" % (name, lineno, column))


def same_name(seen, name, lineno, what, node_id, title):
    """Record TITLE for NODE_ID; a level repeated on many rows must agree."""
    old = seen.setdefault(node_id, title)
    if old != title:
        fail("%s:%d: %s %s is named %r here and %r before"
             % (name, lineno, what, node_id, title, old))


def check_counts(label, got, expected):
    if got != expected:
        fail("%s: counts %r, expected %r" % (label, got, expected))


def document(meta, nodes, after=None):
    doc = {"format": "libbig.catalogue", "format_version": 1}
    doc.update(meta)
    doc["nodes"] = nodes
    doc.update(after or {})
    return doc


# The BIO2 categories of overheidsmaatregelen, in priority order for gap
# lists (basishygiëne first), with their labels.
BIO2_CATEGORIES = (
    ("basishygiene", "Basishygiëne"),
    ("ketenhygiene", "Ketenhygiëne"),
    ("overheidsrisico", "Overheidsrisico"),
)


BIO2_TAGS = tuple(tag for tag, _ in BIO2_CATEGORIES)


def bio2_profiles():
    """One profile per category (the categories are independent), one for all
    overheidsmaatregelen and one for everything, including the controls
    without measures that are applied on the basis of risk."""
    priority = [tag for tag, _ in BIO2_CATEGORIES]
    profiles = [{"id": tag, "title": label, "tags": [tag]} for tag, label in BIO2_CATEGORIES]
    profiles.append({"id": "overheidsmaatregelen", "title": "Alle overheidsmaatregelen",
                     "tags": priority, "priority": priority})
    profiles.append({"id": "alles", "title": "Alle maatregelen en risicogebaseerde controls",
                     "all": True, "priority": priority})
    return profiles


# --- ISO/IEC 27002 three-level catalogues (BIO 1.04, BIG 2013) -------------

THREE_LEVEL_COLUMNS = ("chapter_id", "chapter_name", "objective_id",
                       "objective_name", "control_id", "control_name")


def three_level_nodes(reference, name, columns, standard, counts):
    """Chapters -> objectives -> controls, from one ISO 27002 controls CSV."""
    rows = read_csv(reference, name, columns)
    chapters = {}
    objectives = {}
    controls = {}
    for lineno, row in rows:
        for column in ("chapter_id", "objective_id", "control_id"):
            require_id(name, lineno, column, row[column])
        for column in ("chapter_name", "objective_name", "control_name"):
            require_name(name, lineno, column, row[column])
        ch, ob, co = row["chapter_id"], row["objective_id"], row["control_id"]
        if ch.count(".") != 0 or ob.count(".") != 1 or co.count(".") != 2:
            fail("%s:%d: ids %s / %s / %s do not have 1, 2 and 3 parts"
                 % (name, lineno, ch, ob, co))
        if parent_id(ob) != ch or parent_id(co) != ob:
            fail("%s:%d: control %s is not under objective %s of chapter %s"
                 % (name, lineno, co, ob, ch))
        if co in controls:
            fail("%s:%d: control %s appears twice" % (name, lineno, co))
        same_name(chapters, name, lineno, "chapter", ch, row["chapter_name"])
        same_name(objectives, name, lineno, "objective", ob, row["objective_name"])
        controls[co] = row["control_name"]

    check_counts(name, (len(chapters), len(objectives), len(controls)), counts)

    nodes = []
    for ch in sorted(chapters, key=id_key):
        ch_children = []
        for ob in sorted((o for o in objectives if parent_id(o) == ch), key=id_key):
            ob_children = []
            for co in sorted((c for c in controls if parent_id(c) == ob), key=id_key):
                ob_children.append({
                    "id": co,
                    "kind": "control",
                    "title": controls[co],
                    "refs": ["%s %s" % (standard, co)],
                })
            ch_children.append({
                "id": ob,
                "kind": "objective",
                "title": objectives[ob],
                "children": ob_children,
            })
        nodes.append({
            "id": ch,
            "kind": "chapter",
            "title": chapters[ch],
            "children": ch_children,
        })
    return nodes


def bio_104(reference):
    nodes = three_level_nodes(
        reference, "iso27002-2013-controls.csv", THREE_LEVEL_COLUMNS,
        "ISO/IEC 27002:2013", (14, 35, 114))
    return document({
        "id": "bio",
        "version": "1.04",
        "title": "Baseline Informatiebeveiliging Overheid",
        "language": "nl",
        "based_on": "ISO/IEC 27002:2013",
    }, nodes)


def big_2013(reference):
    nodes = three_level_nodes(
        reference, "iso27002-2005-controls.csv", THREE_LEVEL_COLUMNS + ("sources",),
        "ISO/IEC 27002:2005", (11, 39, 133))
    return document({
        "id": "big",
        "version": "2013",
        "title": "Baseline Informatiebeveiliging Gemeenten",
        "language": "nl",
        "based_on": "ISO/IEC 27002:2005",
    }, nodes)


# --- BIO2 1.2 -------------------------------------------------------------

def bio2_12(reference):
    name = "iso27002-2022-controls.csv"
    rows = read_csv(reference, name,
                    ("theme_id", "theme_name", "control_id", "control_name"))
    themes = {}
    controls = {}
    for lineno, row in rows:
        require_id(name, lineno, "theme_id", row["theme_id"])
        require_id(name, lineno, "control_id", row["control_id"])
        require_name(name, lineno, "theme_name", row["theme_name"])
        require_name(name, lineno, "control_name", row["control_name"])
        th, co = row["theme_id"], row["control_id"]
        if th.count(".") != 0 or co.count(".") != 1 or parent_id(co) != th:
            fail("%s:%d: control %s is not under theme %s" % (name, lineno, co, th))
        if co in controls:
            fail("%s:%d: control %s appears twice" % (name, lineno, co))
        same_name(themes, name, lineno, "theme", th, row["theme_name"])
        controls[co] = row["control_name"]

    mname = "bio2-1.2-measures.csv"
    mrows = read_csv(reference, mname, ("measure_id", "control_id", "categories"))
    measures = {}
    for lineno, row in mrows:
        mid, co = row["measure_id"], row["control_id"]
        m = MEASURE_ID.match(mid)
        if not m:
            fail("%s:%d: measure id %r is not like 5.01.01" % (mname, lineno, mid))
        if "%d.%d" % (int(m.group(1)), int(m.group(2))) != co:
            fail("%s:%d: measure %s does not belong to control %s"
                 % (mname, lineno, mid, co))
        if co not in controls:
            fail("%s:%d: measure %s refers to unknown control %s"
                 % (mname, lineno, mid, co))
        if mid in measures:
            fail("%s:%d: measure %s appears twice" % (mname, lineno, mid))
        tags = row["categories"].split("|") if row["categories"] else []
        if not tags:
            fail("%s:%d: measure %s has no category" % (mname, lineno, mid))
        for tag in tags:
            if tag not in BIO2_TAGS:
                fail("%s:%d: measure %s has undefined category %r"
                     % (mname, lineno, mid, tag))
        if len(set(tags)) != len(tags):
            fail("%s:%d: measure %s repeats a category" % (mname, lineno, mid))
        measures[mid] = (co, tags)

    check_counts(name + " + " + mname,
                 (len(themes), len(controls), len(measures)), (4, 93, 120))
    per_theme = tuple(sum(1 for c in controls if parent_id(c) == th)
                      for th in sorted(themes, key=id_key))
    check_counts(name + " per theme", per_theme, (37, 8, 14, 34))

    nodes = []
    for th in sorted(themes, key=id_key):
        th_children = []
        for co in sorted((c for c in controls if parent_id(c) == th), key=id_key):
            control = {
                "id": co,
                "kind": "control",
                "title": controls[co],
                "refs": ["ISO/IEC 27002:2022 %s" % co],
            }
            children = []
            for mid in sorted((k for k, v in measures.items() if v[0] == co), key=id_key):
                children.append({
                    "id": mid,
                    "kind": "measure",
                    "title": "Overheidsmaatregel %s" % mid,
                    "mandatory": True,
                    "tags": list(measures[mid][1]),
                })
            # A control without measures stays a leaf: assessable by the
            # default rule (applied on the basis of risk).
            if children:
                control["children"] = children
            th_children.append(control)
        nodes.append({
            "id": th,
            "kind": "theme",
            "title": themes[th],
            "children": th_children,
        })
    return document({
        "id": "bio2",
        "version": "1.2",
        "title": "Baseline Informatiebeveiliging Overheid 2",
        "language": "nl",
        "publisher": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "based_on": "ISO/IEC 27002:2022",
        "default_target": 3,
        "tags": [{"id": tag, "label": label} for tag, label in BIO2_CATEGORIES],
    }, nodes, {"profiles": bio2_profiles()})


# --- the 2013 -> 2022 mapping (BIO 1.04 -> BIO2 1.2) ----------------------

RELATIONSHIPS = ("equal", "subset", "superset", "intersect", "not_related")

# Rows the reference README calls a likely upstream error: (source, target
# as given, target probably meant). Kept as given, with a warning.
DOUBTFUL_ROWS = (
    ("13.2.1", "8.14", "5.14"),
    ("13.2.2", "8.14", "5.14"),
    ("13.2.3", "8.14", "5.14"),
)


def warn(message):
    print("generate.py: warning: %s" % message, file=sys.stderr)


def control_names(reference, name, columns):
    return {row["control_id"]: row["control_name"]
            for _, row in read_csv(reference, name, columns)}


def bio_to_bio2(reference):
    name = "mapping-iso27002-2013-to-2022.csv"
    rows = read_csv(reference, name, ("source_id", "target_id", "relationship"))
    old = control_names(reference, "iso27002-2013-controls.csv", THREE_LEVEL_COLUMNS)
    new = control_names(reference, "iso27002-2022-controls.csv",
                        ("theme_id", "theme_name", "control_id", "control_name"))
    entries = []
    pairs = set()
    for lineno, row in rows:
        src, dst, rel = row["source_id"], row["target_id"], row["relationship"]
        if src not in old:
            fail("%s:%d: source %s is not an ISO/IEC 27002:2013 control" % (name, lineno, src))
        if dst not in new:
            fail("%s:%d: target %s is not an ISO/IEC 27002:2022 control" % (name, lineno, dst))
        if rel not in RELATIONSHIPS:
            fail("%s:%d: relationship %r is not one of %s"
                 % (name, lineno, rel, ", ".join(RELATIONSHIPS)))
        if (src, dst) in pairs:
            fail("%s:%d: %s -> %s appears twice" % (name, lineno, src, dst))
        pairs.add((src, dst))
        entries.append({"source": src, "target": dst, "relationship": rel})

    mapped = {src for src, _ in pairs}
    unmapped = sorted((c for c in old if c not in mapped), key=id_key)
    check_counts(name, (len(entries), len(unmapped)), (105, 9))

    doubtful = [(src, dst, meant) for src, dst, meant in DOUBTFUL_ROWS if (src, dst) in pairs]
    for src, dst, meant in doubtful:
        warn("%s: %s -> %s kept as the reference gives it, but it looks like an upstream "
             "error: %s %r has nothing to do with %s %r; %s %r is probably meant"
             % (name, src, dst, src, old[src], dst, new[dst], meant, new[meant]))
    note = ("Generated from the reference facts (%s): ISO/IEC 27002:2013 Annex A "
            "controls to ISO/IEC 27002:2022 controls. The reference gives no mapping "
            "for the %d controls listed in 'unmapped'; a migration must list them "
            "rather than guess." % (name, len(unmapped)))
    if doubtful:
        meant = sorted({m for _, _, m in doubtful}, key=id_key)
        note += (" The entries %s -> %s are kept as the reference gives them, but look "
                 "like an upstream error (%s is probably meant): review results migrated "
                 "along them."
                 % (", ".join(src for src, _, _ in doubtful),
                    ", ".join(sorted({d for _, d, _ in doubtful}, key=id_key)),
                    ", ".join(meant)))
    return {
        "format": "libbig.mapping",
        "format_version": 1,
        "id": "bio-to-bio2",
        "title": "BIO 1.04 (ISO/IEC 27002:2013) to BIO2 1.2 (ISO/IEC 27002:2022)",
        "source": {"id": "bio", "version": "1.04"},
        "target": {"id": "bio2", "version": "1.2"},
        "note": note,
        "entries": entries,
        "unmapped": unmapped,
    }


# --- output ---------------------------------------------------------------

CATALOGUES = (
    ("bio2-1.2.json", bio2_12),
    ("bio-1.04.json", bio_104),
    ("big-2013.json", big_2013),
)

MAPPINGS = (
    ("bio-to-bio2.json", bio_to_bio2),
)


def check_unique_ids(filename, doc):
    seen = set()
    stack = list(doc["nodes"])
    while stack:
        node = stack.pop()
        if node["id"] in seen:
            fail("%s: node id %s is used twice" % (filename, node["id"]))
        seen.add(node["id"])
        stack.extend(node.get("children", ()))


def render(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def generate(reference, out):
    """Write every catalogue and mapping into OUT; return the list of file names."""
    texts = []
    for filename, build in CATALOGUES:
        doc = build(reference)
        check_unique_ids(filename, doc)
        texts.append((filename, render(doc)))
    for filename, build in MAPPINGS:
        texts.append((filename, render(build(reference))))
    # Only write when every document was built, so a failure leaves no
    # half-updated set behind.
    os.makedirs(out, exist_ok=True)
    for filename, text in texts:
        path = os.path.join(out, filename)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    return [filename for filename, _ in texts]


def read_text(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except OSError:
        return None
    except UnicodeDecodeError:
        return "(not valid UTF-8)\n"


def check(reference, out):
    """Compare freshly generated catalogues with those in OUT; return 0 or 1."""
    differ = []
    with tempfile.TemporaryDirectory(prefix="libbig-catalogues-") as tmp:
        for filename in generate(reference, tmp):
            fresh = read_text(os.path.join(tmp, filename))
            committed_path = os.path.join(out, filename)
            committed = read_text(committed_path)
            if committed is None:
                differ.append(filename)
                print("%s: missing" % committed_path, file=sys.stderr)
                continue
            if committed == fresh:
                continue
            differ.append(filename)
            diff = difflib.unified_diff(
                committed.splitlines(keepends=True), fresh.splitlines(keepends=True),
                fromfile="committed/" + filename, tofile="generated/" + filename)
            lines = list(diff)
            limit = 200
            sys.stderr.writelines(lines[:limit])
            if lines and not lines[-1].endswith("\n"):
                sys.stderr.write("\n")
            if len(lines) > limit:
                print("... (%d more diff lines)" % (len(lines) - limit), file=sys.stderr)
            if not lines:
                print("%s: differs (line endings or trailing bytes)" % committed_path,
                      file=sys.stderr)
    if differ:
        print("generate.py --check: %s differ%s from what the reference facts give; "
              "run %s to regenerate"
              % (", ".join(differ), "s" if len(differ) == 1 else "",
                 os.path.abspath(__file__)),
              file=sys.stderr)
        return 1
    print("generate.py --check: %d catalogues and %d mapping%s are up to date"
          % (len(CATALOGUES), len(MAPPINGS), "" if len(MAPPINGS) == 1 else "s"))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Generate libbig's built-in catalogues and mappings from the "
                    "reference CSVs.")
    parser.add_argument("--reference", metavar="DIR", default=DEFAULT_REFERENCE,
                        help="folder with the reference CSV files (default: %(default)s)")
    parser.add_argument("--out", metavar="DIR", default=HERE,
                        help="folder for the JSON files (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the files in --out are not "
                             "what would be generated")
    args = parser.parse_args(argv)

    if not os.path.isdir(args.reference):
        print("generate.py: reference folder %s does not exist; skipped"
              % args.reference, file=sys.stderr)
        return EXIT_SKIP
    try:
        if args.check:
            return check(args.reference, args.out)
        for filename in generate(args.reference, args.out):
            print("wrote %s" % os.path.join(args.out, filename))
        return 0
    except FactError as e:
        print("generate.py: error: %s" % e, file=sys.stderr)
        return 1
    except OSError as e:
        print("generate.py: error: %s: %s" % (e.filename, e.strerror), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
