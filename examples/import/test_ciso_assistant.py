#!/usr/bin/env python3
"""Tests of ciso_assistant.py, the CISO Assistant library importer.

Usage: test_ciso_assistant.py BIO2_YAML [BIGSCORE] [unittest options]

BIO2_YAML is CISO Assistant's bio2.yaml (../shared/reference/third-party/ in
the project's tree); the ISO/IEC 27001 libraries beside it and the reference
CSVs one folder up are used when present. BIGSCORE is the built bigscore.
Synthetic libraries written by the tests themselves always run; when BIO2_YAML
is absent and they pass, the exit status is 77 (skipped).
"""

import csv
import json
import pathlib
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = pathlib.Path(__file__).resolve().parent
IMPORTER = HERE / "ciso_assistant.py"
SCHEMA = HERE.parent.parent / "docs" / "schemas" / "catalogue.schema.json"

BIO2 = None          # pathlib.Path of bio2.yaml, set by main()
BIGSCORE = None      # path of the built bigscore, or None

try:
    import jsonschema
except ImportError:
    jsonschema = None


def builtin_fingerprint(name):
    """The fingerprint `bigscore catalogues` lists for built-in @name."""
    out = subprocess.run([BIGSCORE, "catalogues"], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    for line in out.splitlines():
        words = line.split()
        if len(words) == 2 and words[0] == name and words[1].startswith("sha256:"):
            return words[1]
    raise AssertionError(f"bigscore catalogues lists no {name}: {out}")


def run_importer(*args):
    return subprocess.run([sys.executable, str(IMPORTER)] + [str(a) for a in args],
                          capture_output=True, text=True, encoding="utf-8")


def warnings_of(stderr):
    return [line for line in stderr.splitlines() if line.startswith("warning: ")]


def walk(nodes, depth=1):
    for n in nodes:
        yield depth, n
        yield from walk(n.get("children", []), depth + 1)


def schema_errors(doc):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]


class ImporterCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="ciso-test-")
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = self.dir / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def convert(self, library, *options, expect=0):
        out = self.dir / "out.json"
        if out.exists():
            out.unlink()
        proc = run_importer(library, "-o", out, *options)
        self.assertEqual(proc.returncode, expect, proc.stderr)
        doc = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
        return doc, proc.stderr

    def assertValid(self, doc):
        if jsonschema is None:
            return
        self.assertEqual(schema_errors(doc), [])


SYNTHETIC = """\
    urn: urn:test:library:synthetic
    locale: en
    ref_id: synthetic
    name: Synthetic library
    version: 3
    provider: Tester
    objects:
      framework:
        urn: urn:test:framework:synthetic
        ref_id: synthetic
        name: Synthetic framework
        translations:
          nl:
            name: Synthetisch kader
        implementation_groups_definition:
        - ref_id: Basishygiëne
          name: Baseline hygiene
          translations:
            nl:
              name: Basishygiëne
        - ref_id: IG 2
          name: Group two
        requirement_nodes:
        - urn: urn:test:req_node:synthetic:1
          assessable: false
          depth: 1
          ref_id: '1'
          name: Chapter one
          translations:
            nl:
              name: Hoofdstuk een
        - urn: urn:test:req_node:synthetic:1.1
          assessable: true
          depth: 2
          parent_urn: urn:test:req_node:synthetic:1
          ref_id: 1.1
          name: Requirement one one
          description: Normative text that is not shipped.
          implementation_groups:
          - Basishygiëne
        - urn: urn:test:req_node:synthetic:1.10
          assessable: true
          depth: 2
          parent_urn: urn:test:req_node:synthetic:1
          ref_id: 1.10
          name: Requirement one ten
          implementation_groups:
          - Basishygiëne
          - IG 2
"""

