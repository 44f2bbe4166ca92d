#!/usr/bin/env python3
"""Generate libbig's built-in catalogues and mappings from the reference facts.

Reads the CSV files in the reference folder (ids, short names, tags and
mappings only) and the facts kept in this repository (facts/, see its
README.md), and writes four `libbig.catalogue` documents and two
`libbig.mapping` documents:

    bio2-1.2.json         BIO2 1.2, on ISO/IEC 27002:2022 (themes, controls, measures)
    bio2-1.3.json         BIO2 1.3, on ISO/IEC 27002:2022 (themes, controls, measures)
    bio-1.04.json         BIO 1.04, on ISO/IEC 27002:2013 (chapters, objectives, controls)
    big-2013.json         BIG 2013, on ISO/IEC 27002:2005 (chapters, objectives, controls)
    bio-to-bio2.json      ISO/IEC 27002:2013 -> 2022 (BIO 1.04 -> BIO2 1.2)
    bio2-1.2-to-1.3.json  BIO2 1.2 -> BIO2 1.3

Doubtful or contradictory facts are kept as the reference gives them, with a
warning on stderr and a remark in the mapping's `note`; the script never
settles a contradiction by guessing.

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
FACTS = os.path.join(HERE, "facts")

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
    """Read NAME from the folder REFERENCE; check its header and cells."""
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
# The profiles' titles in English (the project's own words).
BIO2_PROFILE_TITLES_EN = {
    "basishygiene": "Basic hygiene",
    "ketenhygiene": "Supply-chain hygiene",
    "overheidsrisico": "Government risk",
    "overheidsmaatregelen": "All government measures",
    "alles": "All measures and the risk-based controls",
}


def profile(pid, title, **rest):
    """A BIO2 profile with its Dutch title and its English one."""
    return {"id": pid, "title": title, "titles": {"en": BIO2_PROFILE_TITLES_EN[pid]}, **rest}


BIO2_TAGS = tuple(tag for tag, _ in BIO2_CATEGORIES)


def bio2_profiles():
    """One profile per category (the categories are independent), one for all
    overheidsmaatregelen and one for everything, including the controls
    without measures that are applied on the basis of risk."""
    priority = [tag for tag, _ in BIO2_CATEGORIES]
    profiles = [profile(tag, label, tags=[tag]) for tag, label in BIO2_CATEGORIES]
    profiles.append(profile("overheidsmaatregelen", "Alle overheidsmaatregelen",
                            tags=priority, priority=priority))
    profiles.append(profile("alles", "Alle maatregelen en de risicogebaseerde beheersmaatregelen",
                            all=True, priority=priority))
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


# --- BIO2: the ISO/IEC 27002:2022 structure ---------------------------------

ISO2022_COLUMNS = ("theme_id", "theme_name", "control_id", "control_name")


def iso2022_structure(reference):
    """The themes and controls of ISO/IEC 27002:2022: two dicts id -> name."""
    name = "iso27002-2022-controls.csv"
    rows = read_csv(reference, name, ISO2022_COLUMNS)
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

    check_counts(name, (len(themes), len(controls)), (4, 93))
    per_theme = tuple(sum(1 for c in controls if parent_id(c) == th)
                      for th in sorted(themes, key=id_key))
    check_counts(name + " per theme", per_theme, (37, 8, 14, 34))
    return themes, controls


def measure_control(name, lineno, mid, co, controls):
    """Check that measure MID (5.01.01) belongs to control CO (5.1), a known one."""
    m = MEASURE_ID.match(mid)
    if not m:
        fail("%s:%d: measure id %r is not like 5.01.01" % (name, lineno, mid))
    if "%d.%d" % (int(m.group(1)), int(m.group(2))) != co:
        fail("%s:%d: measure %s does not belong to control %s" % (name, lineno, mid, co))
    if co not in controls:
        fail("%s:%d: measure %s refers to unknown control %s" % (name, lineno, mid, co))


TITLES_CSV = "bio2-titles.csv"
TITLES_COLUMNS = ("catalogue_version", "kind", "id", "title_nl", "title_en")


def bio2_titles(facts, version, themes, controls):
    """The titles of the BIO2 catalogue of VERSION from facts/bio2-titles.csv:
    id -> (Dutch, English), for the themes and controls (rows of version
    "*") and the headings of VERSION. The English names of the themes and
    controls must be the ISO names of the reference."""
    titles = {}
    for lineno, row in read_csv(facts, TITLES_CSV, TITLES_COLUMNS):
        if row["catalogue_version"] not in ("*", version):
            continue
        nid = row["id"]
        for column in ("title_nl", "title_en"):
            require_name(TITLES_CSV, lineno, column, row[column])
        if nid in titles:
            fail("%s:%d: %s %s has two titles in %s"
                 % (TITLES_CSV, lineno, row["kind"], nid, version))
        iso = themes.get(nid) if row["kind"] == "theme" else controls.get(nid)
        if row["kind"] != "measure" and iso != row["title_en"]:
            fail("%s:%d: the English title of %s %s is %r, the ISO name %r"
                 % (TITLES_CSV, lineno, row["kind"], nid, row["title_en"], iso))
        titles[nid] = (row["title_nl"], row["title_en"])
    return titles


def titled(node, titles):
    """NODE (id and kind set) with its Dutch title as the default `title`
    (the catalogue's language) and its English one in `titles`."""
    if node["id"] not in titles:
        fail("%s: no title for %s %s" % (TITLES_CSV, node["kind"], node["id"]))
    nl, en = titles[node["id"]]
    node["title"] = nl
    node["titles"] = {"en": en}
    return node


def bio2_nodes(themes, controls, measures, titles):
    """Themes -> controls -> measures, titled from TITLES (bio2_titles()).
    MEASURES maps a measure id to its control and its node (without
    children)."""
    nodes = []
    for th in sorted(themes, key=id_key):
        th_children = []
        for co in sorted((c for c in controls if parent_id(c) == th), key=id_key):
            control = titled({"id": co, "kind": "control"}, titles)
            control["refs"] = ["ISO/IEC 27002:2022 %s" % co]
            children = [measures[mid][1] for mid in
                        sorted((k for k, v in measures.items() if v[0] == co), key=id_key)]
            # A control without measures stays a leaf: assessable by the
            # default rule (applied on the basis of risk).
            if children:
                control["children"] = children
            th_children.append(control)
        theme = titled({"id": th, "kind": "theme"}, titles)
        theme["children"] = th_children
        nodes.append(theme)
    return nodes


def bio2_meta(version, tags):
    """The metadata of the BIO2 catalogue of VERSION, declaring TAGS."""
    return {
        "id": "bio2",
        "version": version,
        "title": "Baseline Informatiebeveiliging Overheid 2",
        "language": "nl",
        "publisher": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "based_on": "ISO/IEC 27002:2022",
        "default_target": 3,
        "tags": tags,
    }


def requirements(controls, measures):
    """The requirements of a BIO2 catalogue: its measures, and the controls
    without measures (applied on the basis of risk)."""
    with_measures = {v[0] for v in measures.values()}
    return set(measures) | {c for c in controls if c not in with_measures}


# --- BIO2 1.2 -------------------------------------------------------------

def bio2_12_measures(reference, controls):
    """The measures of BIO2 1.2: id -> (control, category tags)."""
    mname = "bio2-1.2-measures.csv"
    mrows = read_csv(reference, mname, ("measure_id", "control_id", "categories"))
    measures = {}
    for lineno, row in mrows:
        mid, co = row["measure_id"], row["control_id"]
        measure_control(mname, lineno, mid, co, controls)
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
    check_counts(mname, len(measures), 120)
    return measures


def measure_node(mid, titles, tags):
    """The node of BIO2 measure MID, titled from TITLES, carrying TAGS."""
    node = titled({"id": mid, "kind": "measure"}, titles)
    node["mandatory"] = True
    node["tags"] = list(tags)
    return node


def bio2_12(reference, facts=FACTS):
    themes, controls = iso2022_structure(reference)
    measures = bio2_12_measures(reference, controls)
    titles = bio2_titles(facts, "1.2", themes, controls)
    nodes = bio2_nodes(themes, controls, {
        mid: (co, measure_node(mid, titles, tags)) for mid, (co, tags) in measures.items()},
        titles)
    return document(
        bio2_meta("1.2", [{"id": tag, "label": label} for tag, label in BIO2_CATEGORIES]),
        nodes, {"profiles": bio2_profiles()})


# --- BIO2 1.3 -------------------------------------------------------------

# The statuses of a heading of BIO2 1.3 (bio2-1.3-measures.csv).
BIO2_13_STATUSES = ("geldend", "geen_overheidsmaatregel", "verplaatst", "vervallen")

# 1.3 has no categories: every measure in force carries this one tag, so that
# a profile can select the overheidsmaatregelen apart from the controls
# applied on the basis of risk.
BIO2_13_TAG = ("overheidsmaatregel", "Overheidsmaatregel")

# What the version table of 1.3 says about a measure
# (facts/bio2-1.2-to-1.3.csv; see facts/README.md): the kinds of change, and
# whether each names a target.
CHANGES = {
    "added": False,           # new in 1.3
    "reworded": False,        # same measure, words changed
    "moved": True,            # moved as a whole to the target
    "part_moved": True,       # a part moved to the target
    "part_withdrawn": True,   # a part removed, the target describes it
    "refers": True,           # the measure points to the target
    "withdrawn": None,        # withdrawn; the target, if any, describes it
}
CHANGES_FILE = "bio2-1.2-to-1.3.csv"
CHANGES_COLUMNS = ("measure_id", "change", "target", "part", "source", "note")
CITATION = re.compile(r"^bio2_v13_inleiding\.md:[1-9][0-9]*$")


def bio2_13_headings(reference, controls):
    """The headings of BIO2 1.3: id -> (control, status, moved_to, line)."""
    name = "bio2-1.3-measures.csv"
    rows = read_csv(reference, name, ("measure_id", "control_id", "status", "moved_to"))
    headings = {}
    for lineno, row in rows:
        mid, co, status, moved = (row["measure_id"], row["control_id"], row["status"],
                                  row["moved_to"])
        measure_control(name, lineno, mid, co, controls)
        if mid in headings:
            fail("%s:%d: measure %s appears twice" % (name, lineno, mid))
        if status not in BIO2_13_STATUSES:
            fail("%s:%d: measure %s has unknown status %r" % (name, lineno, mid, status))
        if (status == "verplaatst") != bool(moved):
            fail("%s:%d: measure %s: moved_to is given exactly when the status is "
                 "verplaatst" % (name, lineno, mid))
        if moved and not MEASURE_ID.match(moved):
            fail("%s:%d: moved_to %r is not like 5.01.01" % (name, lineno, moved))
        headings[mid] = (co, status, moved, lineno)
    check_counts(name, tuple(sum(1 for h in headings.values() if h[1] == st)
                             for st in BIO2_13_STATUSES), (117, 39, 6, 4))
    return headings


def cited_lines(reference):
    """The lines of the introduction of BIO2 1.3 that the facts cite, or None
    when the reference folder does not hold it (then citations are not read)."""
    path = os.path.join(reference, "third-party", "bio2_v13_inleiding.md")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def mentions(text, mid):
    """Whether TEXT names measure MID, also with a leading zero ("08.08.06")."""
    a, b, c = mid.split(".")
    return re.search(r"(?<![\d.])0*%s\.%s\.%s(?!\d)" % (a, b, c), text) is not None


def bio2_13_changes(facts, reference=None):
    """The version table of 1.3 as facts: a list of (line, row). With the
    REFERENCE folder at hand, each cited line must exist and name the row's
    measures."""
    rows = read_csv(facts, CHANGES_FILE, CHANGES_COLUMNS)
    lines = cited_lines(reference) if reference else None
    for lineno, row in rows:
        where = "%s:%d" % (CHANGES_FILE, lineno)
        if not MEASURE_ID.match(row["measure_id"]):
            fail("%s: measure id %r is not like 5.01.01" % (where, row["measure_id"]))
        if row["change"] not in CHANGES:
            fail("%s: change %r is not one of %s" % (where, row["change"], ", ".join(CHANGES)))
        wants = CHANGES[row["change"]]
        if row["target"] and not MEASURE_ID.match(row["target"]):
            fail("%s: target %r is not like 5.01.01" % (where, row["target"]))
        if wants is not None and wants != bool(row["target"]):
            fail("%s: a change %s %s a target" % (where, row["change"],
                                                  "needs" if wants else "has no"))
        if row["change"].startswith("part_") != bool(row["part"]):
            fail("%s: part is given exactly for part_moved and part_withdrawn" % where)
        if not CITATION.match(row["source"]):
            fail("%s: source %r does not cite a line of bio2_v13_inleiding.md"
                 % (where, row["source"]))
        require_name(CHANGES_FILE, lineno, "note", row["note"])
        if lines is not None:
            n = int(row["source"].split(":")[1])
            if n > len(lines):
                fail("%s: source %s: bio2_v13_inleiding.md has %d lines"
                     % (where, row["source"], len(lines)))
            for mid in (row["measure_id"], row["target"]):
                if mid and not mentions(lines[n - 1], mid):
                    fail("%s: source %s does not name %s" % (where, row["source"], mid))
    return rows


class Bio2Versions:
    """BIO2 1.2 and 1.3 side by side, with the version table's changes, and
    the warnings about every place where the sources contradict each other."""

    def __init__(self, reference, facts):
        self.themes, self.controls = iso2022_structure(reference)
        self.m12 = bio2_12_measures(reference, self.controls)
        self.headings = bio2_13_headings(reference, self.controls)
        self.changes = bio2_13_changes(facts, reference)
        self.in_force = {mid: h for mid, h in self.headings.items() if h[1] == "geldend"}
        self.r12 = requirements(self.controls, self.m12)
        self.r13 = requirements(self.controls, self.in_force)
        self.warnings = []
        self.conflicts = set()  # measures whose move the sources tell differently
        self.check()

    def say(self, message):
        self.warnings.append(message)

    def of(self, mid, *kinds):
        return [(line, row) for line, row in self.changes
                if row["measure_id"] == mid and row["change"] in kinds]

    def check(self):
        hname = "bio2-1.3-measures.csv"
        for mid in sorted(self.m12, key=id_key):
            if mid not in self.headings:
                self.say("%s: BIO2 1.2 measure %s has no heading in 1.3" % (hname, mid))
        for mid in sorted(self.headings, key=id_key):
            _, status, moved, line = self.headings[mid]
            where = "%s:%d" % (hname, line)
            if status == "verplaatst":
                self.check_move(where, mid, moved)
            if status == "vervallen" and not self.of(mid, "withdrawn"):
                self.say("%s: %s is vervallen, but the version table does not withdraw it"
                         % (where, mid))
            if status == "geldend" and mid not in self.m12 and not self.origin(mid):
                self.say("%s: %s is new in 1.3, but neither the version table nor a move "
                         "brings it" % (where, mid))
        for line, row in self.changes:
            self.check_change("facts/%s:%d" % (CHANGES_FILE, line), row)
        for co in sorted(self.controls, key=id_key):
            none = [m for m, h in self.headings.items()
                    if h[0] == co and h[1] == "geen_overheidsmaatregel"]
            force = sorted((m for m, h in self.in_force.items() if h[0] == co), key=id_key)
            if none and force:
                self.say("%s:%d: control %s: %s says \"geen overheidsmaatregel\" beside "
                         "%s in force; kept: %s is not assessable itself, its measures are"
                         % (hname, self.headings[none[0]][3], co, none[0],
                            " and ".join(force), co))

    def origin(self, mid):
        """Whether a move of the CSV or a change of the version table brings MID."""
        return any(h[2] == mid for h in self.headings.values()) or any(
            (row["change"] == "added" and row["measure_id"] == mid) or
            (row["change"] == "part_moved" and row["target"] == mid)
            for _, row in self.changes)

    def check_move(self, where, mid, moved):
        if mid not in self.m12:
            self.say("%s: %s is verplaatst to %s, but BIO2 1.2 has no %s: nothing to move"
                     % (where, mid, moved, mid))
        if moved not in self.headings:
            self.say("%s: %s is verplaatst to %s, but 1.3 has no heading %s"
                     % (where, mid, moved, moved))
        elif moved not in self.in_force:
            self.say("%s: %s is verplaatst to %s, which is not in force"
                     % (where, mid, moved))
        told = self.of(mid, "moved", "refers")
        if not told:
            self.say("%s: %s is verplaatst to %s, but the version table does not say so"
                     % (where, mid, moved))
        for line, row in told:
            if row["target"] != moved:
                self.conflicts.add(mid)
                self.say("%s: %s is verplaatst to %s (the measure texts), but the version "
                         "table (%s, facts/%s:%d) says %s to %s; kept: %s"
                         % (where, mid, moved, row["source"], CHANGES_FILE, line,
                            "moved" if row["change"] == "moved" else "a reference",
                            row["target"], moved))

    def check_change(self, where, row):
        mid, change, target = row["measure_id"], row["change"], row["target"]
        heading = self.headings.get(mid)
        status = heading[1] if heading else None
        if change == "added" and (status != "geldend" or mid in self.m12):
            self.say("%s: %s is added in 1.3, but it is %s in 1.3 and %sin 1.2"
                     % (where, mid, status, "" if mid in self.m12 else "not "))
        if change in ("part_moved", "part_withdrawn", "reworded") and (
                status != "geldend" or mid not in self.m12):
            self.say("%s: %s is %s in 1.3, so in force in both, but it is %s in 1.3 "
                     "and %sin 1.2" % (where, mid, change, status,
                                       "" if mid in self.m12 else "not "))
        if change == "withdrawn" and status != "vervallen":
            self.say("%s: %s is withdrawn, but its 1.3 heading is %s" % (where, mid, status))
        if change in ("moved", "refers") and status != "verplaatst":
            self.say("%s: %s %s %s in the version table, but its 1.3 heading is %s, "
                     "not verplaatst; kept: the heading"
                     % (where, mid, "is moved to" if change == "moved" else "refers to",
                        target, status))
        if target and change != "refers" and change != "moved" and target not in self.in_force:
            self.say("%s: %s names %s, which is not a measure in force in 1.3"
                     % (where, mid, target))


def bio2_13(reference, facts=FACTS):
    v = bio2_versions(reference, facts)
    titles = bio2_titles(facts, "1.3", v.themes, v.controls)
    nodes = bio2_nodes(v.themes, v.controls, {
        mid: (co, measure_node(mid, titles, [BIO2_13_TAG[0]]))
        for mid, (co, _, _, _) in v.in_force.items()}, titles)
    profiles = [
        profile("overheidsmaatregelen", "Alle overheidsmaatregelen", tags=[BIO2_13_TAG[0]]),
        profile("alles", "Alle maatregelen en de risicogebaseerde beheersmaatregelen", all=True),
    ]
    measures = len(v.in_force)
    with_measures = len({h[0] for h in v.in_force.values()})
    check_counts("BIO2 1.3", (measures, with_measures, len(v.controls) - with_measures,
                              len(v.r13)), (117, 54, 39, 156))
    return document(bio2_meta("1.3", [{"id": BIO2_13_TAG[0], "label": BIO2_13_TAG[1]}]),
                    nodes, {"profiles": profiles})


_VERSIONS = {}


def bio2_versions(reference, facts=FACTS):
    """Bio2Versions of REFERENCE and FACTS, made once; its warnings are
    printed the first time."""
    key = (os.path.abspath(reference), os.path.abspath(facts))
    if key not in _VERSIONS:
        v = Bio2Versions(reference, facts)
        for message in v.warnings:
            warn(message)
        _VERSIONS[key] = v
    return _VERSIONS[key]


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


def mapping_document(mapping_id, title, source, target, note, entries, unmapped):
    """A libbig.mapping document; SOURCE and TARGET are (id, version)."""
    return {
        "format": "libbig.mapping",
        "format_version": 1,
        "id": mapping_id,
        "title": title,
        "source": {"id": source[0], "version": source[1]},
        "target": {"id": target[0], "version": target[1]},
        "note": note,
        "entries": entries,
        "unmapped": unmapped,
    }


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
    return mapping_document(
        "bio-to-bio2", "BIO 1.04 (ISO/IEC 27002:2013) to BIO2 1.2 (ISO/IEC 27002:2022)",
        ("bio", "1.04"), ("bio2", "1.2"), note, entries, unmapped)


# --- the BIO2 1.2 -> 1.3 mapping --------------------------------------------

def bio2_12_to_13(reference, facts=FACTS):
    """Each requirement of 1.2 to what it became in 1.3.

    From the reference CSV: a measure in force under its own id is equal; a
    measure verplaatst is equal to the measure it moved to; a control without
    measures in both versions is equal to itself. From the version table
    (facts/bio2-1.2-to-1.3.csv): a measure that lost a part (part_moved,
    part_withdrawn) is a superset of itself in 1.3; the part moved makes it a
    superset of a measure new in 1.3 (made of that part alone) or intersect
    with a measure that existed (which keeps its own content, and is then a
    subset of itself in 1.3); a part withdrawn because the target describes it
    makes it intersect with the target; a measure withdrawn into another is a
    subset of it. What has no counterpart is unmapped: the measures withdrawn
    without a target, the controls that get measures in 1.3."""
    v = bio2_versions(reference, facts)
    rel = {}   # (source, target) -> relationship, for entries the table changes
    extra = {}  # source -> [(target, relationship)], beyond the source's own entry
    for _, row in v.changes:
        mid, change, target = row["measure_id"], row["change"], row["target"]
        if change in ("part_moved", "part_withdrawn"):
            if mid not in v.m12 or mid not in v.in_force or target not in v.in_force:
                continue  # warned about in Bio2Versions.check_change
            rel[(mid, mid)] = "superset"
            if change == "part_moved" and target not in v.m12:
                extra.setdefault(mid, []).append((target, "superset"))
            else:
                extra.setdefault(mid, []).append((target, "intersect"))
            if change == "part_moved" and target in v.m12:
                rel[(target, target)] = "subset"
        elif change == "withdrawn" and target and target in v.in_force and mid in v.m12:
            extra.setdefault(mid, []).append((target, "subset"))

    entries = []
    for th in sorted(v.themes, key=id_key):
        for co in sorted((c for c in v.controls if parent_id(c) == th), key=id_key):
            sources = sorted((m for m in v.m12 if v.m12[m][0] == co), key=id_key)
            if not sources and co in v.r13:
                entries.append((co, co, "equal"))
            for mid in sources:
                _, status, moved, _ = v.headings.get(mid, (None, None, None, None))
                if status == "geldend":
                    entries.append((mid, mid, rel.get((mid, mid), "equal")))
                elif status == "verplaatst" and moved in v.in_force:
                    entries.append((mid, moved, "equal"))
                entries.extend((mid, target, r) for target, r in extra.get(mid, ()))

    pairs = set()
    for src, dst, _ in entries:
        if src not in v.r12 or dst not in v.r13:
            fail("bio2-1.2-to-1.3: %s -> %s is not from a 1.2 to a 1.3 requirement"
                 % (src, dst))
        if (src, dst) in pairs:
            fail("bio2-1.2-to-1.3: %s -> %s appears twice" % (src, dst))
        pairs.add((src, dst))
    mapped = {src for src, _, _ in entries}
    unmapped = sorted((r for r in v.r12 if r not in mapped), key=id_key)
    targets = {dst for _, dst, _ in entries}
    new_targets = sorted((r for r in v.r13 if r not in targets), key=id_key)
    counts = tuple(sum(1 for e in entries if e[2] == r) for r in RELATIONSHIPS[:4])
    check_counts("bio2-1.2-to-1.3 (entries, equal/subset/superset/intersect, "
                 "unmapped sources, targets without a source)",
                 (len(entries), counts, len(unmapped), len(new_targets)),
                 (159, (150, 3, 4, 2), 4, 1))

    note = ("Generated from the reference facts (bio2-1.2-measures.csv, bio2-1.3-measures.csv) "
            "and the version table of BIO2 1.3 (libbig's facts/%s, each row citing its line "
            "of the BIO2's introduction). Measures in force under the same id, measures "
            "moved, and controls without measures in both versions are equal; measures that "
            "lost a part, and the measures that received or already describe it, are "
            "superset, subset or intersect (docs/catalogues.md). 'unmapped' lists what has "
            "no counterpart in 1.3: %s. In 1.3, %s ha%s no source: no measure in force "
            "left, so assessed itself. Where the version table contradicts the measure "
            "texts (%s) the moves are those of the measure texts. Their entries (%s) are "
            "equal, with one source, because the text a measure moved to says what the 1.2 "
            "measure said (docs/catalogues.md), so a migration flags no review of them: "
            "the disagreement of the sources is recorded only in this note."
            % (CHANGES_FILE, ", ".join(unmapped), ", ".join(new_targets),
               "s" if len(new_targets) == 1 else "ve",
               ", ".join(sorted(v.conflicts, key=id_key)),
               ", ".join("%s -> %s" % (src, dst) for src, dst, _ in entries
                         if src in v.conflicts)))
    return mapping_document(
        "bio2-1.2-to-1.3", "BIO2 1.2 to BIO2 1.3", ("bio2", "1.2"), ("bio2", "1.3"), note,
        [{"source": src, "target": dst, "relationship": r} for src, dst, r in entries],
        unmapped)


# --- output ---------------------------------------------------------------

CATALOGUES = (
    ("bio2-1.2.json", bio2_12),
    ("bio2-1.3.json", bio2_13),
    ("bio-1.04.json", bio_104),
    ("big-2013.json", big_2013),
)

MAPPINGS = (
    ("bio-to-bio2.json", bio_to_bio2),
    ("bio2-1.2-to-1.3.json", bio2_12_to_13),
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
