#!/usr/bin/env python3
"""Check bio2-titles.csv, the Dutch and English titles of the BIO2 catalogues.

The titles are the project's own words (README.md beside this script). This
checker holds the file to its rules:

  - header `catalogue_version,kind,id,title_nl,title_en`, UTF-8, RFC 4180;
  - themes and controls once with version `*`, measures once per BIO2
    version (1.2, 1.3) they appear in; rows sorted by version, then id
    numerically;
  - every id of the reference CSVs has exactly one row, no extra ids; the
    English theme and control names are those of the reference CSV;
  - both titles non-empty, at most 80 characters, no surrounding white
    space, starting with a capital or a digit, not the id alone and not
    "Overheidsmaatregel <id>";
  - BIO2 1.3 headings that are not requirements carry a fixed marker:
    `geen_overheidsmaatregel` "Geen overheidsmaatregel" / "No government
    measure"; `verplaatst` "Verplaatst naar <moved_to>" / "Moved to
    <moved_to>"; `vervallen` "Vervallen" / "Withdrawn", optionally
    followed by " (reason)"; no other row starts like a marker;
  - no title repeats within one version and language, except marker rows;
  - no run of 6 or more consecutive words shared with the source texts
    (third-party/bio2_v13_maatregelen.md, bio2_v13_inleiding.md, bio2.yaml).

Without the reference folder the checks that need it (coverage, English
names, markers by status, shared words) are skipped with a note; the counts
are then compared with those the reference README states.

Usage:
    check-titles.py [--reference DIR] [--titles FILE]

DIR defaults to ../../../../shared/reference relative to this script, the
`shared` folder beside the project checkout. Exit status 0 when the file
passes, 1 with one message per problem when it does not, 2 on bad usage.

Python 3 standard library only.

SPDX-License-Identifier: MIT
"""

import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REFERENCE = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "shared", "reference"))
DEFAULT_TITLES = os.path.join(HERE, "bio2-titles.csv")

HEADER = ["catalogue_version", "kind", "id", "title_nl", "title_en"]
VERSIONS = ("*", "1.2", "1.3")
KINDS = ("theme", "control", "measure")
MAX_TITLE = 80
SHARED_RUN = 6

ID_FORMAT = {
    "theme": re.compile(r"^\d+$"),
    "control": re.compile(r"^\d+\.\d+$"),
    "measure": re.compile(r"^\d+\.\d{2}\.\d{2}$"),
}

# Counts the reference README states; used only without the reference.
EXPECTED_COUNTS = {
    ("*", "theme"): 4,
    ("*", "control"): 93,
    ("1.2", "measure"): 120,
    ("1.3", "measure"): 166,
}

# Fixed titles of BIO2 1.3 headings that are not requirements.
MARKER_NONE = ("Geen overheidsmaatregel", "No government measure")
MARKER_MOVED = ("Verplaatst naar ", "Moved to ")
MARKER_WITHDRAWN = ("Vervallen", "Withdrawn")
MARKER_PREFIXES = (
    (MARKER_NONE[0], MARKER_MOVED[0], MARKER_WITHDRAWN[0]),
    (MARKER_NONE[1], MARKER_MOVED[1], MARKER_WITHDRAWN[1]),
)
LANGUAGES = (("title_nl", "Dutch"), ("title_en", "English"))

SOURCE_TEXTS = (
    "third-party/bio2_v13_maatregelen.md",
    "third-party/bio2_v13_inleiding.md",
    "third-party/bio2.yaml",
)

# A word: a dotted id such as 5.21.03 counts as one word.
WORD = re.compile(r"\d+(?:\.\d+)+|\w+")


class Problems:
    def __init__(self):
        self.messages = []

    def add(self, message):
        self.messages.append(message)


def id_key(node_id):
    try:
        return tuple(int(part) for part in node_id.split("."))
    except ValueError:
        return (float("inf"),)