BROKEN_NODES = """\
        - urn: urn:test:req_node:synthetic:dup
          assessable: true
          depth: 2
          parent_urn: urn:test:req_node:synthetic:1
          ref_id: 1.1
          name: Same ref_id as another node
        - urn: urn:test:req_node:synthetic:orphan
          assessable: true
          depth: 2
          parent_urn: urn:test:req_node:synthetic:nowhere
          ref_id: '9.9'
          name: Dangling parent
        - urn: urn:test:req_node:synthetic:anonymous
          assessable: true
          depth: 2
          parent_urn: urn:test:req_node:synthetic:1
          name: No ref_id
        - urn: urn:test:req_node:synthetic:c1
          parent_urn: urn:test:req_node:synthetic:c2
          ref_id: c1
          name: Cycle one
        - urn: urn:test:req_node:synthetic:c2
          parent_urn: urn:test:req_node:synthetic:c1
          ref_id: c2
          name: Cycle two
        - urn: urn:test:req_node:synthetic:odd
          assessable: true
          depth: 2
          parent_urn: urn:test:req_node:synthetic:1
          ref_id: '1.3'
          name: ' Odd  group '
          implementation_groups:
          - basishygiëne
          - Cloud Only
"""


class SyntheticTest(ImporterCase):
    """Small libraries written here: structure, tags, warnings, options."""

    def test_clean_library(self):
        lib = self.write("clean.yaml", SYNTHETIC)
        doc, err = self.convert(lib, "--strict")
        self.assertEqual(warnings_of(err), [])
        self.assertValid(doc)
        self.assertEqual((doc["id"], doc["version"], doc["title"], doc["language"],
                          doc["publisher"]),
                         ("ciso-assistant/synthetic", "3", "Synthetic framework", "en",
                          "Tester"))
        self.assertEqual(doc["tags"], [{"id": "basishygiene", "label": "Baseline hygiene"},
                                       {"id": "ig_2", "label": "Group two"}])
        self.assertEqual([p["id"] for p in doc["profiles"]], ["basishygiene", "ig_2", "all"])
        self.assertEqual(doc["profiles"][1],
                         {"id": "ig_2", "title": "Group two", "tags": ["ig_2"],
                          "priority": ["basishygiene", "ig_2"]})
        self.assertIs(doc["profiles"][2]["all"], True)
        [chapter] = doc["nodes"]
        self.assertEqual(chapter["id"], "1")
        self.assertEqual(chapter["kind"], "section")
        self.assertNotIn("assessable", chapter)      # the default for an inner node
        # 1.10 stays "1.10": plain YAML numbers are not turned into floats.
        self.assertEqual([c["id"] for c in chapter["children"]], ["1.1", "1.10"])
        first, second = chapter["children"]
        self.assertEqual(first, {"id": "1.1", "kind": "requirement",
                                 "title": "Requirement one one", "tags": ["basishygiene"],
                                 "refs": ["urn:test:req_node:synthetic:1.1"]})
        self.assertEqual(second["tags"], ["basishygiene", "ig_2"])

    def test_text_only_when_asked(self):
        lib = self.write("clean.yaml", SYNTHETIC)
        doc, _ = self.convert(lib)
        self.assertFalse(any("text" in n for _, n in walk(doc["nodes"])))
        doc, _ = self.convert(lib, "--with-text")
        texts = {n["id"]: n["text"] for _, n in walk(doc["nodes"]) if "text" in n}
        self.assertEqual(texts, {"1.1": "Normative text that is not shipped."})

    def test_options(self):
        lib = self.write("clean.yaml", SYNTHETIC)
        doc, _ = self.convert(lib, "--catalogue-id", "mine", "--catalogue-version", "2025.1",
                              "--language", "nl", "--kinds", "hoofdstuk,eis", "--mandatory")
        self.assertValid(doc)
        self.assertEqual((doc["id"], doc["version"], doc["title"], doc["language"]),
                         ("mine", "2025.1", "Synthetisch kader", "nl"))
        self.assertEqual(doc["tags"][0], {"id": "basishygiene", "label": "Basishygiëne"})
        chapter = doc["nodes"][0]
        self.assertEqual((chapter["kind"], chapter["title"]), ("hoofdstuk", "Hoofdstuk een"))
        self.assertNotIn("mandatory", chapter)
        for child in chapter["children"]:
            self.assertEqual((child["kind"], child["mandatory"]), ("eis", True))

    def test_deterministic(self):
        lib = self.write("broken.yaml", SYNTHETIC + BROKEN_NODES)
        first = run_importer(lib)
        second = run_importer(lib)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertEqual((first.stdout, first.stderr), (second.stdout, second.stderr))

    def test_inconsistencies_are_reported(self):
        lib = self.write("broken.yaml", SYNTHETIC + BROKEN_NODES)
        doc, err = self.convert(lib)
        self.assertValid(doc)
        self.assertEqual(warnings_of(err), [
            "warning: 1.1: ref_id used again by urn:test:req_node:synthetic:dup; "
            "that node gets id '1.1~2'",
            "warning: 9.9: parent urn:test:req_node:synthetic:nowhere does not exist; "
            "placed at the top level",
            "warning: urn:test:req_node:synthetic:anonymous: node without ref_id; "
            "id 'anonymous' taken from its urn",
            "warning: c1: its parent_urn chain forms a cycle; placed at the top level",
            "warning: 1.3: name ' Odd  group ' has extra white space; trimmed",
            "warning: 1.3: implementation group 'basishygiëne' matches no defined group "
            "(defined: 'Basishygiëne'); tagged 'basishygiene'",
            "warning: 1.3: implementation group 'Cloud Only' matches no defined group; "
            "tagged 'cloud_only' and declared",
        ])
        ids = [n["id"] for _, n in walk(doc["nodes"])]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual([n["id"] for n in doc["nodes"]], ["1", "9.9", "c1"])
        self.assertEqual([n["id"] for n in doc["nodes"][2]["children"]], ["c2"])
        self.assertEqual([c["id"] for c in doc["nodes"][0]["children"]],
                         ["1.1", "1.10", "1.1~2", "anonymous", "1.3"])
        odd = doc["nodes"][0]["children"][-1]
        self.assertEqual((odd["title"], odd["tags"]), ("Odd group", ["basishygiene", "cloud_only"]))
        self.assertIn({"id": "cloud_only", "label": "Cloud Only"}, doc["tags"])

    def test_strict(self):
        lib = self.write("broken.yaml", SYNTHETIC + BROKEN_NODES)
        doc, err = self.convert(lib, "--strict", expect=1)
        self.assertIsNone(doc)
        self.assertTrue(warnings_of(err))
        self.assertIn("nothing written", err)

    def test_bad_input(self):
        proc = run_importer(self.dir / "missing.yaml")
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("missing.yaml", proc.stderr)
        lib = self.write("mapping.yaml", "urn: x\nobjects:\n  requirement_mapping_set: {}\n")
        proc = run_importer(lib)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("no objects.framework", proc.stderr)
        lib = self.write("syntax.yaml", "objects: [unclosed\n")
        self.assertEqual(run_importer(lib).returncode, 1)
        self.assertEqual(run_importer().returncode, 2)
        self.assertEqual(run_importer(lib, "--frob").returncode, 2)
        self.assertEqual(run_importer(lib, "--kinds", "a,,b").returncode, 2)


