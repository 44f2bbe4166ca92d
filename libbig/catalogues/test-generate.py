#!/usr/bin/env python3
"""Tests of generate.py's BIO2 facts: the warnings at every contradiction
of the sources of 1.3, the refusal of facts it cannot read, and the titles
of the BIO2 built-ins from facts/bio2-titles.csv.

Usage:
    test-generate.py [--reference DIR]

Exits 77 (meson's "skipped") when the reference folder does not exist.

SPDX-License-Identifier: MIT
"""

import argparse
import contextlib
import importlib.util
import io
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("generate", os.path.join(HERE, "generate.py"))
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)

REFERENCE = generate.DEFAULT_REFERENCE


def versions(facts=generate.FACTS):
    return generate.Bio2Versions(REFERENCE, facts)


class FactsCopy:
    """A copy of facts/bio2-1.2-to-1.3.csv in a temporary folder, edited."""

    def __init__(self, replace=None, drop=None, append=None):
        self.dir = tempfile.mkdtemp(prefix="libbig-facts-")
        with open(os.path.join(generate.FACTS, generate.CHANGES_FILE), encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
        out = []
        for line in lines:
            if drop and line.startswith(drop):
                continue
            if replace and line.startswith(replace[0]):
                line = replace[1]
            out.append(line)
        out.extend(append or ())
        with open(os.path.join(self.dir, generate.CHANGES_FILE), "w", encoding="utf-8") as f:
            f.writelines(out)

    def __enter__(self):
        return self.dir

    def __exit__(self, *exc):
        shutil.rmtree(self.dir)


class WarningsTest(unittest.TestCase):
    def test_the_contradictions_of_the_sources(self):
        """Each contradiction the issue and docs/catalogues.md list, once."""
        w = versions().warnings
        expected = [
            ("5.25.01 is verplaatst to 5.26.02", "says moved to 5.26.01"),
            ("5.26.01 is verplaatst to 5.25.02", "BIO2 1.2 has no 5.26.01"),
            ("5.26.01 is verplaatst to 5.25.02", "1.3 has no heading 5.25.02"),
            ("5.26.01 is verplaatst to 5.25.02", "says moved to 5.25.01"),
            ("8.08.06 is verplaatst to 5.24.08", "says a reference to 5.24.02"),
            ("control 5.10", "5.10.01 says \"geen overheidsmaatregel\" beside 5.10.02 and 5.10.03"),
        ]
        self.assertEqual(len(w), len(expected), "\n".join(w))
        for (a, b), message in zip(expected, w):
            self.assertIn(a, message)
            self.assertIn(b, message)
        self.assertEqual(versions().conflicts, {"5.25.01", "5.26.01", "8.08.06"})

    def test_a_move_the_table_tells_otherwise(self):
        with FactsCopy(replace=("5.04.02,", "5.04.02,moved,5.10.03,,bio2_v13_inleiding.md:27,"
                                            "edited\n")) as facts:
            w = versions(facts).warnings
        self.assertEqual(len(w), 7)
        self.assertTrue(any("5.04.02 is verplaatst to 5.10.02" in m and "5.10.03" in m
                            for m in w), "\n".join(w))

    def test_a_withdrawal_the_table_does_not_tell(self):
        with FactsCopy(drop="5.35.01,") as facts:
            w = versions(facts).warnings
        self.assertTrue(any("5.35.01 is vervallen, but the version table does not withdraw it"
                            in m for m in w), "\n".join(w))

    def test_a_move_the_table_does_not_tell(self):
        with FactsCopy(drop="5.24.06,") as facts:
            w = versions(facts).warnings
        self.assertTrue(any("5.24.06 is verplaatst to 5.21.05, but the version table does "
                            "not say so" in m for m in w), "\n".join(w))

    def test_a_statement_the_headings_contradict(self):
        with FactsCopy(append=["5.02.02,withdrawn,,,bio2_v13_inleiding.md:27,edited\n",
                               "5.01.02,added,,,bio2_v13_inleiding.md:27,edited\n"]) as facts:
            w = versions(facts).warnings
        self.assertTrue(any("5.02.02 is withdrawn, but its 1.3 heading is geldend" in m
                            for m in w), "\n".join(w))
        self.assertTrue(any("5.01.02 is added in 1.3, but it is geldend in 1.3 and in 1.2"
                            in m for m in w), "\n".join(w))


class RefusalTest(unittest.TestCase):
    def refused(self, line, what):
        with FactsCopy(append=[line]) as facts:
            with self.assertRaises(generate.FactError) as e:
                versions(facts)
        self.assertIn(what, str(e.exception))

    def test_unknown_change(self):
        self.refused("5.01.02,renamed,,,bio2_v13_inleiding.md:27,x\n", "change 'renamed'")

    def test_no_line_cited(self):
        self.refused("5.01.02,reworded,,,bio2_v13_inleiding.md,x\n", "does not cite a line")

    def test_move_without_target(self):
        self.refused("5.01.02,moved,,,bio2_v13_inleiding.md:27,x\n", "needs a target")

    def test_part_without_part(self):
        self.refused("5.01.02,part_moved,5.02.01,,bio2_v13_inleiding.md:27,x\n",
                     "part is given exactly")

    def test_no_note(self):
        self.refused("5.01.02,reworded,,,bio2_v13_inleiding.md:27,\n", "note is empty")


class MappingTest(unittest.TestCase):
    def test_counts(self):
        with contextlib.redirect_stderr(io.StringIO()):
            doc = generate.bio2_12_to_13(REFERENCE)
        self.assertEqual(len(doc["entries"]), 159)
        self.assertEqual(doc["unmapped"], ["5.10", "5.26", "5.35.01", "7.01.01"])
        targets = {e["target"] for e in doc["entries"]}
        self.assertNotIn("5.25", targets)
        self.assertIn("6.03.04", targets)


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n.get("children", ()))


