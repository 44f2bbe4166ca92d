"""Tests of the Python binding of libbig: many organisations (collaborations,
effective assessments, aggregates, distributions, migrations), options by
keyword, the name lists and the memory rules. The worked collaboration of
docs/scoring.md (worked example 4) and the example data set of six
municipalities and two collaborations (examples/data/collab/) are the data.
"""

import gc
import glob
import math
import os
import sys
import unittest

import libbig

from helpers import c_output, data, example, read, worked

COLLAB = "collaboration/worked-collaboration.json"
SV_ASSESSMENT = "collaboration/worked-collaboration-assessment.json"

REGION = """{"format": "libbig.collaboration", "format_version": 1, "id": "SV9999",
 "name": "Regio Kwelderland", "kind": "regio", "catalogue": {"id": "bio2", "version": "1.2"},
 "members": [{"id": "SV0001", "weight": 2}, "SV0002", "GM9906"], "policy": "collaboration"}"""


def collab_data(period):
    """The catalogue, the assessments of one period by organisation, SV0001, SV0002."""
    cat = libbig.Catalogue.builtin("bio2")
    files = sorted(glob.glob(example("collab", period, "*.json")))
    by_id = {}
    for f in files:
        a = libbig.Assessment.load_file(cat, f)
        by_id[a.organisation_id] = a
    sv1 = libbig.Collaboration.load_file(cat, example("collab", "SV0001.json"))
    sv2 = libbig.Collaboration.load_file(cat, example("collab", "SV0002.json"))
    return cat, by_id, sv1, sv2


def municipalities(by_id):
    return [a for i, a in sorted(by_id.items()) if i.startswith("GM")]


class NamesTest(unittest.TestCase):
    def test_name_lists(self):
        self.assertEqual(libbig.status_names(), [
            "implemented", "partially_implemented", "not_implemented", "not_applicable",
            "risk_accepted", "not_assessed"])
        self.assertEqual(libbig.rollup_names(), ["hierarchical", "flat", "weakest"])
        self.assertEqual(libbig.policy_names(), ["collaboration", "member", "worst", "best"])
        self.assertEqual(libbig.aggregate_method_names(),
                         ["weakest", "mean", "weighted_mean", "median"])
        self.assertEqual(libbig.relationship_names(),
                         ["equal", "subset", "superset", "intersect", "not_related"])
        self.assertEqual(libbig.gap_kind_names(),
                         ["implementation", "maturity", "explanation", "werking"])
        self.assertEqual(libbig.severity_names(), ["info", "warning"])
        self.assertEqual(libbig.provenance_kind_names(), ["own", "delegated"])

    def test_version(self):
        major, minor, patch = libbig.version_info()
        self.assertEqual(libbig.version(), f"{major}.{minor}.{patch}")
        self.assertEqual(libbig.__version__, libbig.version())

    def test_features(self):
        self.assertIsInstance(libbig.has_feature("xlsx"), bool)
        self.assertIs(libbig.has_feature("XLSX"), False)
        self.assertIs(libbig.has_feature(""), False)
        self.assertEqual(libbig.EUNSUPPORTED, -14)
        self.assertEqual(libbig.error_name(libbig.EUNSUPPORTED), "BIG_EUNSUPPORTED")