def reference_csv(name):
    path = BIO2.parent.parent / name
    if not path.exists():
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Bio2Test(ImporterCase):
    """The real CISO Assistant BIO2 library."""

    def setUp(self):
        if BIO2 is None or not BIO2.exists():
            self.skipTest("bio2.yaml is absent")
        super().setUp()
        self.doc, self.err = self.convert(BIO2, "--kinds", "measure", "--mandatory")

    def measures(self):
        return [n for _, n in walk(self.doc["nodes"]) if n["kind"] == "measure"]

    def test_schema(self):
        if jsonschema is None:
            self.skipTest("python3-jsonschema is not installed")
        self.assertValid(self.doc)

    def test_ketenhygiene_warnings(self):
        self.assertEqual(warnings_of(self.err), [
            f"warning: {m}: implementation group 'Ketenhygiëne' matches no defined group "
            "(defined: 'ketenhygiëne'); tagged 'ketenhygiene'"
            for m in ("5.05.01", "5.08.01", "7.02.01")])
        self.assertEqual(run_importer(BIO2, "--strict").returncode, 1)

    def test_tags_and_profiles(self):
        by_id = {n["id"]: n for n in self.measures()}
        self.assertEqual(by_id["5.01.01"]["tags"], ["basishygiene", "ketenhygiene"])
        self.assertEqual(by_id["5.05.01"]["tags"], ["ketenhygiene"])
        self.assertEqual([t["id"] for t in self.doc["tags"]],
                         ["basishygiene", "ketenhygiene", "overheidsrisico"])
        self.assertEqual([p["id"] for p in self.doc["profiles"]],
                         ["basishygiene", "ketenhygiene", "overheidsrisico", "all"])

    def test_no_normative_text(self):
        self.assertFalse(any("text" in n for _, n in walk(self.doc["nodes"])))
        doc, _ = self.convert(BIO2, "--with-text", "--language", "nl")
        first = doc["nodes"][0]
        self.assertEqual(first["id"], "5.01.01")
        self.assertTrue(first["text"].startswith("Verantwoordelijkheden"))

    def test_builtin_name_claimed(self):
        """Imported under the built-in's id and version, it is told apart by
        its fingerprint: the importer warns, bigscore loads it with the
        warning builtin-name, and refuses an assessment pinned to the
        built-in's fingerprint."""
        doc, err = self.convert(BIO2, "--kinds", "measure", "--mandatory",
                                "--catalogue-id", "bio2", "--catalogue-version", "1.2")
        self.assertIn("warning: catalogue: id 'bio2' is the id of libbig's built-in "
                      "catalogues", err)
        if not BIGSCORE:
            self.skipTest("no bigscore given")
        proc = subprocess.run([BIGSCORE, "validate", "--catalogue", str(self.dir / "out.json"),
                               str(self.dir / "out.json")],
                              capture_output=True, text=True, encoding="utf-8")
        self.assertIn("$.id: catalogue bio2 1.2 is not the built-in bio2-1.2", proc.stderr)
        self.assertIn(builtin_fingerprint("bio2-1.2"), proc.stderr)
        assessment = self.dir / "pinned.json"
        assessment.write_text(json.dumps({
            "format": "libbig.assessment", "format_version": 1,
            "catalogue": {"id": "bio2", "version": "1.2",
                          "fingerprint": builtin_fingerprint("bio2-1.2")},
            "organisation": {"id": "GM9999"}, "period": "2025", "results": {}}),
            encoding="utf-8")
        proc = subprocess.run([BIGSCORE, "score", "--catalogue", str(self.dir / "out.json"),
                               str(assessment)],
                              capture_output=True, text=True, encoding="utf-8")
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("$.catalogue.fingerprint", proc.stderr)
        # Without --catalogue it is scored against the built-in, which it names.
        proc = subprocess.run([BIGSCORE, "score", str(assessment)],
                              capture_output=True, text=True, encoding="utf-8")
        self.assertEqual(proc.returncode, 0, proc.stderr)

    def test_measures_match_reference(self):
        measures = self.measures()
        self.assertEqual(len(measures), 120)
        self.assertTrue(all(m.get("mandatory") is True for m in measures))
        rows = reference_csv("bio2-1.2-measures.csv")
        if rows is None:
            self.skipTest("bio2-1.2-measures.csv is absent")
        self.assertEqual(len(rows), 120)
        self.assertEqual([m["id"] for m in measures], [r["measure_id"] for r in rows])
        for m, r in zip(measures, rows):
            self.assertEqual(m["tags"], r["categories"].split("|"), m["id"])
        # The upstream library has the measures only, no control nodes above them.
        self.assertEqual(len(self.doc["nodes"]), 120)

    def test_loads_in_bigscore(self):
        if not BIGSCORE:
            self.skipTest("no bigscore given")
        ids = [m["id"] for m in self.measures()]
        assessment = {
            "format": "libbig.assessment", "format_version": 1,
            "catalogue": {"id": self.doc["id"], "version": self.doc["version"]},
            "organisation": {"id": "GM9999", "name": "Testgemeente"},
            "period": "2025", "assessed_on": "2025-10-01",
            "results": {ids[0]: {"status": "implemented", "maturity": 3},
                        ids[1]: {"status": "partially_implemented", "maturity": 2},
                        ids[2]: {"status": "not_implemented"}},
        }
        path = self.dir / "assessment.json"
        path.write_text(json.dumps(assessment), encoding="utf-8")
        # --strict: tags and profiles are known fields of the catalogue format.
        proc = subprocess.run([BIGSCORE, "score", "--json", "--strict", "--catalogue",
                               str(self.dir / "out.json"), str(path)],
                              capture_output=True, text=True, encoding="utf-8")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        report = json.loads(proc.stdout)
        # Its own id, and a fingerprint of its own: not the built-in BIO2 1.2.
        self.assertEqual(self.doc["id"], "ciso-assistant/bio2")
        catalogue = report["catalogue"]
        self.assertEqual((catalogue["id"], catalogue["version"]),
                         ("ciso-assistant/bio2", self.doc["version"]))
        self.assertRegex(catalogue["fingerprint"], "^sha256:[0-9a-f]{64}$")
        self.assertNotEqual(catalogue["fingerprint"], builtin_fingerprint("bio2-1.2"))
        overall = report["overall"]
        self.assertEqual(overall["applicable"], 120)
        self.assertEqual(overall["counts"]["implemented"], 1)
        self.assertEqual(overall["counts"]["partially_implemented"], 1)
        self.assertEqual(overall["counts"]["not_assessed"], 117)


