#!/usr/bin/env python3
"""Tests of bio2_texts.py, the importer of the BIO2 1.3 measures as a text overlay.

Usage: test_bio2_texts.py MAATREGELEN_MD [unittest options]

MAATREGELEN_MD is the BIO2 1.3's docs/maatregelen/index.md
(../shared/reference/third-party/bio2_v13_maatregelen.md in the project's
tree). The overlay it gives is loaded over the built-in bio2-1.3 with the
Python binding (libbig on PYTHONPATH). Synthetic inputs written by the tests
themselves always run; when MAATREGELEN_MD is absent and they pass, the exit
status is 77 (skipped).
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

import libbig

HERE = pathlib.Path(__file__).resolve().parent
IMPORTER = HERE / "bio2_texts.py"
SCHEMA = HERE.parent.parent / "docs" / "schemas" / "texts.schema.json"

MARKDOWN = None  # pathlib.Path of the measures, set by main()

try:
    import jsonschema
except ImportError:
    jsonschema = None

SYNTHETIC = """\
!!! warning "Disclaimer"
    Een waarschuwing.

# DEEL 2 BIO–OVERHEIDSMAATREGELEN
Inleiding.<br><br>

## 5.01.01
Eerste regel.<br><br>
Tweede alinea:
- een punt;
-  nog een.

## 5.03.01
Geen overheidsmaatregel, zie inleiding deel 2 BIO-overheidsmaatregelen. 

## 5.04.02
Verplaatst naar 5.10.02.

## 8.08.06
Zie overheidsmaatregel 5.24.08.

## 5.17.03
Vervallen.