def words(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return WORD.findall(text)


def read_titles(path, problems):
    """Rows of the titles file as (line number, dict); None when unreadable."""
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        problems.add("%s: %s" % (path, e.strerror))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        problems.add("%s: starts with a byte order mark" % name)
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.add("%s: not UTF-8: %s" % (name, e))
        return None
    rows = []
    try:
        reader = csv.reader(text.splitlines(keepends=True), strict=True)
        header = next(reader, None)
        if header != HEADER:
            problems.add("%s:1: header is %r, expected %r" % (name, header, HEADER))
            return None
        for row in reader:
            lineno = reader.line_num
            if not row:
                problems.add("%s:%d: empty line" % (name, lineno))
                continue
            if len(row) != len(HEADER):
                problems.add("%s:%d: %d fields, expected %d"
                             % (name, lineno, len(row), len(HEADER)))
                continue
            rows.append((lineno, dict(zip(HEADER, row))))
    except csv.Error as e:
        problems.add("%s: %s" % (name, e))
        return None
    return rows


def read_reference_csv(reference, name, problems):
    path = os.path.join(reference, name)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except (OSError, csv.Error) as e:
        problems.add("%s: %s" % (path, e))
        return []


def read_reference(reference, problems):
    """Expected rows {(version, kind, id): info} from the reference CSVs."""
    expected = {}
    for row in read_reference_csv(reference, "iso27002-2022-controls.csv", problems):
        expected[("*", "theme", row["theme_id"])] = {"en": row["theme_name"]}
        expected[("*", "control", row["control_id"])] = {"en": row["control_name"]}
    for row in read_reference_csv(reference, "bio2-1.2-measures.csv", problems):
        expected[("1.2", "measure", row["measure_id"])] = {"status": "geldend"}
    for row in read_reference_csv(reference, "bio2-1.3-measures.csv", problems):
        expected[("1.3", "measure", row["measure_id"])] = {
            "status": row["status"], "moved_to": row["moved_to"]}
    return expected


def unfold_yaml(text):
    """YAML text with quoted-scalar folding and escapes undone, roughly.

    Good enough for word runs: keys and indentation only add words that
    break a run, never ones that join one.
    """
    text = re.sub(r"\\\n\s*\\ ", " ", text)   # escaped break, escaped space
    text = re.sub(r"\\\n\s*", "", text)       # escaped break: no space
    text = re.sub(r"\\x([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = text.replace("\\n", " ").replace('\\"', '"').replace("''", "'")
    return text


def source_runs(reference, problems):
    """All runs of SHARED_RUN words in the source texts, with their file."""
    runs = {}
    for name in SOURCE_TEXTS:
        path = os.path.join(reference, name)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            problems.add("%s: %s" % (path, e.strerror))
            continue
        if name.endswith(".yaml"):
            text = unfold_yaml(text)
        text = text.replace("<br>", " ")
        ws = words(text)
        for i in range(len(ws) - SHARED_RUN + 1):
            runs.setdefault(tuple(ws[i:i + SHARED_RUN]), os.path.basename(name))
    return runs


def check_title(where, node_id, language, title, problems):
    if not title.strip():
        problems.add("%s: %s title is empty" % (where, language))
        return
    if title != title.strip():
        problems.add("%s: %s title has surrounding white space: %r"
                     % (where, language, title))
    if "\n" in title or "\r" in title:
        problems.add("%s: %s title spans lines" % (where, language))
    if len(title) > MAX_TITLE:
        problems.add("%s: %s title has %d characters, at most %d: %r"
                     % (where, language, len(title), MAX_TITLE, title))
    bare = title.strip().rstrip(".")
    if bare == node_id or bare.lower() == ("overheidsmaatregel " + node_id).lower():
        problems.add("%s: %s title is only its id: %r" % (where, language, title))
    first = title.strip()[:1]
    if first and not (first.isupper() or first.isdigit()):
        problems.add("%s: %s title does not start with a capital: %r"
                     % (where, language, title))


def marker_problem(status, moved_to, title, lang_index):
    """Why TITLE does not fit STATUS, or None."""
    prefixes = MARKER_PREFIXES[lang_index]
    if status == "geen_overheidsmaatregel":
        want = MARKER_NONE[lang_index]
        return None if title == want else "expected %r" % want
    if status == "verplaatst":
        want = MARKER_MOVED[lang_index] + moved_to
        return None if title == want else "expected %r" % want
    if status == "vervallen":
        word = MARKER_WITHDRAWN[lang_index]
        ok = title == word or (title.startswith(word + " (") and title.endswith(")"))
        return None if ok else "expected %r or %r" % (word, word + " (reason)")
    if title.startswith(prefixes):
        return "a measure in force must not read like a marker (%s)" % status
    return None


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Check the BIO2 titles file against its rules and the "
                    "reference facts.")
    parser.add_argument("--reference", default=DEFAULT_REFERENCE,
                        help="reference folder (default: %(default)s)")
    parser.add_argument("--titles", default=DEFAULT_TITLES,
                        help="titles file (default: %(default)s)")
    args = parser.parse_args(argv)

    problems = Problems()
    notes = []
    name = os.path.basename(args.titles)
    rows = read_titles(args.titles, problems)
    if rows is None:
        for message in problems.messages:
            print("error: " + message, file=sys.stderr)
        return 1

    have_reference = os.path.isdir(args.reference)
    expected = read_reference(args.reference, problems) if have_reference else None
    if not have_reference:
        notes.append("reference folder %s is absent: coverage, English names, "
                     "markers by status and shared words with the source texts "
                     "are not checked" % args.reference)

    seen = {}
    counts = {}
    previous = None
    for lineno, row in rows:
        where = "%s:%d" % (name, lineno)
        version, kind, node_id = row["catalogue_version"], row["kind"], row["id"]
        if version not in VERSIONS:
            problems.add("%s: catalogue_version %r is not one of %s"
                         % (where, version, ", ".join(VERSIONS)))
            continue
        if kind not in KINDS:
            problems.add("%s: kind %r is not one of %s" % (where, kind, ", ".join(KINDS)))
            continue
        if (version == "*") != (kind != "measure"):
            problems.add("%s: kind %s with catalogue_version %r (themes and controls "
                         "take '*', measures 1.2 or 1.3)" % (where, kind, version))
            continue
        if not ID_FORMAT[kind].match(node_id):
            problems.add("%s: %s id %r is malformed" % (where, kind, node_id))
            continue
        key = (version, kind, node_id)
        if key in seen:
            problems.add("%s: %s %s (version %s) repeats line %d"
                         % (where, kind, node_id, version, seen[key][0]))
            continue
        seen[key] = (lineno, row)
        counts[(version, kind)] = counts.get((version, kind), 0) + 1
        order = (VERSIONS.index(version), id_key(node_id))
        if previous is not None and order < previous:
            problems.add("%s: %s %s (version %s) is out of order: sort by version, "
                         "then id numerically" % (where, kind, node_id, version))
        previous = order
        for column, language in LANGUAGES:
            check_title(where, node_id, language, row[column], problems)

    # Coverage against the reference, or against the stated counts.
    if expected is not None:
        for key in sorted(set(expected) - set(seen),
                          key=lambda k: (VERSIONS.index(k[0]), id_key(k[2]))):
            problems.add("missing: %s %s (version %s) has no row" % (key[1], key[2], key[0]))
        for key in sorted(set(seen) - set(expected),
                          key=lambda k: (VERSIONS.index(k[0]), id_key(k[2]))):
            problems.add("%s:%d: extra: %s %s (version %s) is not in the reference"
                         % (name, seen[key][0], key[1], key[2], key[0]))
    else:
        for (version, kind), want in sorted(EXPECTED_COUNTS.items()):
            got = counts.get((version, kind), 0)
            if got != want:
                problems.add("%s rows of version %s: %d, expected %d"
                             % (kind, version, got, want))

    # English theme and control names are the reference's; markers fit status.
    markers = set()
    for key, (lineno, row) in seen.items():
        version, kind, node_id = key
        where = "%s:%d" % (name, lineno)
        info = expected.get(key) if expected is not None else None
        if kind != "measure":
            if info is not None and row["title_en"] != info["en"]:
                problems.add("%s: English name of %s %s is %r, the reference says %r"
                             % (where, kind, node_id, row["title_en"], info["en"]))
            continue
        if info is not None:
            status, moved_to = info["status"], info.get("moved_to", "")
        else:
            status, moved_to = None, ""
        for lang_index, (column, language) in enumerate(LANGUAGES):
            title = row[column]
            if status is None:
                if title.startswith(MARKER_PREFIXES[lang_index]):
                    markers.add(key)
                continue
            why = marker_problem(status, moved_to, title, lang_index)
            if why:
                problems.add("%s: %s title of %s %s (status %s): %s, not %r"
                             % (where, language, version, node_id, status, why, title))
        if status not in (None, "geldend"):
            markers.add(key)

    # No title twice within one version and language, markers aside.
    for column, language in LANGUAGES:
        first = {}
        for key, (lineno, row) in sorted(seen.items(), key=lambda kv: kv[1][0]):
            if key in markers:
                continue
            title_key = (key[0], row[column].strip().casefold())
            if title_key in first:
                problems.add("%s:%d: %s title %r of %s %s repeats line %d (version %s)"
                             % (name, lineno, language, row[column], key[1], key[2],
                                first[title_key], key[0]))
            else:
                first[title_key] = lineno

    # No run of SHARED_RUN words shared with the source texts.
    if have_reference:
        runs = source_runs(args.reference, problems)
        for key, (lineno, row) in sorted(seen.items(), key=lambda kv: kv[1][0]):
            for column, language in LANGUAGES:
                if key[1] != "measure" and column == "title_en":
                    continue  # the ISO names, copied by rule
                ws = words(row[column])
                for i in range(len(ws) - SHARED_RUN + 1):
                    run = tuple(ws[i:i + SHARED_RUN])
                    if run in runs:
                        problems.add("%s:%d: %s title of %s %s shares %d words with %s: %r"
                                     % (name, lineno, language, key[1], key[2],
                                        SHARED_RUN, runs[run], " ".join(run)))
                        break

    summary = ", ".join("%s %s: %d" % (kind, version, counts.get((version, kind), 0))
                        for version, kind in sorted(EXPECTED_COUNTS))
    for note in notes:
        print("note: " + note)
    if problems.messages:
        for message in problems.messages:
            print("error: " + message, file=sys.stderr)
        print("%s: %d problem(s); rows %s" % (name, len(problems.messages), summary),
              file=sys.stderr)
        return 1
    print("%s: ok; rows %s; %d marker rows" % (name, summary, len(markers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