class CollaborationTest(unittest.TestCase):
    def test_worked_collaboration(self):
        cat, _ = worked()
        c = libbig.Collaboration.load_file(cat, data(COLLAB))
        self.assertEqual((c.id, c.name, c.kind, c.policy),
                         ("SV-DEMO", "Sociale dienst Voorbeeldregio", "sociale_dienst",
                          "collaboration"))
        self.assertEqual(c.members, ["GM9901", "GM9902"])
        self.assertEqual(list(c), c.members)
        self.assertEqual(len(c), 2)
        self.assertEqual(c.member_weights, {"GM9901": 2.0, "GM9902": 1.0})
        self.assertIn("GM9901", c)
        self.assertNotIn("GM0363", c)
        self.assertNotIn(42, c)
        self.assertTrue(c.has_member("GM9902"))
        self.assertEqual([n.id for n in c.delegated], ["B"])
        self.assertTrue(c.delegates("B.2"))
        self.assertFalse(c.delegates("A.1"))
        self.assertFalse(c.delegates("nope"))
        self.assertEqual(c.diagnostics, [])
        self.assertEqual(c.catalogue.id, "worked-example")
        self.assertEqual(repr(c), "<libbig.Collaboration SV-DEMO 'Sociale dienst Voorbeeldregio' "
                                  "policy=collaboration members=2>")

    def test_example_collaborations(self):
        cat, _, sv1, sv2 = collab_data("2025")
        self.assertEqual(sv2.policy, "worst")
        self.assertEqual(sv1.members, ["GM9901", "GM9902", "GM9903"])
        self.assertEqual([n.id for n in sv1.delegated], ["6", "5.14"])
        self.assertEqual(sv2.kind, "belastingsamenwerking")

    def test_load_errors(self):
        cat, _ = worked()
        text = read(data(COLLAB)).decode("utf-8")
        twice = text.replace('{"id": "GM9902"}', '{"id": "GM9901"}')
        with self.assertRaises(libbig.Error) as cm:
            libbig.Collaboration.load_string(cat, twice)
        self.assertEqual(cm.exception.name, "BIG_EDUPLICATE")
        self.assertIn("members", cm.exception.path)
        with self.assertRaises(libbig.Error) as cm:
            libbig.Collaboration.load_string(cat, text.replace('["B"]', '["Z"]'))
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        with self.assertRaises(libbig.Error) as cm:
            libbig.Collaboration.load_file(libbig.Catalogue.builtin("bio2"), data(COLLAB))
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        with self.assertRaises(libbig.Error) as cm:
            libbig.Collaboration.load_file(cat, data("no-such-file.json"))
        self.assertEqual(cm.exception.code, libbig.EIO)
        extra = text.replace('"policy"', '"colour": "blue", "policy"')
        self.assertEqual([d.code for d in libbig.Collaboration.load_string(cat, extra).diagnostics],
                         ["unknown-field"])
        with self.assertRaises(libbig.Error) as cm:
            libbig.Collaboration.load_string(cat, extra.encode("utf-8"), strict=True, source="c.json")
        self.assertEqual(cm.exception.code, libbig.ESCHEMA)
        self.assertTrue(str(cm.exception).startswith("c.json"), str(cm.exception))
        with self.assertRaises(TypeError):
            libbig.Collaboration.load_file(None, data(COLLAB))