## 5.14.02 
Tekst met "aanhalingstekens" en <br>een regel.  
"""


def run_importer(*args):
    return subprocess.run([sys.executable, str(IMPORTER)] + [str(a) for a in args],
                          capture_output=True, text=True, encoding="utf-8")


class ImporterCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="bio2-texts-test-")
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = self.dir / name
        path.write_text(text, encoding="utf-8")
        return path

    def convert(self, source, *args):
        out = self.dir / "texts.json"
        proc = run_importer(source, "-o", out, *args)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return out, proc


class SyntheticTest(ImporterCase):
    def test_entries(self):
        out, proc = self.convert(self.write("m.md", SYNTHETIC))
        doc = json.loads(out.read_text(encoding="utf-8"))
        self.assertEqual(list(doc), ["format", "format_version", "catalogue", "language",
                                     "source", "texts"])
        self.assertEqual(doc["catalogue"], {"id": "bio2", "version": "1.3"})
        self.assertEqual(doc["language"], "nl")
        self.assertEqual(list(doc["texts"]), ["5.01.01", "5.14.02"])
        self.assertEqual(doc["texts"]["5.01.01"]["text"],
                         "Eerste regel.\n\nTweede alinea:\n- een punt;\n-  nog een.")
        self.assertEqual(doc["texts"]["5.14.02"]["text"],
                         'Tekst met "aanhalingstekens" en\neen regel.')
        self.assertIn("2 measures with a text; left out: 1 without a measure, 2 moved, "
                      "1 withdrawn", proc.stderr)
        if jsonschema is not None:
            schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
            jsonschema.validators.validator_for(schema)(schema).validate(doc)

    def test_stable_output(self):
        source = self.write("m.md", SYNTHETIC)
        first = run_importer(source).stdout
        self.assertEqual(first, run_importer(source).stdout)
        self.assertTrue(first.endswith("}\n"))

    def test_options(self):
        out, _ = self.convert(self.write("m.md", SYNTHETIC), "--catalogue-id", "bio2-copy",
                              "--catalogue-version", "9", "--licence", "CC-BY-4.0",
                              "--source", "eigen kopie")
        doc = json.loads(out.read_text(encoding="utf-8"))
        self.assertEqual(doc["catalogue"], {"id": "bio2-copy", "version": "9"})
        self.assertEqual((doc["source"], doc["licence"]), ("eigen kopie", "CC-BY-4.0"))

    def test_bad_inputs(self):
        for name, text, message in (
                ("heading.md", "## 5.01.01\nx\n## Bijlage\ny\n", "'Bijlage' is not a measure"),
                ("twice.md", "## 5.01.01\nx\n## 5.01.01\ny\n", "5.01.01: given twice"),
                ("empty.md", "## 5.01.01\n<br>\n", "5.01.01: no text"),
                ("none.md", "# DEEL 2\ntekst\n", "no measure"),
                ("html.md", "## 5.01.01\n<b>x</b>\n", "an HTML element")):
            proc = run_importer(self.write(name, text))
            self.assertEqual(proc.returncode, 1, name)
            self.assertIn(message, proc.stderr, name)
            self.assertEqual(proc.stdout, "", name)
        proc = run_importer(self.dir / "absent.md")
        self.assertEqual(proc.returncode, 3)


class OfficialTest(ImporterCase):
    """The official measures over the built-in bio2-1.3 (skipped when absent)."""

    def setUp(self):
        super().setUp()
        if MARKDOWN is None or not MARKDOWN.exists():
            self.skipTest(f"{MARKDOWN} is absent")
        self.out, self.proc = self.convert(MARKDOWN)
        self.cat = libbig.Catalogue.builtin("bio2-1.3")
        self.texts = libbig.Texts.load_file(self.cat, str(self.out), strict=True)

    def test_fingerprint(self):
        out, _ = self.convert(MARKDOWN, "--fingerprint", self.cat.fingerprint)
        t = libbig.Texts.load_file(self.cat, str(out), strict=True)
        self.assertEqual(t.fingerprint, self.cat.fingerprint)
        with self.assertRaises(libbig.Error) as cm:
            libbig.Texts.load_file(libbig.Catalogue.builtin("bio2-1.3"),
                                   str(self.convert(MARKDOWN, "--fingerprint", "sha256:00")[0]))
        self.assertEqual(cm.exception.path, "$.catalogue.fingerprint")

    def test_no_diagnostics(self):
        self.assertEqual([(d.code, d.path) for d in self.texts.diagnostics], [])
        self.assertEqual(self.texts.language, "nl")
        self.assertIn("117 measures with a text; left out: 39 without a measure, 6 moved, "
                      "4 withdrawn", self.proc.stderr)

    def test_every_measure_in_force_has_a_text(self):
        measures = [n for n in self.cat.requirements if n.kind == "measure"]
        self.assertEqual(len(measures), 117)
        self.assertEqual([n.id for n in measures if not self.texts.text(n)], [])
        self.assertEqual(len(self.texts), 117)
        # Nothing but measures: no control or theme gets a text.
        self.assertEqual([n.id for n in self.cat if n.kind != "measure" and self.texts.text(n)],
                         [])

    def test_spot_checks(self):
        markdown = MARKDOWN.read_text(encoding="utf-8")
        ciso = re.search(r"^## 5\.02\.02\n(.*?)\n\n", markdown, re.S | re.M).group(1)
        self.assertEqual(self.texts.text("5.02.02"), ciso)
        self.assertTrue(ciso.startswith("Er is een CISO aangesteld"))
        zone = self.texts.text("5.15.01")
        self.assertTrue(zone.startswith("Toegang tot een vertrouwde zone is toegestaan in twee "
                                        "situaties:\n1. vanaf geauthentiseerde apparatuur of;\n"
                                        "2. vanuit programmatuur die draait binnen een veilige "
                                        "schil."), zone)
        self.assertNotIn("<br>", "".join(self.texts.text(n) or "" for n in self.cat))

    def test_report_shows_the_texts(self):
        a = libbig.Assessment(self.cat, "GM0001", "2026")
        report = a.score(texts=self.texts, include_text=True)
        self.assertEqual(report.node_text("5.02.02"), self.texts.text("5.02.02"))
        self.assertIn('"text": "Er is een CISO aangesteld', report.to_json())


def main():
    global MARKDOWN
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    MARKDOWN = pathlib.Path(args.pop(0)).resolve()
    result = unittest.main(argv=[sys.argv[0]] + args, exit=False).result
    if not result.wasSuccessful():
        return 1
    if not MARKDOWN.exists():
        print(f"skip: {MARKDOWN} is absent (the synthetic tests passed)", file=sys.stderr)
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main())
