"""Tests of the Python binding of libbig: catalogues, assessments, reports,
mappings, comparisons (run by `meson test --suite python` through
../run-tests.py, with pytest when the interpreter has it).

The C helper bindings/tests/report-json writes what the report (JSON, CSV,
gaps CSV) and the comparison written through the binding must equal byte
for byte; the data are the worked examples of docs/scoring.md
(worked-*.json, model-*.json, small-*.json) and demo-assessment.json (an
assessment of the built-in bio2). Where they are: helpers.py.
"""

import gc
import math
import os
import pathlib
import subprocess
import tempfile
import unittest

import libbig

from helpers import DATA, EXAMPLES, REPORT_JSON, c_output, data, dutch_locale, worked

BIO2_55_TITLE = "Beleid voor informatiebeveiliging"


def c_report(*args):
    """The report as the C library writes it (bytes)."""
    out = subprocess.run(
        [REPORT_JSON, data("worked-catalogue.json"), data("worked-assessment.json")] + list(args),
        stdout=subprocess.PIPE,
        check=True,
    )
    return out.stdout


def model():
    cat = libbig.Catalogue.load_file(data("model-catalogue.json"))
    return cat, libbig.Assessment.load_file(cat, data("model-assessment.json"))


def worked_after(cat):
    """The worked example a year on (docs/scoring.md, "Worked example: comparison")."""
    a = libbig.Assessment.load_file(cat, data("worked-assessment.json"))
    a.set_status("A.2", "implemented")
    a.set_status("B.2", "partially_implemented")
    a.set_explanation("B.3", "Geen eigen netwerk")
    a.set_expires("B.3", "2027-01-01")
    return a


class BuiltinCatalogueTest(unittest.TestCase):
    def setUp(self):
        self.cat = libbig.Catalogue.builtin("bio2")

    def test_metadata(self):
        self.assertEqual(libbig.builtin_names(), ["big-2013", "bio-1.04", "bio2-1.2", "bio2-1.3"])
        # The short name of earlier releases is an alias of bio2-1.2.
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
        self.assertEqual(repr(n), "<libbig.Node 5.1 'Beleid voor informatiebeveiliging'>")
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


class LanguageTest(unittest.TestCase):
    """Built-in names and aliases, titles per language, the lang option (issue 18)."""

    def setUp(self):
        self.cat = libbig.Catalogue.builtin("bio2-1.3")
        self.demo = os.path.join(EXAMPLES, "demo-assessment.json")

    def test_builtin_alias(self):
        self.assertEqual(libbig.builtin_alias("bio2-1.2"), "bio2")
        self.assertEqual(libbig.builtin_alias("bio2"), "bio2")
        self.assertIsNone(libbig.builtin_alias("bio2-1.3"))
        self.assertIsNone(libbig.builtin_alias("nope"))
        self.assertEqual(libbig.Catalogue.builtin("bio2").version, "1.2")

    def test_titles(self):
        n = self.cat.find("5.01.01")
        self.assertEqual(n.title_languages, ["en"])
        self.assertEqual(n.title_in("en"), "Information security policy adopted by the board")
        self.assertEqual(n.title_in("en-GB"), n.title_in("en"))
        self.assertEqual(n.title_in("nl"), n.title)
        self.assertEqual(n.title_in(None), n.title)
        self.assertEqual(n.title_in("fr"), n.title)
        self.assertEqual(self.cat.find("5").title_in("en"), "Organisational controls")

    def test_lang_option(self):
        bio12 = libbig.Catalogue.builtin("bio2-1.2")
        a = libbig.Assessment.load_file(bio12, self.demo)
        report = a.score(lang="en")
        self.assertEqual(report.lang, "en")
        self.assertEqual(a.score().lang, "")
        self.assertEqual(report.to_json().encode("utf-8"),
                         c_output("--lang=en", "builtin:bio2-1.2", self.demo))
        self.assertEqual(libbig.score(a, lang="en").lang, "en")
        self.assertEqual(libbig.compare(a, a, lang="en").after.lang, "en")
        self.assertEqual(libbig.aggregate([a], lang="en").lang, "en")
        self.assertEqual(libbig.distribution([report]).lang, "en")
        m = libbig.migrate(a, libbig.Mapping.builtin("bio2-1.2-to-1.3"), self.cat, lang="en")
        self.assertEqual(m.to_csv().encode("utf-8"),
                         c_output("--migrate=builtin:bio2-1.2-to-1.3", "--to=builtin:bio2-1.3",
                                  "--csv", "--lang=en", "builtin:bio2-1.2", self.demo))
        with self.assertRaises(TypeError):
            libbig.distribution([report], lang="en")