class EffectiveAssessmentTest(unittest.TestCase):
    def test_worked_example_4(self):
        cat, member = worked()
        own = libbig.Assessment.load_file(cat, data(SV_ASSESSMENT))
        c = libbig.Collaboration.load_file(cat, data(COLLAB))
        e = c.effective_assessment(member, own)
        self.assertIsInstance(e, libbig.Assessment)
        self.assertEqual((e.organisation_id, e.period), (member.organisation_id, member.period))
        for r in cat.requirements:
            delegated = c.delegates(r.id)
            self.assertEqual(e.provenance(r.id), "delegated" if delegated else "own", r.id)
            self.assertEqual(e.provenance_source(r.id), "SV-DEMO" if delegated else None, r.id)
            source = own if delegated else member
            self.assertEqual(e.result(r.id).status, source.result(r.id).status, r.id)
        self.assertEqual(member.provenance("B.1"), "own")
        self.assertEqual(e.provenance("nope"), "own")
        self.assertEqual(
            e.to_json().encode("utf-8"),
            c_output(f"--effective={data(COLLAB)}", data("worked-catalogue.json"),
                     data("worked-assessment.json"), data(SV_ASSESSMENT)))
        # Provenance survives the document.
        again = libbig.Assessment.load_string(cat, e.to_json())
        self.assertEqual(again.provenance_source("B.2"), "SV-DEMO")

    def test_without_collaboration_result(self):
        cat, member = worked()
        c = libbig.Collaboration.load_file(cat, data(COLLAB))
        e = c.effective_assessment(member)
        self.assertEqual(e.result("B.1").status, "not_assessed")
        self.assertEqual(e.provenance("B.1"), "delegated")
        # the member's own B.1 and B.3 are dropped: a warning each
        self.assertEqual([(d.severity, d.code, d.path) for d in e.diagnostics],
                         [("warning", "collaboration-silent", '$.results["B.1"]'),
                          ("warning", "collaboration-silent", '$.results["B.3"]')])
        self.assertEqual(e.diagnostics[0].message,
                         "collaboration SV-DEMO has no result for delegated requirement B.1: "
                         "the member's own result (risk_accepted) is not used, the requirement "
                         "counts as not_assessed")
        self.assertEqual([d.code for d in e.score().diagnostics][:2],
                         ["collaboration-silent"] * 2)

    def test_errors(self):
        cat, by_id, sv1, _ = collab_data("2025")
        with self.assertRaises(libbig.Error) as cm:
            sv1.effective_assessment(by_id["GM9906"])
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        old = libbig.Assessment.load_file(cat, example("collab", "2024", "SV0001.json"))
        with self.assertRaises(libbig.Error) as cm:
            sv1.effective_assessment(by_id["GM9901"], old)
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        with self.assertRaises(TypeError):
            sv1.effective_assessment(None)


