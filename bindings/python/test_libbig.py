"""Tests of the Python binding of libbig (run by `meson test --suite python`).

Usage: test_libbig.py --report-json PATH --data DIR [unittest options]

--report-json is the C helper bindings/tests/report-json, whose output the
report written through the binding must equal byte for byte; --data is the
folder with worked-catalogue.json and worked-assessment.json (the worked
example of docs/scoring.md).
"""

import argparse
import gc
import locale
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

import libbig

REPORT_JSON = None
DATA = None

BIO2_55_TITLE = "Policies for information security"


def data(name):
    return os.path.join(DATA, name)


def c_report(*args):
    """The report as the C library writes it (bytes)."""
    out = subprocess.run(
        [REPORT_JSON, data("worked-catalogue.json"), data("worked-assessment.json")] + list(args),
        stdout=subprocess.PIPE,
        check=True,
    )
    return out.stdout


def worked():
    cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
    return cat, libbig.Assessment.load_file(cat, data("worked-assessment.json"))


class BuiltinCatalogueTest(unittest.TestCase):
    def setUp(self):
        self.cat = libbig.Catalogue.builtin("bio2")

    def test_metadata(self):
        self.assertIn("bio2", libbig.builtin_names())
        self.assertEqual(self.cat.id, "bio2")
        self.assertEqual(self.cat.version, "1.2")
        self.assertEqual(self.cat.based_on, "ISO/IEC 27002:2022")
        self.assertEqual(self.cat.max_level, 5)
        self.assertEqual(self.cat.default_target, 3)
        self.assertEqual(self.cat.diagnostics, [])
        self.assertEqual(repr(self.cat)[:24], "<libbig.Catalogue bio2 1")

    def test_counts(self):
        nodes = list(self.cat)
        self.assertEqual(len(self.cat), len(nodes))
        self.assertEqual(len(self.cat.nodes), len(nodes))
        kinds = {}
        for n in nodes:
            kinds[n.kind] = kinds.get(n.kind, 0) + 1
        self.assertEqual(kinds.get("control"), 93)
        self.assertEqual(kinds.get("measure"), 120)
        self.assertEqual(len(self.cat.roots), kinds.get("theme"))
        self.assertTrue(all(r.depth == 0 and r.parent is None for r in self.cat.roots))

    def test_pre_order(self):
        for i, n in enumerate(self.cat):
            self.assertEqual(n.index, i)
            self.assertEqual(self.cat.node(i), n)
        with self.assertRaises(IndexError):
            self.cat.node(len(self.cat))

    def test_find(self):
        n = self.cat.find("5.1")
        self.assertIsNotNone(n)
        self.assertEqual(n.id, "5.1")
        self.assertEqual(n.title, BIO2_55_TITLE)
        self.assertEqual(n.kind, "control")
        self.assertEqual(repr(n), "<libbig.Node 5.1 'Policies for information security'>")
        self.assertEqual(n.parent.id, "5")
        self.assertEqual(n.depth, 1)
        self.assertIn("ISO/IEC 27002:2022 5.1", n.refs)
        self.assertTrue(n.children)
        for child in n.children:
            self.assertEqual(child.parent, n)
            self.assertEqual(child.depth, 2)
        self.assertIsNone(self.cat.find("nope"))
        self.assertEqual(len({self.cat.find("5.1"), n}), 1)

    def test_node_outlives_catalogue(self):
        n = libbig.Catalogue.builtin("bio2").find("5.1")
        gc.collect()
        self.assertEqual(n.title, BIO2_55_TITLE)
        self.assertEqual(n.catalogue.id, "bio2")
        kids = libbig.Catalogue.builtin("bio2").find("5").children
        gc.collect()
        self.assertEqual(kids[0].id, "5.1")

    def test_unknown_builtin(self):
        with self.assertRaises(libbig.Error) as cm:
            libbig.Catalogue.builtin("nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)


class WorkedExampleTest(unittest.TestCase):
    def setUp(self):
        self.cat, self.assessment = worked()
        self.report = self.assessment.score()

    def test_catalogue(self):
        by_path = libbig.Catalogue.load_file(pathlib.Path(DATA, "worked-catalogue.json"))
        self.assertEqual(len(by_path), 8)
        self.assertEqual(len(self.cat), 8)
        self.assertEqual([n.id for n in self.cat.find("A").children], ["A.1", "A.2", "A.3"])
        a3 = self.cat.find("A.3")
        self.assertEqual(a3.weight, 2)
        self.assertTrue(a3.assessable)
        self.assertFalse(self.cat.find("A").assessable)
        self.assertTrue(self.cat.find("B.1").mandatory)
        self.assertEqual(a3.parent, self.cat.find("A"))

    def test_assessment(self):
        a = self.assessment
        self.assertEqual(a.organisation_id, "GM9901")
        self.assertEqual(a.organisation_name, "Gemeente Voorbeeldstad")
        self.assertEqual(a.period, "2025")
        self.assertEqual(a.assessed_on, "2025-10-01")
        self.assertEqual(a.target, 3)
        self.assertEqual(a.catalogue.id, "worked-example")
        r = a.result("A.1")
        self.assertEqual((r.status, r.maturity), ("implemented", 4))
        r = a.result("A.3")
        self.assertEqual(r.status, "not_applicable")
        self.assertIsNone(r.maturity)
        self.assertEqual(r.explanation, "Geen eigen datacenter")
        self.assertEqual(r.expires, "2026-12-31")
        self.assertIsNone(a.result("B.2"))

    def test_overall(self):
        o = self.report.overall
        self.assertEqual(o.implementation, 0.375)
        self.assertEqual(o.maturity_mean, 3)
        self.assertEqual(o.attained_level, 0)
        self.assertEqual(o.coverage, 5 / 6)
        self.assertEqual(o.comply_or_explain, 2 / 6)
        self.assertEqual(o.applicable, 6)
        self.assertEqual(
            o.counts,
            {
                "implemented": 1,
                "partially_implemented": 1,
                "not_implemented": 0,
                "not_applicable": 2,
                "risk_accepted": 1,
                "not_assessed": 1,
            },
        )
        self.assertEqual(self.report.rollup, "hierarchical")
        self.assertEqual(self.report.target, 3)

    def test_node_scores(self):
        a = self.report.scores("A")
        self.assertEqual(a.implementation, 0.75)
        self.assertEqual(a.maturity_mean, 3)
        self.assertEqual(a.attained_level, 2)
        self.assertEqual(a.coverage, 1)
        b = self.report.scores("B")
        self.assertEqual(b.implementation, 0)
        self.assertIsNone(b.maturity_mean)
        self.assertIsNone(b.attained_level)
        self.assertEqual(b.coverage, 2 / 3)
        self.assertIsNone(self.report.scores("nope"))
        # A.3 is properly explained: nothing to score beneath it.
        self.assertIsNone(self.report.scores("A.3").implementation)

    def test_rollups(self):
        self.assertEqual(self.assessment.score("flat").overall.implementation, 1.5 / 7)
        self.assertEqual(libbig.score(self.assessment, rollup="weakest").overall.implementation, 0)
        with self.assertRaises(libbig.Error) as cm:
            self.assessment.score("nope")
        self.assertEqual(cm.exception.code, libbig.EINVAL)

    def test_gaps(self):
        gaps = self.report.gaps
        self.assertEqual([g.id for g in gaps], ["B.1", "B.2", "B.3", "A.2"])
        self.assertTrue(gaps[0].mandatory)
        self.assertEqual(gaps[0].size, 1)
        self.assertEqual(gaps[1].weight, 3)
        self.assertEqual(gaps[2].kinds, ["implementation", "explanation"])
        self.assertEqual(gaps[3].kinds, ["implementation", "maturity"])
        self.assertEqual(gaps[3].size, 0.5)
        self.assertEqual(gaps[3].maturity, 2)
        self.assertEqual(gaps[3].status, "partially_implemented")
        self.assertIsNone(gaps[1].maturity)
        self.assertEqual(gaps[3].node.title, "Requirement A.2")

    def test_exceptions(self):
        register = self.report.exceptions
        self.assertIsInstance(register, list)
        self.assertEqual(len(register), 1)
        x = register[0]
        self.assertIsInstance(x, libbig.ExceptionEntry)
        self.assertNotIsInstance(x, BaseException)
        self.assertEqual(x.id, "A.3")
        self.assertEqual(x.status, "not_applicable")
        self.assertEqual(x.explanation, "Geen eigen datacenter")
        self.assertIsNone(x.owner)
        self.assertEqual(x.expires, "2026-12-31")
        self.assertEqual(x.node, self.cat.find("A.3"))
        self.assertEqual(x.node.title, "Requirement A.3")
        self.assertEqual(repr(x), "<libbig.ExceptionEntry A.3 not_applicable expires=2026-12-31>")
        self.assertFalse(hasattr(libbig, "Exception"))  # the builtin is not shadowed

    def test_exception_outlives_everything(self):
        entry = self.report.exceptions[0]
        node = entry.node
        del self.report, self.assessment, self.cat
        gc.collect()
        self.assertEqual(entry.node.id, "A.3")
        self.assertEqual(entry.node.title, "Requirement A.3")
        self.assertEqual(entry.node.catalogue.id, "worked-example")
        self.assertEqual(entry.explanation, "Geen eigen datacenter")
        del entry
        gc.collect()
        self.assertEqual(node.parent.id, "A")

    def test_json_equals_c(self):
        self.assertEqual(self.report.to_json().encode("utf-8"), c_report())
        self.assertEqual(
            self.assessment.score("flat").to_json(compact=True).encode("utf-8"),
            c_report("flat", "compact"),
        )

    def test_json_in_other_locale(self):
        old = locale.setlocale(locale.LC_ALL)
        try:
            locale.setlocale(locale.LC_ALL, "nl_NL.UTF-8")
        except locale.Error:
            self.skipTest("no nl_NL.UTF-8 locale")
        try:
            self.assertEqual(locale.localeconv()["decimal_point"], ",")
            self.assertEqual(self.report.to_json().encode("utf-8"), c_report())
            self.assertEqual(
                self.assessment.score("flat").to_json().encode("utf-8"), c_report("flat")
            )
        finally:
            locale.setlocale(locale.LC_ALL, old)

    def test_report_outlives_everything(self):
        report = worked()[1].score()
        gc.collect()
        self.assertEqual(report.overall.implementation, 0.375)
        self.assertEqual(report.catalogue.id, "worked-example")
        self.assertEqual(report.gaps[0].node.id, "B.1")
        self.assertEqual(report.to_json().encode("utf-8"), c_report())

    def test_repr(self):
        self.assertTrue(repr(self.report).startswith("<libbig.Report hierarchical"))
        self.assertIn("implementation=0.375", repr(self.report.overall))
        self.assertEqual(repr(self.assessment), "<libbig.Assessment GM9901 2025>")


class BuildAssessmentTest(unittest.TestCase):
    def build(self, cat):
        a = libbig.Assessment(cat, "GM9901", "2025")
        a.set_organisation_name("Gemeente Voorbeeldstad")
        a.set_assessed_on("2025-10-01")
        a.set_target(3)
        a.set_status("A.1", "implemented")
        a.set_maturity("A.1", 4)
        a.set_status("A.2", "partially_implemented")
        a.set_maturity("A.2", 2)
        a.set_status("A.3", "not_applicable")
        a.set_explanation("A.3", "Geen eigen datacenter")
        a.set_expires("A.3", "2026-12-31")
        a.set_status("B.1", "risk_accepted")
        a.set_explanation("B.1", "Vervanging gepland")
        a.set_expires("B.1", "2026-06-30")
        a.set_status("B.3", "not_applicable")
        return a

    def test_build_and_score(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = self.build(cat)
        report = a.score()
        self.assertEqual(report.overall.implementation, 0.375)
        self.assertEqual(report.to_json().encode("utf-8"), c_report())
        self.assertEqual(libbig.score(a).overall.implementation, 0.375)
        loaded = libbig.Assessment.load_file(cat, data("worked-assessment.json"))
        self.assertEqual(a.to_json(), loaded.to_json())
        again = libbig.Assessment.load_string(cat, a.to_json(compact=True))
        self.assertEqual(again.to_json(), a.to_json())

    def test_exception_owner(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = self.build(cat)
        a.set_owner("A.3", "CISO")
        register = a.score().exceptions
        self.assertEqual([x.id for x in register], ["A.3"])
        self.assertEqual(register[0].owner, "CISO")
        a.set_status("A.3", "implemented")
        self.assertEqual(a.score().exceptions, [])
        self.assertEqual(register[0].owner, "CISO")

    def test_setters(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = self.build(cat)
        a.add_evidence("A.1", "beleid-2025.pdf")
        a.set_owner("A.1", "CISO")
        r = a.result("A.1")
        self.assertEqual(r.evidence, ["beleid-2025.pdf"])
        self.assertEqual(r.owner, "CISO")
        a.set_owner("A.1", None)
        self.assertEqual(a.result("A.1").owner, "")
        a.set_maturity("A.1", None)
        self.assertIsNone(a.result("A.1").maturity)
        a.set_target(None)
        self.assertIsNone(a.target)
        a.set_target(2)
        self.assertEqual(a.target, 2)
        a.organisation_kind = "gemeente"
        self.assertEqual(a.organisation_kind, "gemeente")
        a.set_attribute("inhabitants", 41250)
        self.assertEqual(a.attributes, {"inhabitants": 41250.0})
        self.assertEqual(a.score().target, 2)
        self.assertEqual(a.score(target=4).target, 4)

    def test_setter_errors(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = libbig.Assessment(cat, "GM9901", "2025")
        cases = [
            (lambda: a.set_status("nope", "implemented"), libbig.ENOTFOUND),
            (lambda: a.set_status("A", "implemented"), libbig.EINVAL),
            (lambda: a.set_status("A.1", "done"), libbig.EINVAL),
            (lambda: a.set_maturity("A.1", 9), libbig.ERANGE),
            (lambda: a.set_target(6), libbig.ERANGE),
            (lambda: a.set_expires("A.1", "31-12-2026"), libbig.EINVAL),
            (lambda: libbig.Assessment(cat, "", "2025"), libbig.EINVAL),
        ]
        for call, code in cases:
            with self.assertRaises(libbig.Error) as cm:
                call()
            self.assertEqual(cm.exception.code, code, str(cm.exception))
            self.assertEqual(cm.exception.name, libbig.error_name(code))
            self.assertTrue(str(cm.exception))
        with self.assertRaises(TypeError):
            libbig.Assessment(None, "GM9901", "2025")
        with self.assertRaises(TypeError):
            a.set_maturity("A.1", "three")
        with self.assertRaises(TypeError):
            libbig.Catalogue.load_string(42)
        with self.assertRaises(OverflowError):
            a.set_maturity("A.1", 2**40)


class ErrorTest(unittest.TestCase):
    # The 'x' on line 3, column 5 is not a JSON value.
    BAD = '{\n  "format":\n    x\n}\n'

    def test_syntax_error_string(self):
        with self.assertRaises(libbig.Error) as cm:
            libbig.Catalogue.load_string(self.BAD)
        e = cm.exception
        self.assertIsInstance(e, Exception)
        self.assertEqual(e.code, libbig.ESYNTAX)
        self.assertEqual(e.name, "BIG_ESYNTAX")
        self.assertIn("<buffer>:3:5:", str(e))
        self.assertEqual((e.line, e.column), (3, 5))
        with self.assertRaises(libbig.Error) as cm:
            libbig.Catalogue.load_buffer(self.BAD.encode(), source="mine.json")
        self.assertIn("mine.json:3:5:", str(cm.exception))

    def test_syntax_error_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bad.json")
            with open(path, "w") as f:
                f.write(self.BAD)
            with self.assertRaises(libbig.Error) as cm:
                libbig.Catalogue.load_file(path)
        self.assertEqual(cm.exception.code, libbig.ESYNTAX)
        self.assertIn("bad.json:3:5:", str(cm.exception))

    def test_missing_file(self):
        path = os.path.join(DATA, "no-such-file.json")
        with self.assertRaises(libbig.Error) as cm:
            libbig.Catalogue.load_file(path)
        self.assertEqual(cm.exception.code, libbig.EIO)
        self.assertEqual(cm.exception.code, -4)
        self.assertEqual(cm.exception.name, "BIG_EIO")
        self.assertIn("no-such-file.json", str(cm.exception))
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        with self.assertRaises(libbig.Error) as cm:
            libbig.Assessment.load_file(cat, path)
        self.assertEqual(cm.exception.code, libbig.EIO)

    def test_mismatch(self):
        with self.assertRaises(libbig.Error) as cm:
            libbig.Assessment.load_file(
                libbig.Catalogue.builtin("bio2"), data("worked-assessment.json")
            )
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)

    def test_strict(self):
        with open(data("worked-catalogue.json"), encoding="utf-8") as f:
            text = f.read().replace('"language"', '"colour": "red", "language"', 1)
        cat = libbig.Catalogue.load_string(text)
        self.assertEqual([d.code for d in cat.diagnostics], ["unknown-field"])
        self.assertEqual(cat.diagnostics[0].severity, "warning")
        with self.assertRaises(libbig.Error) as cm:
            libbig.Catalogue.load_string(text, strict=True)
        self.assertEqual(cm.exception.code, libbig.ESCHEMA)

    def test_docstrings(self):
        self.assertIn("strict", libbig.Catalogue.load_file.__doc__)
        self.assertIn("Title", libbig.Node.title.__doc__)
        self.assertTrue(libbig.Error.__doc__)
        self.assertTrue(libbig.__version__)


def main():
    global REPORT_JSON, DATA
    parser = argparse.ArgumentParser()
    parser.add_argument("--report-json", required=True)
    parser.add_argument("--data", required=True)
    args, rest = parser.parse_known_args()
    REPORT_JSON = os.path.abspath(args.report_json)
    DATA = os.path.abspath(args.data)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