class TitlesTest(unittest.TestCase):
    """Every node of BIO2 1.2 and 1.3 titled from the facts: Dutch as the
    default title, English in titles.en, as the CSV has them."""

    def titles_of(self, version):
        import csv
        with open(os.path.join(generate.FACTS, generate.TITLES_CSV), encoding="utf-8") as f:
            return {r["id"]: (r["title_nl"], r["title_en"]) for r in csv.DictReader(f)
                    if r["catalogue_version"] in ("*", version)}

    def check(self, version, make, counts):
        with contextlib.redirect_stderr(io.StringIO()):
            doc = make(REFERENCE)
        facts = self.titles_of(version)
        kinds = {}
        for n in walk(doc["nodes"]):
            kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
            self.assertEqual((n["title"], n["titles"]), (facts[n["id"]][0],
                                                         {"en": facts[n["id"]][1]}), n["id"])
            self.assertFalse(n["title"].startswith("Overheidsmaatregel"), n["id"])
        self.assertEqual(kinds, counts)
        self.assertEqual(doc["language"], "nl")

    def test_bio2_12(self):
        self.check("1.2", generate.bio2_12, {"theme": 4, "control": 93, "measure": 120})

    def test_bio2_13(self):
        self.check("1.3", generate.bio2_13, {"theme": 4, "control": 93, "measure": 117})

    def test_an_iso_name_changed(self):
        themes, controls = generate.iso2022_structure(REFERENCE)
        controls = dict(controls, **{"5.1": "Policy"})
        with self.assertRaises(generate.FactError) as e:
            generate.bio2_titles(generate.FACTS, "1.2", themes, controls)
        self.assertIn("the ISO name 'Policy'", str(e.exception))

    def test_a_node_without_title(self):
        with self.assertRaises(generate.FactError) as e:
            generate.titled({"id": "9.99", "kind": "control"}, {})
        self.assertIn("no title for control 9.99", str(e.exception))


def main():
    global REFERENCE
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", default=generate.DEFAULT_REFERENCE)
    args, rest = parser.parse_known_args()
    if not os.path.isdir(args.reference):
        print("test-generate.py: reference folder %s does not exist; skipped"
              % args.reference, file=sys.stderr)
        return generate.EXIT_SKIP
    REFERENCE = args.reference
    program = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