class IsoControlsTest(ImporterCase):
    """ISO/IEC 27001 libraries beside bio2.yaml: Annex A against the reference CSVs."""

    def imported(self, name):
        if BIO2 is None or not (BIO2.parent / name).exists():
            self.skipTest(f"{name} is absent")
        return self.convert(BIO2.parent / name)

    def annex_a(self, doc):
        for _, n in walk(doc["nodes"]):
            if n["id"] == "annex-a":
                return n
        self.fail("no node annex-a")

    def test_iso27001_2013(self):
        doc, err = self.imported("iso27001-2013.yaml")
        self.assertValid(doc)
        self.assertIn("warning: urn:intuitem:risk:req_node:iso27001-2013:core: node without "
                      "ref_id; id 'core' taken from its urn", warnings_of(err))
        levels = {}
        for depth, n in walk(self.annex_a(doc)["children"]):
            levels.setdefault(depth, []).append(n["id"][2:])     # "A.5.1.1" -> "5.1.1"
        self.assertEqual([len(levels[d]) for d in (1, 2, 3)], [14, 35, 114])
        rows = reference_csv("iso27002-2013-controls.csv")
        if rows is not None:
            self.assertEqual(sorted(levels[3]), sorted(r["control_id"] for r in rows))
            self.assertEqual(sorted(levels[2]), sorted({r["objective_id"] for r in rows}))

    def test_iso27001_2022(self):
        doc, _ = self.imported("iso27001-2022.yaml")
        self.assertValid(doc)
        levels = {}
        for depth, n in walk(self.annex_a(doc)["children"]):
            levels.setdefault(depth, []).append(n["id"][2:])
        self.assertEqual([len(levels[d]) for d in (1, 2)], [4, 93])
        rows = reference_csv("iso27002-2022-controls.csv")
        if rows is not None:
            self.assertEqual(sorted(levels[2]), sorted(r["control_id"] for r in rows))


def main():
    global BIO2, BIGSCORE
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    BIO2 = pathlib.Path(args.pop(0)).resolve()
    if args and not args[0].startswith("-"):
        BIGSCORE = args.pop(0)
    result = unittest.main(argv=[sys.argv[0]] + args, exit=False).result
    if not result.wasSuccessful():
        return 1
    if not BIO2.exists():
        print(f"skip: {BIO2} is absent (the synthetic tests passed)", file=sys.stderr)
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main())