class TextsTest(unittest.TestCase):
    """Text overlays (libbig.texts, issue 18): loading, access, scoring with one."""

    def setUp(self):
        self.cat, self.assessment = worked()
        self.path = data("worked-texts.json")

    def test_load(self):
        t = libbig.Texts.load_file(self.cat, self.path, strict=True)
        self.assertEqual(len(t), 3)
        self.assertEqual((t.language, t.fingerprint, t.licence), ("en", "", "CC0-1.0"))
        self.assertEqual(t.source, "Written for the tests of libbig")
        self.assertEqual(t.catalogue.id, "worked-example")
        self.assertEqual(t.title("A.2"), "Keep an asset register")
        self.assertEqual(t.title(self.cat.find("A.2")), "Keep an asset register")
        self.assertIn("\"reviewed\" yearly.\nEach", t.text("A.2"))
        self.assertIsNone(t.title("B.1"))
        self.assertIsNone(t.text("nope"))
        self.assertEqual(t.title_lang("A.2"), "Keep an asset register")
        self.assertEqual(t.title_lang("A.2", "nl"), "Requirement A.2")
        self.assertIsNone(t.title_lang("nope"))
        self.assertEqual(t.diagnostics, [])

    def test_errors_and_diagnostics(self):
        head = ('{"format": "libbig.texts", "format_version": 1, "catalogue": '
                '{"id": "worked-example", "version": "1"}, "language": "en", ')
        t = libbig.Texts.load_string(self.cat, head + '"texts": {"Z": {"title": "z"}}}')
        self.assertEqual(len(t), 0)
        self.assertEqual([(d.code, d.path) for d in t.diagnostics],
                         [("unknown-node", "$.texts.Z")])
        with self.assertRaises(libbig.Error) as cm:
            libbig.Texts.load_string(self.cat, head + '"texts": {"Z": {"title": "z"}}}',
                                     strict=True)
        self.assertEqual((cm.exception.name, cm.exception.path), ("BIG_ENOTFOUND", "$.texts.Z"))
        with self.assertRaises(libbig.Error) as cm:
            libbig.Texts.load_file(libbig.Catalogue.builtin("bio2-1.3"), self.path)
        self.assertEqual((cm.exception.name, cm.exception.path), ("BIG_EMISMATCH", "$.catalogue"))
        with self.assertRaises(libbig.Error) as cm:
            libbig.Texts.load_string(self.cat, head + '"texts": {"A.1": {}}}')
        self.assertEqual(cm.exception.path, '$.texts["A.1"]')

    def test_score_with_texts(self):
        t = libbig.Texts.load_file(self.cat, self.path)
        report = self.assessment.score(texts=t, include_text=True)
        del t
        gc.collect()
        self.assertTrue(report.include_text)
        self.assertEqual(report.texts.language, "en")
        self.assertEqual(report.node_title("A.2"), "Keep an asset register")
        self.assertEqual(report.node_text("B.1"), "Backups are made and tested.")
        self.assertIsNone(report.node_text("A.1"))
        wtexts = "--texts=" + self.path
        self.assertEqual(report.to_json().encode("utf-8"),
                         c_output(wtexts, "--include-text", data("worked-catalogue.json"),
                                  data("worked-assessment.json")))
        self.assertEqual(report.gaps_to_csv().encode("utf-8"),
                         c_output(wtexts, "--include-text", "--gaps-csv",
                                  data("worked-catalogue.json"), data("worked-assessment.json")))
        plain = self.assessment.score()
        self.assertIsNone(plain.texts)
        self.assertFalse(plain.include_text)
        self.assertEqual(plain.node_title("A.2"), "Requirement A.2")
        other = libbig.Texts.load_string(
            libbig.Catalogue.load_file(data("small-catalogue.json")),
            '{"format": "libbig.texts", "format_version": 1, "catalogue": {"id": "%s", '
            '"version": "%s"}, "language": "en", "texts": {}}' % (
                libbig.Catalogue.load_file(data("small-catalogue.json")).id,
                libbig.Catalogue.load_file(data("small-catalogue.json")).version))
        with self.assertRaises(libbig.Error) as cm:
            libbig.score(self.assessment, texts=other)
        self.assertEqual(cm.exception.name, "BIG_EMISMATCH")
        with self.assertRaises(TypeError):
            self.assessment.score(texts="worked-texts.json")


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

    def test_result_is_live(self):
        """A Result is a view of its assessment: it shows later changes."""
        cat = libbig.Catalogue.builtin("bio2")
        a = libbig.Assessment(cat, "GM0001", "2025")
        req = cat.requirements[0].id
        a.set_status(req, "partially_implemented")
        r = a.result(req)
        a.set_status(req, "implemented")
        a.set_maturity(req, 3)
        self.assertEqual((r.status, r.maturity), ("implemented", 3))

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
        with dutch_locale(self):
            self.assertEqual(self.report.to_json().encode("utf-8"), c_report())
            self.assertEqual(
                self.assessment.score("flat").to_json().encode("utf-8"), c_report("flat")
            )

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

    def test_text_of_every_width(self):
        # Writers return str built by the binding's own conversion when every
        # character is below U+0100 (big_py_text): names with letters of one
        # to four bytes at every position of an 8-byte word must come back.
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        letters = ["e", "\u00eb", "\u00a0", "\u00ff", "\u0080", "\u20ac", "\U0001f600"]
        for letter in letters:
            for before in range(0, 17):
                for after in range(0, 3):
                    name = "x" * before + letter + "y" * after + letter
                    a = libbig.Assessment(cat, "GM9901", "2025")
                    a.set_organisation_name(name)
                    text = a.to_json(compact=True)
                    self.assertIn('"name":"%s"' % name, text)
                    self.assertEqual(text.encode("utf-8"), a.to_json(compact=True).encode())
                    self.assertEqual(
                        libbig.Assessment.load_string(cat, text).organisation_name, name
                    )
        # More letters of two bytes than the conversion keeps the places of.
        for count in (63, 64, 65, 200):
            name = "\u00eb" * count + "x" * count + "\u00ff"
            a = libbig.Assessment(cat, "GM9901", "2025")
            a.set_organisation_name(name)
            self.assertIn('"name":"%s"' % name, a.to_json(compact=True))

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

    def test_actions(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = self.build(cat)
        self.assertEqual(a.result("A.2").actions, [])
        a.add_action("A.2", "Back-ups testen", "IT-beheer", "2026-03-31")
        a.add_action("A.2", "Herstelplan", status="done")
        acts = a.result("A.2").actions
        self.assertEqual([(x.description, x.owner, x.due, x.status) for x in acts],
                         [("Back-ups testen", "IT-beheer", "2026-03-31", "planned"),
                          ("Herstelplan", None, None, "done")])
        self.assertEqual(libbig.action_status_names(), ["planned", "in_progress", "done"])
        again = libbig.Assessment.load_string(cat, a.to_json())
        self.assertEqual(again.to_json(), a.to_json())
        self.assertIn('"actions": [', a.to_json())
        with self.assertRaises(libbig.Error) as e:
            a.add_action("A.2", "x", status="started")
        self.assertEqual(e.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error):
            a.add_action("A.2", "", None, None)
        with self.assertRaises(libbig.Error):
            a.add_action("A.2", "x", due="2026-02-30")
        a.clear_actions("A.2")
        self.assertEqual(a.result("A.2").actions, [])
        del a, again
        self.assertEqual(acts[0].description, "Back-ups testen")  # kept alive

    def test_gap_actions(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = libbig.Assessment.load_file(cat, data("actions-assessment.json"))
        report = a.score()
        gaps = {g.id: g for g in report.gaps}
        self.assertEqual([(g.owner, g.open_actions, g.without_action, g.overdue)
                          for g in (gaps["A.2"], gaps["B.1"], gaps["B.2"], gaps["B.3"])],
                         [("CISO", 2, False, True), (None, 1, False, False),
                          (None, 0, True, False), (None, 0, True, False)])
        self.assertEqual(report.as_of, "2025-10-01")
        acts = report.gap_actions("A.2")
        self.assertEqual([(x.description, x.owner, x.due, x.status) for x in acts],
                         [("Back-ups testen", "IT-beheer", "2025-09-30", "in_progress"),
                          ("Herstel oefenen", None, "2026-03-31", "planned")])
        self.assertEqual(report.gap_actions("A.1"), [])  # not a gap
        later = a.score(as_of="2026-04-01")
        self.assertEqual(later.as_of, "2026-04-01")
        self.assertEqual([g.id for g in later.gaps if g.overdue], ["B.1", "A.2"])
        self.assertIn('"as_of": "2026-04-01"', later.to_json())
        with self.assertRaises(libbig.Error) as e:
            a.score(as_of="2026-02-30")
        self.assertEqual(e.exception.code, libbig.EINVAL)
        del report, a, later
        self.assertEqual(acts[1].description, "Herstel oefenen")  # the report's copy

    def test_demonstration(self):
        cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        a = self.build(cat)
        self.assertIsNone(a.result("A.1").opzet)
        a.set_demonstrated("A.1", "opzet", True)
        a.add_demonstration_evidence("A.1", "werking", "pentest", "Pentest", date="2025-03-01")
        a.add_demonstration_evidence("A.1", "werking", "document", "Beleid", "intranet")
        r = a.result("A.1")
        self.assertTrue(r.opzet.demonstrated)
        self.assertEqual(r.opzet.evidence, [])
        self.assertIsNone(r.bestaan)
        self.assertFalse(r.werking.demonstrated)
        e = r.werking.evidence
        self.assertEqual([(x.kind, x.what, x.where, x.date) for x in e],
                         [("pentest", "Pentest", None, "2025-03-01"),
                          ("document", "Beleid", "intranet", None)])
        self.assertEqual(libbig.dimension_names(), ["opzet", "bestaan", "werking"])
        self.assertEqual(libbig.evidence_kind_names()[-1], "other")
        again = libbig.Assessment.load_string(cat, a.to_json())
        self.assertEqual(again.to_json(), a.to_json())
        # build(): A.1 implemented, A.3 explained, B.1's risk acceptance
        # of a mandatory requirement is not: 5 must show them.
        overall = a.score().overall
        self.assertEqual((overall.opzet, overall.bestaan, overall.werking), (0.2, 0.0, 0.0))
        self.assertIsNone(libbig.Assessment(cat, "GM1", "2025").score().overall.opzet)
        self.assertEqual([g.kinds for g in a.score().gaps if g.id == "A.1"], [["werking"]])
        with self.assertRaises(libbig.Error) as e:
            a.set_demonstrated("A.1", "design", True)
        self.assertEqual(e.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error):
            a.add_demonstration_evidence("A.1", "opzet", "survey", "x")
        with self.assertRaises(libbig.Error):
            a.add_demonstration_evidence("A.1", "opzet", "audit", "x", date="2025-13-01")

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


class ModelCatalogueTest(unittest.TestCase):
    """The catalogue of docs/scoring.md, "Worked example 2"."""

    def setUp(self):
        self.cat = model()[0]

    def test_maturity_model(self):
        self.assertEqual(self.cat.max_level, 3)
        self.assertEqual(self.cat.default_target, 2)
        self.assertEqual(
            [self.cat.level_label(i) for i in range(4)], ["geen", "begin", "vast", "bewezen"]
        )
        for level in (-1, 4):
            with self.assertRaises(IndexError):
                self.cat.level_label(level)
        criteria = self.cat.criteria
        self.assertTrue(all(isinstance(c, libbig.Criterion) for c in criteria))
        self.assertEqual(
            [(c.id, c.level, c.label) for c in criteria],
            [
                ("owner", 1, "Eigenaar benoemd"),
                ("written", 2, "Beschreven"),
                ("approved", 2, ""),
                ("tested", 3, "Getest"),
            ],
        )
        self.assertEqual(self.cat.find_criterion("tested").level, 3)
        self.assertIsNone(self.cat.find_criterion("nope"))
        self.assertEqual(repr(criteria[0]), "<libbig.Criterion owner level=1>")
        bio2 = libbig.Catalogue.builtin("bio2")
        self.assertEqual(bio2.max_level, 5)
        self.assertEqual(
            [c.id for c in bio2.criteria],
            ["performed", "documented", "implemented", "monitored", "improved"],
        )

    def test_tags(self):
        tags = self.cat.tags
        self.assertTrue(all(isinstance(t, libbig.Tag) for t in tags))
        self.assertEqual(
            [(t.id, t.label) for t in tags],
            [("bbn1", "BBN1"), ("bbn2", "BBN2"), ("bbn3", ""), ("cloud", "Cloud")],
        )
        self.assertEqual(self.cat.find_tag("cloud").label, "Cloud")
        self.assertIsNone(self.cat.find_tag("nope"))
        self.assertEqual(libbig.Catalogue.load_file(data("worked-catalogue.json")).tags, [])
        h12 = self.cat.find("H1.2")
        self.assertEqual(h12.tags, ["cloud"])
        self.assertTrue(h12.carries_tag("cloud"))
        self.assertTrue(h12.carries_tag("bbn1"))  # through H1
        self.assertFalse(h12.carries_tag("bbn2"))
        self.assertFalse(self.cat.find("H2.3").carries_tag("bbn1"))

    def test_profiles(self):
        profiles = self.cat.profiles
        self.assertTrue(all(isinstance(p, libbig.Profile) for p in profiles))
        self.assertEqual(
            [p.id for p in profiles], ["bbn3", "bbn2", "bbn1", "cloud", "alles", "cloud-bbn1"]
        )
        bbn2 = self.cat.find_profile("bbn2")
        self.assertEqual(bbn2, profiles[1])
        self.assertEqual(len({bbn2, profiles[1]}), 1)
        self.assertIsNone(self.cat.find_profile("nope"))
        self.assertEqual(bbn2.title, "BBN2")
        self.assertEqual(bbn2.tags, ["bbn2"])
        self.assertEqual(bbn2.extends, [self.cat.find_profile("bbn1")])
        self.assertEqual(bbn2.priority, ["bbn1", "bbn2", "bbn3"])  # inherited from bbn1
        self.assertFalse(bbn2.selects_all)
        self.assertEqual([n.id for n in bbn2.requirements], ["H1.1", "H1.2", "H2.1"])
        self.assertEqual(len(bbn2), 3)
        self.assertTrue(bbn2.selects(self.cat.find("H1.1")))
        self.assertFalse(bbn2.selects(self.cat.find("H2.2")))
        self.assertFalse(bbn2.selects(self.cat.find("H1")))  # not a requirement
        self.assertFalse(bbn2.selects(libbig.Catalogue.load_file(data("model-catalogue.json")).find("H1.1")))
        with self.assertRaises(TypeError):
            bbn2.selects(None)
        alles = self.cat.find_profile("alles")
        self.assertTrue(alles.selects_all)
        self.assertEqual(alles.tags, [])
        self.assertEqual(alles.priority, ["cloud"])
        self.assertEqual(len(alles), 5)
        self.assertEqual([p.id for p in self.cat.find_profile("cloud-bbn1").extends], ["cloud", "bbn1"])
        self.assertEqual(self.cat.find_profile("cloud").title, "")
        self.assertEqual(repr(bbn2), "<libbig.Profile bbn2 'BBN2'>")
        self.assertEqual(bbn2.catalogue.id, "model")

    def test_profile_outlives_catalogue(self):
        p = model()[0].find_profile("bbn2")
        extended = libbig.Catalogue.load_file(data("model-catalogue.json")).profiles[0].extends
        gc.collect()
        self.assertEqual(p.id, "bbn2")
        self.assertEqual(p.catalogue.id, "model")
        self.assertEqual([n.id for n in p.requirements], ["H1.1", "H1.2", "H2.1"])
        self.assertEqual(p.extends[0].extends, [])
        self.assertEqual([e.id for e in extended], ["bbn2"])
        self.assertEqual(extended[0].extends[0].id, "bbn1")

    def test_status_values(self):
        self.assertEqual(self.cat.status_value("implemented"), 1)
        self.assertEqual(self.cat.status_value("partially_implemented"), 0.6)
        self.assertEqual(self.cat.status_value("not_implemented"), 0)
        self.assertEqual(libbig.Catalogue.builtin("bio2").status_value("partially_implemented"), 0.5)
        with self.assertRaises(libbig.Error) as cm:
            self.cat.status_value("done")
        self.assertEqual(cm.exception.code, libbig.EINVAL)

    def test_requirements(self):
        self.assertEqual(
            [n.id for n in self.cat.requirements], ["H1.1", "H1.2", "H2.1", "H2.2", "H2.3"]
        )
        self.assertTrue(all(n.assessable for n in libbig.Catalogue.builtin("bio2").requirements))


class ModelAssessmentTest(unittest.TestCase):
    """docs/scoring.md, "Worked example 2": profiles, criteria, status values, tag priority."""

    def setUp(self):
        self.cat, self.assessment = model()
        self.report = self.assessment.score()

    def test_assessment(self):
        a = self.assessment
        self.assertEqual(a.profile, "bbn2")
        self.assertEqual(a.derived_maturity("H1.1"), 2)
        self.assertEqual(a.derived_maturity("H1.2"), 1)
        self.assertEqual(a.derived_maturity("H2.1"), 0)
        self.assertIsNone(a.derived_maturity("H2.2"))
        self.assertIsNone(a.derived_maturity("H2.3"))
        self.assertEqual(a.result("H1.1").maturity, 3)  # as given
        self.assertEqual(a.result("H1.1").criteria, ["owner", "written", "approved"])
        self.assertEqual(a.result("H2.1").criteria, [])
        self.assertIsNone(a.result("H2.2").criteria)
        self.assertEqual(a.diagnostics, [])
        # A finding of scoring: 3 given, 2 derived and used.
        self.assertEqual(
            [(d.code, d.path) for d in a.score().diagnostics],
            [("maturity-mismatch", '$.results["H1.1"].maturity')],
        )

    def test_scores(self):
        r = self.report
        o = r.overall
        self.assertEqual(o.implementation, 0.4)
        self.assertEqual(self.assessment.score("flat").overall.implementation, 0.5333333333333333)
        self.assertEqual(o.maturity_mean, 1)
        self.assertEqual(o.attained_level, 0)
        self.assertEqual(o.coverage, 1)
        self.assertEqual(o.comply_or_explain, 0.3333333333333333)
        self.assertEqual(o.applicable, 3)
        self.assertEqual(r.scores("H1").implementation, 0.8)
        self.assertEqual(r.scores("H2").implementation, 0)
        self.assertEqual(r.target, 2)
        self.assertIsInstance(r.profile, libbig.Profile)
        self.assertEqual(r.profile.id, "bbn2")
        self.assertIn("profile=bbn2", repr(r))

    def test_gaps(self):
        gaps = self.report.gaps
        self.assertEqual([(g.id, g.tag) for g in gaps], [("H1.2", "bbn1"), ("H2.1", "bbn2")])
        self.assertEqual(gaps[0].size, 0.4)
        self.assertEqual(gaps[0].maturity, 1)
        self.assertEqual(gaps[0].kinds, ["implementation", "maturity"])
        self.assertEqual(gaps[1].size, 1)
        self.assertEqual(gaps[1].maturity, 0)
        for g in libbig.Assessment.load_file(*worked()[:1], data("worked-assessment.json")).score().gaps:
            self.assertIsNone(g.tag)

    def test_attainments(self):
        att = self.report.attainments
        self.assertTrue(all(isinstance(x, libbig.Attainment) for x in att))
        self.assertEqual(
            {x.id: (x.requirements, x.complied, x.attained) for x in att},
            {
                "bbn1": (2, 1, False),
                "bbn2": (3, 1, False),
                "bbn3": (4, 2, False),
                "cloud": (2, 1, False),
                "alles": (5, 2, False),
                "cloud-bbn1": (3, 2, False),
            },
        )
        self.assertEqual([x.id for x in att], [p.id for p in self.cat.profiles])
        self.assertEqual(att[0].profile, self.cat.find_profile("bbn3"))
        # Independent of the profile scored for.
        again = self.assessment.score(profile="alles").attainments
        self.assertEqual([(x.requirements, x.complied) for x in again],
                         [(x.requirements, x.complied) for x in att])
        self.assertEqual(worked()[1].score().attainments, [])
        self.assertEqual(repr(att[0]), "<libbig.Attainment bbn3 requirements=4 complied=2>")

    def test_profile_option(self):
        a = self.assessment
        alles = a.score(profile="alles")
        self.assertEqual(alles.profile.id, "alles")
        self.assertEqual(alles.overall.applicable, 5)
        # Priority of alles: cloud; H1.2 carries cloud, H2.1 does not.
        self.assertEqual(
            [(g.id, g.tag) for g in alles.gaps],
            [("H1.2", "cloud"), ("H2.1", None), ("H2.3", None)],
        )
        self.assertEqual(libbig.score(a, profile="bbn1").overall.applicable, 2)
        self.assertEqual(libbig.score(a, "flat", 3, "bbn1").target, 3)
        with self.assertRaises(libbig.Error) as cm:
            a.score(profile="nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        a.set_profile(None)
        self.assertIsNone(a.profile)
        self.assertIsNone(a.score().profile)
        self.assertEqual(a.score().overall.applicable, 5)
        a.set_profile("bbn1")
        self.assertEqual(a.profile, "bbn1")
        self.assertEqual(a.score().profile.id, "bbn1")
        with self.assertRaises(libbig.Error) as cm:
            a.set_profile("nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        self.assertEqual(a.profile, "bbn1")

    def test_report_profile_outlives_everything(self):
        profile = model()[1].score().profile
        gc.collect()
        self.assertEqual(profile.id, "bbn2")
        self.assertEqual(profile.extends[0].id, "bbn1")

    def test_criteria_met(self):
        a = self.assessment
        a.set_criteria_met("H2.1", ["owner", "written", "approved", "tested"])
        self.assertEqual(a.derived_maturity("H2.1"), 3)
        a.set_criteria_met("H2.1", ("written", "approved"))  # level 1 (owner) not met
        self.assertEqual(a.derived_maturity("H2.1"), 0)
        self.assertEqual(a.result("H2.1").criteria, ["written", "approved"])
        a.set_criteria_met("H2.1", [])
        self.assertEqual(a.derived_maturity("H2.1"), 0)
        self.assertEqual(a.result("H2.1").criteria, [])
        a.set_criteria_met("H2.1", None)
        self.assertIsNone(a.derived_maturity("H2.1"))
        self.assertIsNone(a.result("H2.1").criteria)
        a.set_criteria_met("H1.1", None)  # the given maturity 3 counts again
        self.assertEqual(a.score().scores("H1.1").maturity_mean, 3)
        cases = [
            (lambda: a.set_criteria_met("H2.1", ["nope"]), libbig.ENOTFOUND),
            (lambda: a.set_criteria_met("H2.1", ["owner", "owner"]), libbig.EINVAL),
            (lambda: a.set_criteria_met("nope", ["owner"]), libbig.ENOTFOUND),
            (lambda: a.set_criteria_met("H1", ["owner"]), libbig.EINVAL),
        ]
        for call, code in cases:
            with self.assertRaises(libbig.Error) as cm:
                call()
            self.assertEqual(cm.exception.code, code, str(cm.exception))
        for bad in ("owner", b"owner", [1], ["owner", None], 42):
            with self.assertRaises(TypeError):
                a.set_criteria_met("H2.1", bad)
        self.assertIsNone(a.result("H2.1").criteria)

    def test_json_and_csv_equal_c(self):
        args = [data("model-catalogue.json"), data("model-assessment.json")]
        r = self.report
        self.assertEqual(r.to_json().encode("utf-8"), c_output(*args))
        self.assertEqual(r.to_csv().encode("utf-8"), c_output("--csv", *args))
        self.assertEqual(r.gaps_to_csv().encode("utf-8"), c_output("--gaps-csv", *args))
        flat = self.assessment.score("flat", profile="alles")
        self.assertEqual(
            flat.to_json(compact=True).encode("utf-8"),
            c_output("--profile=alles", *args, "flat", "compact"),
        )
        self.assertEqual(
            flat.to_csv(bom=True, safe=True).encode("utf-8"),
            c_output("--csv", "--bom", "--safe", "--profile=alles", *args, "flat"),
        )
        self.assertEqual(
            flat.gaps_to_csv(bom=True).encode("utf-8"),
            c_output("--gaps-csv", "--bom", "--profile=alles", *args, "flat"),
        )
        self.assertTrue(r.to_csv(bom=True).startswith("\ufeffid,kind,title,"))
        self.assertTrue(r.gaps_to_csv().startswith("rank,id,title,kinds,size,status,maturity,tag,"))
        self.assertIn("\r\n1,H1.2,b,implementation|maturity,0.4,partially_implemented,1,bbn1,false,1,,0,true,false,\r\n",
                      r.gaps_to_csv())


class ParityTest(unittest.TestCase):
    """The bytes of the binding equal those of the C library."""

    def check(self, cat, assessment, args):
        report = assessment.score()
        self.assertEqual(report.to_json().encode("utf-8"), c_output(*args))
        self.assertEqual(report.to_csv().encode("utf-8"), c_output("--csv", *args))
        self.assertEqual(report.gaps_to_csv().encode("utf-8"), c_output("--gaps-csv", *args))
        self.assertEqual(
            report.gaps_to_csv(bom=True, safe=True).encode("utf-8"),
            c_output("--gaps-csv", "--bom", "--safe", *args),
        )

    def test_worked(self):
        cat, a = worked()
        self.check(cat, a, [data("worked-catalogue.json"), data("worked-assessment.json")])
        with open(data("worked-report.csv"), "rb") as f:
            self.assertEqual(a.score().to_csv().encode("utf-8"), f.read())
        with open(data("worked-gaps.csv"), "rb") as f:
            self.assertEqual(a.score().gaps_to_csv().encode("utf-8"), f.read())

    def test_model(self):
        cat, a = model()
        self.check(cat, a, [data("model-catalogue.json"), data("model-assessment.json")])

    def test_bio2_demo(self):
        cat = libbig.Catalogue.builtin("bio2")
        demo = os.path.join(EXAMPLES, "demo-assessment.json")
        a = libbig.Assessment.load_file(cat, demo)
        self.assertEqual(a.profile, "alles")
        self.check(cat, a, ["builtin:bio2", demo])
        gaps = a.score().gaps
        self.assertTrue(gaps)
        self.assertEqual(gaps[0].tag, "basishygiene")
        report = a.score("flat", profile="basishygiene")
        self.assertEqual(
            report.to_json().encode("utf-8"),
            c_output("--profile=basishygiene", "builtin:bio2", demo, "flat"),
        )

    def test_csv_in_other_locale(self):
        with dutch_locale(self):
            args = [data("model-catalogue.json"), data("model-assessment.json")]
            report = model()[1].score()
            self.assertEqual(report.to_csv().encode("utf-8"), c_output("--csv", *args))
            self.assertEqual(report.gaps_to_csv().encode("utf-8"), c_output("--gaps-csv", *args))


class MappingTest(unittest.TestCase):
    def setUp(self):
        self.m = libbig.Mapping.load_file(data("small-mapping.json"))
        self.small = libbig.Catalogue.load_file(data("small-catalogue.json"))
        self.worked = libbig.Catalogue.load_file(data("worked-catalogue.json"))

    def test_properties(self):
        m = self.m
        self.assertEqual(m.id, "small-to-worked")
        self.assertEqual(m.title, "Small catalogue to the worked example")
        self.assertTrue(m.note.startswith("A test mapping"))
        self.assertEqual((m.source_id, m.source_version), ("small", "0.9"))
        self.assertEqual((m.target_id, m.target_version), ("worked-example", "1"))
        self.assertEqual(m.unmapped, ["1.2", "2"])
        self.assertEqual(m.diagnostics, [])
        entries = m.entries
        self.assertTrue(all(isinstance(e, libbig.MappingEntry) for e in entries))
        self.assertEqual(
            [(e.source, e.target, e.relationship) for e in entries],
            [
                ("1.1", "A.1", "equal"),
                ("1.2.1", "A.2", "subset"),
                ("1.2.2", "A.2", "subset"),
                ("1.2.2", "A.3", "intersect"),
                ("2.1", "B.1", "superset"),
                ("2.1", "A.2", "not_related"),
            ],
        )
        self.assertEqual(repr(entries[0]), "<libbig.MappingEntry 1.1 equal A.1>")
        self.assertEqual([e.target for e in m.source_entries("1.2.2")], ["A.2", "A.3"])
        self.assertEqual([e.source for e in m.target_entries("A.2")], ["1.2.1", "1.2.2", "2.1"])
        self.assertEqual(m.source_entries("nope"), [])
        self.assertEqual(m.target_entries("1.1"), [])

    def test_entries_outlive_mapping(self):
        entries = libbig.Mapping.load_file(data("small-mapping.json")).source_entries("2.1")
        gc.collect()
        self.assertEqual([(e.target, e.relationship) for e in entries],
                         [("B.1", "superset"), ("A.2", "not_related")])

    def test_check(self):
        self.assertIsNone(self.m.check(self.small, self.worked))
        with self.assertRaises(libbig.Error) as cm:
            self.m.check(self.worked, self.small)
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        self.assertEqual(cm.exception.path, "$.source")
        with open(data("small-mapping.json"), encoding="utf-8") as f:
            text = f.read().replace('"target": "B.1"', '"target": "B.9"')
        bad = libbig.Mapping.load_string(text)
        with self.assertRaises(libbig.Error) as cm:
            bad.check(self.small, self.worked)
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        self.assertEqual(cm.exception.path, "$.entries[4].target")
        self.assertIn('"B.9"', str(cm.exception))
        with self.assertRaises(TypeError):
            self.m.check(None, self.worked)

    def test_builtin(self):
        self.assertIn("bio-to-bio2", libbig.builtin_mapping_names())
        m = libbig.Mapping.builtin("bio-to-bio2")
        self.assertEqual((m.source_id, m.source_version), ("bio", "1.04"))
        self.assertEqual((m.target_id, m.target_version), ("bio2", "1.2"))
        self.assertTrue(m.entries)
        m.check(libbig.Catalogue.builtin("bio"), libbig.Catalogue.builtin("bio2"))
        self.assertEqual(repr(m), "<libbig.Mapping bio-to-bio2 bio 1.04 -> bio2 1.2>")
        with self.assertRaises(libbig.Error) as cm:
            libbig.Mapping.builtin("nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)

    def test_load_errors(self):
        with self.assertRaises(libbig.Error) as cm:
            libbig.Mapping.load_file(os.path.join(DATA, "no-such-file.json"))
        self.assertEqual(cm.exception.code, libbig.EIO)
        with self.assertRaises(libbig.Error) as cm:
            libbig.Mapping.load_buffer(b"{\n  x\n}", source="m.json")
        self.assertEqual(cm.exception.code, libbig.ESYNTAX)
        self.assertIn("m.json:2:3:", str(cm.exception))
        with open(data("small-mapping.json"), encoding="utf-8") as f:
            text = f.read().replace('"note"', '"colour": "red", "note"', 1)
        self.assertEqual([d.code for d in libbig.Mapping.load_string(text).diagnostics],
                         ["unknown-field"])
        with self.assertRaises(libbig.Error) as cm:
            libbig.Mapping.load_string(text, strict=True)
        self.assertEqual(cm.exception.code, libbig.ESCHEMA)


class TrendTest(unittest.TestCase):
    """docs/scoring.md, "Worked example: trend"."""

    ORGS = (("GM0001", "2024", "pppppp"), ("GM0002", "2024", "nnnnnn"),
            ("GM0003", "2024", "iiiiii"), ("GM0001", "2025", "iiiiii"),
            ("GM0002", "2025", "nnnnni"), ("GM0004", "2025", "nnnnnn"))
    WORDS = {"i": "implemented", "p": "partially_implemented", "n": "not_implemented"}

    def setUp(self):
        self.cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        ids = ("A.1", "A.2", "A.3", "B.1", "B.2", "B.3")
        made = []
        for org, period, results in self.ORGS:
            a = libbig.Assessment(self.cat, org, period)
            for node, r in zip(ids, results):
                a.set_status(node, self.WORDS[r])
            made.append(a)
        self.before = libbig.aggregate(made[:3], method="mean", rollup="flat")
        self.after = libbig.aggregate(made[3:], method="mean", rollup="flat")

    def test_worked_example(self):
        t = libbig.trend(self.before, self.after)
        self.assertIsInstance(t, libbig.Trend)
        e = t.effects
        self.assertIsInstance(e, libbig.TrendEffects)
        self.assertEqual((e.stayed, e.joined, e.left), (2, 1, 1))
        self.assertAlmostEqual(e.change, -7 / 54, places=15)
        self.assertAlmostEqual(e.stayers, 11 / 36, places=15)
        self.assertAlmostEqual(e.joiners, -5 / 27, places=15)
        self.assertEqual(e.leavers, -0.25)
        self.assertAlmostEqual(t.stayers_after.overall.implementation, 5 / 9, places=15)
        self.assertAlmostEqual(t.node("B").implementation, -0.1, places=15)
        self.assertIsNone(t.node("nope"))
        self.assertEqual([(m.id, m.in_before, m.in_after) for m in t.members],
                         [("GM0001", True, True), ("GM0002", True, True),
                          ("GM0004", False, True), ("GM0003", True, False)])
        left = t.members[3]
        self.assertEqual((left.before, left.after, left.change), (1.0, None, None))
        self.assertEqual([x.id for x in t.contributions], ["B.2", "A.3", "A.1", "A.2", "B.1", "B.3"])
        b3 = t.contributions[5]
        self.assertIsInstance(b3, libbig.RequirementTrend)
        self.assertEqual((b3.stayers, b3.leavers), (0.75, -0.25))
        self.assertEqual([(c.member, c.before, c.after, c.change) for c in b3.members],
                         [("GM0002", 0.0, 1.0, 1.0), ("GM0001", 0.5, 1.0, 0.5)])
        self.assertEqual(b3.node, self.cat.find("B.3"))
        # The same bytes as the C library's writers.
        self.assertIn('"format": "libbig.trend"', t.to_json())
        self.assertTrue(t.to_csv(bom=True).startswith("\ufeffid,kind,title,depth,before,after"))

    def test_errors(self):
        weakest = libbig.aggregate([libbig.Assessment(self.cat, "GM0001", "2025")])
        with self.assertRaises(libbig.Error) as caught:
            libbig.trend(self.before, weakest)
        self.assertEqual(caught.exception.code, libbig.EMISMATCH)
        self.assertIn("different methods (mean and weakest)", str(caught.exception))
        with self.assertRaises(libbig.Error) as caught:
            libbig.trend(self.before, None)
        self.assertEqual(caught.exception.code, libbig.EINVAL)

    def test_keeps_its_aggregates(self):
        t = libbig.trend(self.before, self.after)
        del self.before, self.after
        gc.collect()
        self.assertEqual(t.before.method, "mean")
        self.assertEqual(len(t.after), 3)


class ComparisonTest(unittest.TestCase):
    """docs/scoring.md, "Worked example: comparison"."""

    def setUp(self):
        self.cat, self.before = worked()
        self.after = worked_after(self.cat)
        self.tmp = tempfile.TemporaryDirectory()
        self.after_path = os.path.join(self.tmp.name, "after.json")
        with open(self.after_path, "w", encoding="utf-8") as f:
            f.write(self.after.to_json())

    def tearDown(self):
        self.tmp.cleanup()

    def c_compare(self, *args, options=()):
        return c_output("--compare=" + self.after_path, *options, data("worked-catalogue.json"),
                        data("worked-assessment.json"), *args)

    def test_contributions(self):
        c = libbig.compare(self.before, self.after)
        self.assertIsInstance(c, libbig.Comparison)
        self.assertEqual(c.flat_delta, 0.36904761904761907)
        contributions = c.contributions
        self.assertTrue(all(isinstance(x, libbig.Contribution) for x in contributions))
        self.assertEqual(
            [(x.id, x.before, x.after, x.contribution) for x in contributions],
            [
                ("B.2", "not_assessed", "partially_implemented", 0.25),
                ("A.2", "partially_implemented", "implemented", 0.09523809523809523),
                ("A.1", "implemented", "implemented", 0.023809523809523808),
                ("B.3", "not_applicable", "not_applicable", 0),
            ],
        )
        b3 = contributions[3]
        self.assertEqual((b3.scorable_before, b3.scorable_after), (True, False))
        self.assertEqual((contributions[0].scorable_before, contributions[0].scorable_after),
                         (True, True))
        self.assertEqual(b3.node, self.cat.find("B.3"))
        self.assertEqual(b3.node.title, "Requirement B.3")
        total = math.fsum(x.contribution for x in contributions)
        self.assertAlmostEqual(total, 31 / 84, places=15)
        flat = libbig.compare(self.before, self.after, rollup="flat")
        self.assertEqual(
            flat.after.overall.implementation - flat.before.overall.implementation,
            c.flat_delta,
        )
        self.assertEqual(flat.before.overall.implementation, 0.21428571428571427)
        self.assertEqual(flat.after.overall.implementation, 0.5833333333333334)

    def test_deltas(self):
        c = libbig.compare(self.before, self.after)
        o = c.overall
        self.assertIsInstance(o, libbig.Delta)
        self.assertEqual(o.implementation, 0.3125)
        self.assertEqual(o.coverage, 0.16666666666666663)
        self.assertEqual(o.comply_or_explain, 0.3333333333333333)
        self.assertEqual(o.maturity_mean, 0)
        self.assertEqual(o.applicable, 0)
        self.assertEqual(c.node("A").implementation, 0.25)
        self.assertEqual(c.node(self.cat.find("B")).implementation, 0.375)
        self.assertIsNone(c.node("B.3").implementation)  # no score after
        self.assertIsNone(c.node("nope"))
        other = libbig.Catalogue.load_file(data("worked-catalogue.json"))
        self.assertIsNone(c.node(other.find("A")))  # another catalogue object
        with self.assertRaises(TypeError):
            c.node(42)
        with self.assertRaises(TypeError):
            c.node(None)
        flat = libbig.compare(self.before, self.after, rollup="flat")
        self.assertEqual((flat.node("A").implementation, flat.node("B").implementation),
                         (0.25, 0.375))
        weakest = libbig.compare(self.before, self.after, "weakest")
        self.assertEqual(weakest.overall.implementation, 0)
        self.assertEqual((weakest.node("A").implementation, weakest.node("B").implementation),
                         (0.5, 0))
        self.assertEqual(weakest.flat_delta, c.flat_delta)  # always the flat attribution

    def test_reports(self):
        c = libbig.compare(self.before, self.after, rollup="flat")
        before, after = c.before, c.after
        self.assertIsInstance(before, libbig.Report)
        self.assertEqual(before.rollup, "flat")
        self.assertEqual(before.to_json().encode("utf-8"), c_report("flat"))
        self.assertEqual([g.id for g in after.gaps], ["B.1", "B.2", "A.2"])
        del c
        gc.collect()
        # The reports keep the comparison alive.
        self.assertEqual(before.overall.implementation, 0.21428571428571427)
        self.assertEqual(after.overall.implementation, 0.5833333333333334)
        del before
        gc.collect()
        self.assertEqual(after.catalogue.id, "worked-example")
        contributions = libbig.compare(self.before, self.after).contributions
        del self.before, self.after, self.cat
        gc.collect()
        self.assertEqual(contributions[0].node.id, "B.2")

    def test_json_equals_c(self):
        c = libbig.compare(self.before, self.after)
        self.assertEqual(c.to_json().encode("utf-8"), self.c_compare())
        flat = libbig.compare(self.before, self.after, rollup="flat", target=4)
        self.assertEqual(flat.to_json(compact=True).encode("utf-8"),
                         self.c_compare("flat", "compact", options=["--target=4"]))
        self.assertTrue(repr(c).startswith("<libbig.Comparison hierarchical flat_delta=0.369"))

    def test_options_and_errors(self):
        self.after.set_target(4)
        with self.assertRaises(libbig.Error) as cm:
            libbig.compare(self.before, self.after)
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        self.assertEqual(libbig.compare(self.before, self.after, target=3).before.target, 3)
        with self.assertRaises(libbig.Error) as cm:
            libbig.compare(self.before, self.after, target=9)
        self.assertEqual(cm.exception.code, libbig.ERANGE)
        with self.assertRaises(libbig.Error) as cm:
            libbig.compare(self.before, self.after, rollup="nope", target=3)
        self.assertEqual(cm.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error) as cm:
            libbig.compare(self.before, self.after, target=3, profile="nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        with self.assertRaises(libbig.Error) as cm:
            libbig.compare(self.before, model()[1])
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        with self.assertRaises(TypeError):
            libbig.compare(None, self.after)
        m = model()[1]
        n = libbig.Assessment.load_file(m.catalogue, data("model-assessment.json"))
        n.set_status("H2.1", "implemented")
        c = libbig.compare(m, n)
        self.assertEqual(c.before.profile.id, "bbn2")
        self.assertEqual([x.id for x in c.contributions], ["H2.1"])
        self.assertEqual(libbig.compare(m, n, profile="alles").after.profile.id, "alles")


class DocumentHeadTest(unittest.TestCase):
    def test_read(self):
        names = libbig.document_kind_names()
        self.assertEqual(names[:2], ["libbig.catalogue", "libbig.assessment"])
        with open(os.path.join(EXAMPLES, "demo-assessment.json"), "rb") as f:
            head = libbig.DocumentHead.read(f.read())
        self.assertEqual((head.kind, head.format), ("libbig.assessment", "libbig.assessment"))
        self.assertEqual((head.catalogue_id, head.catalogue_version), ("bio2", "1.2"))
        head = libbig.DocumentHead.read(libbig.builtin_json("bio2"))
        self.assertEqual((head.kind, head.catalogue_id), ("libbig.catalogue", "bio2"))
        head = libbig.DocumentHead.read('{"format": "geojson"}')
        self.assertEqual((head.kind, head.format, head.catalogue_id), (None, "geojson", None))
        head = libbig.DocumentHead.read("[1]")
        self.assertEqual((head.kind, head.format, head.catalogue_version), (None, None, None))
        with self.assertRaises(libbig.Error) as cm:
            libbig.DocumentHead.read(ErrorTest.BAD, source="any.json")
        self.assertEqual(cm.exception.code, libbig.ESYNTAX)
        self.assertIn("any.json:3:5:", str(cm.exception))


class NewDocstringTest(unittest.TestCase):
    def test_docstrings(self):
        for cls in (libbig.Profile, libbig.Criterion, libbig.Tag, libbig.Attainment,
                    libbig.Mapping, libbig.MappingEntry, libbig.Comparison, libbig.Delta,
                    libbig.Contribution):
            self.assertTrue(cls.__doc__, cls.__name__)
        for fn in (libbig.compare, libbig.builtin_mapping_names, libbig.Catalogue.level_label,
                   libbig.Catalogue.find_profile, libbig.Catalogue.status_value,
                   libbig.Node.carries_tag, libbig.Profile.selects, libbig.Assessment.set_profile,
                   libbig.Assessment.set_criteria_met, libbig.Assessment.derived_maturity,
                   libbig.Report.to_csv, libbig.Report.gaps_to_csv, libbig.Mapping.load_file,
                   libbig.Mapping.source_entries, libbig.Mapping.check, libbig.Comparison.node,
                   libbig.Comparison.to_json):
            self.assertTrue(fn.__doc__, fn.__name__)
        self.assertIn("profile=None", libbig.Assessment.score.__doc__)
        self.assertIn("profile=None", libbig.score.__doc__)
        self.assertIn("highest-priority tag", libbig.Gap.tag.__doc__)
        self.assertIn("flat", libbig.Comparison.flat_delta.__doc__)