class AggregateTest(unittest.TestCase):
    def setUp(self):
        self.cat, self.a = worked()
        self.sv = libbig.Assessment.load_file(self.cat, data(SV_ASSESSMENT))

    def fixture_aggregate(self):
        return libbig.aggregate([self.a, self.sv], method="weighted_mean", weights=[2, 1],
                                expected_members=["GM9901", "SV-DEMO", "GM9902"],
                                expected_weights=[2, 1, 1])

    def test_committed_fixture(self):
        ag = self.fixture_aggregate()
        self.assertEqual(ag.to_json().encode("utf-8"), read(data("documents", "aggregate.json")))
        self.assertEqual(ag.method, "weighted_mean")
        self.assertIsNone(ag.id)
        self.assertEqual(ag.missing, ["GM9902"])
        self.assertEqual(len(ag), 3)
        self.assertEqual([(m.id, m.weight, m.missing) for m in ag],
                         [("GM9901", 2.0, False), ("SV-DEMO", 1.0, False), ("GM9902", 1.0, True)])
        self.assertIsNone(ag.members[2].overall)
        self.assertIsNone(ag.members[0].nested)
        self.assertEqual(ag.members[0].overall.n, 1)
        self.assertEqual(ag.members[0].overall.implementation,
                         self.a.score().overall.implementation)

    def test_scores(self):
        ag = self.fixture_aggregate()
        o = ag.overall
        self.assertIsInstance(o, libbig.AggregateScores)
        self.assertEqual(o.applicable, 6)
        self.assertEqual(o.n, 3)
        self.assertTrue(0 <= o.implementation <= 1)
        self.assertEqual(repr(ag.scores("A")), repr(ag.scores(self.cat.find("A"))))
        self.assertIsNone(ag.scores("nope"))
        self.assertIsNone(ag.scores(libbig.Catalogue.builtin("bio2").find("5")))
        with self.assertRaises(TypeError):
            ag.scores(None)
        self.assertTrue(repr(ag).startswith("<libbig.Aggregate weighted_mean members=3 "))

    def test_methods_and_csv_equal_c(self):
        paths = [data("worked-catalogue.json"), data("worked-assessment.json"), data(SV_ASSESSMENT)]
        for method in libbig.aggregate_method_names():
            options = {"weights": [2, 1]} if method == "weighted_mean" else {}
            ag = libbig.aggregate([self.a, self.sv], method=method, **options)
            args = ["--aggregate", f"--method={method}"] + (["--weights=2,1"] if options else [])
            self.assertEqual(ag.to_json().encode("utf-8"), c_output(*args, *paths), method)
            self.assertEqual(ag.to_csv(bom=True).encode("utf-8"),
                             c_output(*args, "--csv", "--bom", *paths), method)
        flat = libbig.aggregate([self.a, self.sv], rollup="flat", target=2, profile=None)
        self.assertEqual(flat.to_json(compact=True).encode("utf-8"),
                         c_output("--aggregate", "--rollup=flat", "--target=2", "--compact", *paths))

    def test_attribution(self):
        """Who holds the aggregate back (issue 20): the same bytes as C, and
        the views; GM9902 is missing and counts as not_assessed (s = 0)."""
        paths = [data("worked-catalogue.json"), data("worked-assessment.json"), data(SV_ASSESSMENT)]
        ag = libbig.aggregate([self.a, self.sv], expected_members=["GM9902"])
        args = ["--aggregate", "--expected=GM9902"]
        self.assertEqual(ag.ranking_to_csv().encode("utf-8"),
                         c_output(*args, "--ranking-csv", *paths))
        self.assertEqual(ag.gaps_to_csv(safe=True).encode("utf-8"),
                         c_output(*args, "--gaps-csv", "--safe", *paths))
        self.assertEqual(len(ag.attribution), 6)
        # every requirement has a 0 besides GM9902's: nobody alone, ties by id
        self.assertEqual([(r.member, r.requirements, r.rise_next) for r in ag.ranking],
                         [("GM9901", 0, 0), ("GM9902", 0, 0), ("SV-DEMO", 0, 0)])
        for a in ag.attribution:
            self.assertIn("GM9902", a.holders)
            self.assertEqual(a.minimum, 0)
            self.assertEqual(ag.attribution_of(a.id).holders, a.holders)
        self.assertIsNone(ag.attribution_of("A"))
        node = ag.member_node(0, "A")
        self.assertIsInstance(node, libbig.MemberNodeScores)
        self.assertEqual(node.implementation, self.a.score().scores("A").implementation)
        self.assertEqual(ag.member_node(2, "A").implementation, 0)
        self.assertIsNone(ag.member_node(3, "A"))
        a1 = ag.attribution_of("A.1")
        self.assertEqual(ag.member_deviation(2, "A.1"), -a1.value)
        with self.assertRaises(libbig.Error) as cm:
            ag.member_deviation(3, "A.1")
        self.assertEqual(cm.exception.code, libbig.ERANGE)
        with self.assertRaises(libbig.Error) as cm:
            ag.member_deviation(0, "A")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        for g in ag.gaps:
            self.assertIn("GM9902", g.responsible)
            self.assertTrue(set(g.kinds) <= {"implementation", "maturity"})

    def test_weight_attribute(self):
        _, by_id, _, _ = collab_data("2025")
        gm = municipalities(by_id)
        ag = libbig.aggregate(gm, method="weighted_mean", weight_attribute="inhabitants")
        self.assertEqual([m.weight for m in ag], [a.attributes["inhabitants"] for a in gm])
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate(gm, method="weighted_mean", weight_attribute="nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)

    def test_option_errors(self):
        both = [self.a, self.sv]
        with self.assertRaises(TypeError) as cm:
            libbig.aggregate(both, methd="mean")
        self.assertIn("unexpected option 'methd'", str(cm.exception))
        with self.assertRaises(TypeError):
            libbig.aggregate(both, method=1)
        with self.assertRaises(TypeError):
            libbig.aggregate(both, weights="12")
        with self.assertRaises(TypeError):
            libbig.aggregate(both, expected_members=[1])
        with self.assertRaises(TypeError):
            libbig.aggregate(both, target="3")
        with self.assertRaises(TypeError):
            libbig.aggregate([self.a, None])
        with self.assertRaises(TypeError):
            libbig.aggregate("nope")
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate(both, method="average")
        self.assertEqual(cm.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate(both, rollup="deepest")
        self.assertEqual(cm.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate(both, method="weighted_mean", weights=[1])
        self.assertEqual(cm.exception.code, libbig.EINVAL)
        self.assertIn("weights: 1 given for 2 assessments", str(cm.exception))
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate(both, method="weighted_mean", weights=[1, -1])
        self.assertEqual(cm.exception.code, libbig.ERANGE)
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate(both, expected_members=["GM9901", "GM9902"], expected_weights=[1])
        self.assertEqual(cm.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate([])
        self.assertEqual(cm.exception.code, libbig.EINVAL)
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate([self.a, self.a])
        self.assertEqual(cm.exception.code, libbig.EDUPLICATE)
        with self.assertRaises(libbig.Error) as cm:
            libbig.aggregate([self.a, libbig.Assessment(libbig.Catalogue.builtin("bio2"), "X", "1")])
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        # A generator is a list too.
        self.assertEqual(len(libbig.aggregate(a for a in both)), 2)


class CollaborationAggregateTest(unittest.TestCase):
    def test_worked_collaboration(self):
        cat, a = worked()
        sv = libbig.Assessment.load_file(cat, data(SV_ASSESSMENT))
        c = libbig.Collaboration.load_file(cat, data(COLLAB))
        ag = c.aggregate([a, sv], method="weighted_mean")
        self.assertEqual(ag.id, "SV-DEMO")
        self.assertTrue(ag.collaboration_assessed)
        self.assertFalse(c.aggregate([a]).collaboration_assessed)
        self.assertFalse(libbig.aggregate([a]).collaboration_assessed)
        self.assertEqual([(m.id, m.weight, m.missing) for m in ag],
                         [("GM9901", 2.0, False), ("GM9902", 1.0, True)])
        self.assertEqual(ag.to_json().encode("utf-8"),
                         c_output("--aggregate", "--method=weighted_mean",
                                  f"--collaboration={data(COLLAB)}", data("worked-catalogue.json"),
                                  data("worked-assessment.json"), data(SV_ASSESSMENT)))
        # GM9901 enters with its effective assessment.
        effective = c.effective_assessment(a, sv).score().overall.implementation
        self.assertEqual(ag.members[0].overall.implementation, effective)
        with self.assertRaises(TypeError):
            c.aggregate([a, sv], weights=[1, 2])  # the weights come from the document

    def test_nested(self):
        cat, by_id, sv1, sv2 = collab_data("2025")
        region = libbig.Collaboration.load_string(cat, REGION)
        everyone = list(by_id.values())
        ag = region.aggregate(everyone, collaborations=[region, sv1, sv2], method="mean")
        self.assertEqual(ag.id, "SV9999")
        self.assertEqual([m.id for m in ag], ["SV0001", "SV0002", "GM9906"])
        nested = ag.members[0].nested
        self.assertIsInstance(nested, libbig.Aggregate)
        self.assertEqual((nested.id, [m.id for m in nested]), ("SV0001", sv1.members))
        self.assertEqual(repr(nested.overall), repr(ag.members[0].overall))
        alone = sv1.aggregate(everyone, collaborations=[sv1, sv2], method="mean")
        self.assertEqual(nested.to_json(), alone.to_json())
        self.assertIsNone(ag.members[2].nested)
        self.assertTrue(repr(ag.members[0]).endswith(" nested>"))
        # The nested aggregate and the members outlive the aggregate.
        member = ag.members[1]
        del ag, region, sv1, sv2, everyone, by_id, cat
        gc.collect()
        self.assertEqual(nested.members[0].overall.n, 1)
        self.assertEqual(member.nested.id, "SV0002")

    def test_flatten_and_guard(self):
        cat, by_id, sv1, sv2 = collab_data("2025")
        region = libbig.Collaboration.load_string(cat, REGION)
        everyone = list(by_id.values())
        pool = [region, sv1, sv2]
        flat = region.aggregate(everyone, collaborations=pool, method="mean", flatten=True)
        # GM9902 and GM9903 are in SV0001 and SV0002: once, through SV0001.
        self.assertEqual([m.id for m in flat],
                         ["GM9901", "GM9902", "GM9903", "GM9904", "GM9905", "GM9906"])
        self.assertEqual((flat.flattened, flat.k, flat.overall.n), (True, 0, 6))
        self.assertTrue(all(m.nested is None for m in flat))
        nested = region.aggregate(everyone, collaborations=pool, method="mean")
        self.assertFalse(nested.flattened)
        self.assertNotEqual(flat.overall.implementation, nested.overall.implementation)
        # The guard: the six are published, each one's own scores are not.
        guarded = region.aggregate(everyone, collaborations=pool, method="mean", flatten=True,
                                   k=6)
        self.assertEqual(guarded.k, 6)
        self.assertEqual(guarded.overall.implementation, flat.overall.implementation)
        self.assertFalse(guarded.overall.suppressed)
        own = guarded.members[0].overall
        self.assertEqual((own.suppressed, own.n, own.implementation), (True, 1, None))
        self.assertTrue(libbig.aggregate(municipalities(by_id), k=7).overall.suppressed)
        self.assertFalse(libbig.aggregate(municipalities(by_id)).overall.suppressed)
        with self.assertRaises(TypeError):
            libbig.aggregate(everyone, flatten=True)  # nothing to flatten
        with self.assertRaises(OverflowError):
            region.aggregate(everyone, collaborations=pool, k=-1)

    def test_cycle_and_duplicates(self):
        cat, by_id, sv1, _ = collab_data("2025")
        a = libbig.Collaboration.load_string(cat, REGION.replace('"SV0002"', '"SV9998"'))
        b = libbig.Collaboration.load_string(
            cat, REGION.replace("SV9999", "SV9998").replace('"SV0002"', '"SV9999"'))
        with self.assertRaises(libbig.Error) as cm:
            a.aggregate(list(by_id.values()), collaborations=[a, b, sv1])
        self.assertEqual(cm.exception.code, libbig.ESCHEMA)
        with self.assertRaises(libbig.Error) as cm:
            sv1.aggregate([by_id["GM9901"], by_id["GM9901"]])
        self.assertEqual(cm.exception.code, libbig.EDUPLICATE)
        with self.assertRaises(TypeError):
            sv1.aggregate(list(by_id.values()), collaborations=[by_id["GM9901"]])


class DistributionTest(unittest.TestCase):
    def setUp(self):
        self.cat, by_id, _, _ = collab_data("2025")
        self.gm = municipalities(by_id)
        self.reports = [a.score() for a in self.gm]

    def test_committed_fixture(self):
        cat, a = worked()
        others = [libbig.Assessment.load_file(cat, data(n))
                  for n in (SV_ASSESSMENT, "worked-assessment-after.json")]
        d = libbig.distribution([x.score() for x in [a] + others], k=3)
        self.assertEqual(d.to_json().encode("utf-8"), read(data("documents", "distribution.json")))

    def test_statistics(self):
        d = libbig.distribution(self.reports)
        self.assertEqual((len(d), d.k), (6, 5))
        s = d.overall.implementation
        values = sorted(r.overall.implementation for r in self.reports)
        self.assertEqual((s.n, s.suppressed, s.available), (6, False, True))
        self.assertEqual((s.min, s.max), (values[0], values[-1]))
        self.assertAlmostEqual(s.mean, math.fsum(values) / 6, places=15)
        self.assertTrue(s.min <= s.q1 <= s.median <= s.q3 <= s.max)
        self.assertEqual(repr(d.scores("5").coverage), repr(d.scores(self.cat.find("5")).coverage))
        self.assertIsNone(d.scores("nope"))
        self.assertEqual(repr(d), "<libbig.Distribution count=6 k=5>")
        args = ["builtin:bio2"] + [example("collab", "2025", a.organisation_id + ".json")
                                   for a in self.gm]
        self.assertEqual(d.to_json().encode("utf-8"), c_output("--distribution", *args))
        self.assertEqual(d.to_csv(safe=True).encode("utf-8"),
                         c_output("--distribution", "--csv", "--safe", *args))

    def test_publication_guard(self):
        d = libbig.distribution(self.reports, k=7)
        s = d.overall.implementation
        self.assertEqual((s.n, s.suppressed, s.available), (6, True, False))
        self.assertEqual([s.min, s.q1, s.median, s.q3, s.max, s.mean], [None] * 6)
        self.assertEqual(repr(s), "<libbig.Statistics n=6 suppressed>")
        with self.assertRaises(libbig.Error) as cm:
            d.percentile_rank(0.5)
        self.assertEqual(cm.exception.code, libbig.ERANGE)
        self.assertTrue(libbig.distribution(self.reports, k=0).overall.implementation.available)

    def test_percentile_rank(self):
        d = libbig.distribution(self.reports)
        scores = sorted(r.overall.implementation for r in self.reports)
        self.assertEqual(d.percentile_rank(scores[0]), 100 * 0.5 / 6)
        self.assertEqual(d.percentile_rank(scores[-1]), 100 * 5.5 / 6)
        self.assertEqual(d.percentile_rank(2.0), 100.0)
        five = sorted(r.scores("5").implementation for r in self.reports)
        self.assertEqual(d.percentile_rank(five[2], "5"), 100 * 2.5 / 6)
        self.assertEqual(d.percentile_rank(five[2], node=self.cat.find("5")), 100 * 2.5 / 6)
        with self.assertRaises(libbig.Error) as cm:
            d.percentile_rank(0.5, "nope")
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        self.assertIn('"nope"', str(cm.exception))
        with self.assertRaises(libbig.Error) as cm:
            d.percentile_rank(0.5, libbig.Catalogue.builtin("bio2").find("5"))
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        with self.assertRaises(libbig.Error) as cm:
            d.percentile_rank(float("nan"))
        self.assertEqual(cm.exception.code, libbig.EINVAL)

    def test_percentile_rank_scores(self):
        d = libbig.distribution(self.reports)
        self.assertEqual(libbig.distribution_score_names(),
                         ["implementation", "coverage", "comply_or_explain"])
        for score in ("coverage", "comply_or_explain"):
            values = sorted(getattr(r.overall, score) for r in self.reports)
            below = sum(v < values[0] for v in values)
            equal = sum(v == values[0] for v in values)
            self.assertEqual(d.percentile_rank(values[0], score=score),
                             100 * (below + equal / 2) / 6)
        self.assertEqual(d.percentile_rank(0.5, None, "implementation"), d.percentile_rank(0.5))
        with self.assertRaises(libbig.Error) as cm:
            d.percentile_rank(0.5, score="maturity")
        self.assertEqual(cm.exception.code, libbig.EINVAL)

    def test_errors(self):
        with self.assertRaises(TypeError):
            libbig.distribution(self.gm)  # assessments, not reports
        with self.assertRaises(OverflowError):
            libbig.distribution(self.reports, k=-1)
        with self.assertRaises(TypeError):
            libbig.distribution(self.reports, guard=3)
        with self.assertRaises(libbig.Error) as cm:
            libbig.distribution([self.reports[0], self.gm[1].score(rollup="flat")])
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        with self.assertRaises(libbig.Error) as cm:
            libbig.distribution([])
        self.assertEqual(cm.exception.code, libbig.EINVAL)


class MigrationTest(unittest.TestCase):
    def setUp(self):
        self.bio = libbig.Catalogue.builtin("bio")
        self.bio2 = libbig.Catalogue.builtin("bio2")
        self.mapping = libbig.Mapping.builtin("bio-to-bio2")
        self.path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "data",
                                 "bio-assessment.json")
        self.old = libbig.Assessment.load_file(self.bio, self.path)

    def c_args(self, *options):
        return ["--migrate=builtin:bio-to-bio2", "--to=builtin:bio2", *options, "builtin:bio",
                self.path]

    def test_migration(self):
        m = libbig.migrate(self.old, self.mapping, self.bio2)
        self.assertEqual(m.to_json().encode("utf-8"), c_output(*self.c_args()))
        self.assertEqual(m.to_csv().encode("utf-8"), c_output(*self.c_args("--csv")))
        self.assertEqual(m.assessment.to_json().encode("utf-8"),
                         c_output(*self.c_args("--assessment")))
        self.assertEqual(m.migrated_count + len(m.unmapped_targets), len(self.bio2.requirements))
        self.assertTrue(0 < m.review_count <= m.migrated_count)
        origins = m.provenance("5.01.01")
        self.assertEqual([(o.source, o.relationship, o.via) for o in origins],
                         [("5.1.1", "subset", "5.1"), ("5.1.2", "subset", "5.1")])
        self.assertEqual([o.chosen for o in origins].count(True), 1)
        self.assertTrue(m.needs_review("5.01.01"))
        self.assertTrue(m.capped("5.01.01"))
        self.assertTrue(origins[0].capped)
        self.assertEqual(m.provenance("nope"), [])
        self.assertIn("5.1.1", [o.source for o in m.provenance("5.01.02")])
        self.assertNotIn("5.1.1", m.unmapped_sources)
        self.assertTrue(repr(m).startswith("<libbig.Migration migrated="))

    def test_keep_maturity(self):
        capped = libbig.migrate(self.old, self.mapping, self.bio2).assessment
        kept = libbig.migrate(self.old, self.mapping, self.bio2, keep_maturity=True).assessment
        # 6.1.1 (implemented, maturity 3) is equal to control 5.2, applied to its measures.
        self.assertEqual(capped.result("5.02.01").maturity, 2)
        self.assertEqual(kept.result("5.02.01").maturity, 3)
        self.assertEqual(
            libbig.migrate(self.old, self.mapping, self.bio2, keep_maturity=True)
            .to_json(compact=True).encode("utf-8"),
            c_output(*self.c_args("--keep-maturity", "--compact")))

    def test_assessment_is_a_copy_until_taken(self):
        m = libbig.migrate(self.old, self.mapping, self.bio2)
        copy = m.assessment
        copy.set_status("5.01.01", "implemented")
        self.assertEqual(m.assessment.result("5.01.01").status, "partially_implemented")
        taken = m.take_assessment()
        self.assertIsNone(m.assessment)
        with self.assertRaises(libbig.Error) as cm:
            m.take_assessment()
        self.assertEqual(cm.exception.code, libbig.ENOTFOUND)
        self.assertEqual(m.provenance("5.01.01")[0].source, "5.1.1")  # the provenance stays
        del m
        gc.collect()
        self.assertEqual(taken.catalogue.id, "bio2")
        self.assertEqual(taken.result("5.01.01").status, "partially_implemented")

    def test_errors(self):
        with self.assertRaises(libbig.Error) as cm:
            libbig.migrate(self.old, self.mapping, self.bio)  # the mapping goes to bio2
        self.assertEqual(cm.exception.code, libbig.EMISMATCH)
        with self.assertRaises(TypeError):
            libbig.migrate(self.old, None, self.bio2)
        with self.assertRaises(TypeError):
            libbig.migrate(self.old, self.mapping, self.bio2, keep=True)


class MemoryTest(unittest.TestCase):
    def test_children_outlive_parents(self):
        """tests/memory.py, which the test python-memory runs under valgrind."""
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import memory  # noqa: E402

        self.assertEqual(memory.main(os.path.dirname(example("x"))), 0)

    def test_what_a_script_cannot_do(self):
        """tests/hardening.py, which the test python-hardening runs under valgrind."""
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import hardening  # noqa: E402

        self.assertEqual(hardening.main(os.path.dirname(example("x"))), 0)
