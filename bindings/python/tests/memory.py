#!/usr/bin/env python3
"""Memory rules of the Python binding, run under valgrind by the test
python-memory (and plainly by test_organisations.py): every object handed
out keeps alive what it needs. For each kind of child, a function makes it
from parents of its own and returns the child alone, so that nothing else
refers to those parents; the garbage is collected and the child used. A
child that borrowed from a freed parent would read freed memory, which
valgrind reports (the test fails on any error).

Usage: memory.py EXAMPLES_DIR   (examples/data, with the collab/ data set)
"""

import gc
import glob
import os
import sys

import libbig

EXAMPLES = ""
REGION = """{"format": "libbig.collaboration", "format_version": 1, "id": "SV9999",
 "name": "Regio Kwelderland", "kind": "regio", "catalogue": {"id": "bio2", "version": "1.2"},
 "members": ["SV0001", "SV0002", "GM9906"], "delegated": [], "policy": "collaboration"}"""


def bio2():
    return libbig.Catalogue.builtin("bio2")


def period(cat, name="2025"):
    files = sorted(glob.glob(os.path.join(EXAMPLES, "collab", name, "*.json")))
    return {a.organisation_id: a for a in (libbig.Assessment.load_file(cat, f) for f in files)}


def collaborations(cat):
    return [libbig.Collaboration.load_file(cat, os.path.join(EXAMPLES, "collab", f"SV000{i}.json"))
            for i in (1, 2)]


def towns(by_id):
    return [a for i, a in sorted(by_id.items()) if i.startswith("GM")]


def demo_report():
    return libbig.Assessment.load_file(bio2(), os.path.join(EXAMPLES, "demo-assessment.json")).score()


def migration():
    old = libbig.Assessment(libbig.Catalogue.builtin("bio"), "GM9901", "2023")
    old.set_status("5.1.1", "implemented")
    return libbig.migrate(old, libbig.Mapping.builtin("bio-to-bio2"), bio2())


def region_aggregate():
    cat = bio2()
    sv1, sv2 = collaborations(cat)
    region = libbig.Collaboration.load_string(cat, REGION)
    return region.aggregate(list(period(cat).values()), collaborations=[region, sv1, sv2])


def trend():
    """SV0001 from the mean of 2024 to that of 2025, both aggregates dropped."""
    cat = bio2()
    sv1 = collaborations(cat)[0]
    return libbig.trend(sv1.aggregate(list(period(cat, "2024").values()), method="mean"),
                        sv1.aggregate(list(period(cat).values()), method="mean"))


def comparison():
    by_id = period(bio2())
    return libbig.compare(by_id["GM9902"], by_id["GM9903"])


TEXTS = """{"format": "libbig.texts", "format_version": 1,
 "catalogue": {"id": "bio2", "version": "1.2"}, "language": "nl",
 "texts": {"5.01.01": {"title": "Beleid", "text": "Het beleid.\\nTweede regel."}}}"""


def texts():
    return libbig.Texts.load_string(bio2(), TEXTS)


def texts_report():
    cat = bio2()
    a = libbig.Assessment.load_file(cat, os.path.join(EXAMPLES, "demo-assessment.json"))
    return a.score(texts=libbig.Texts.load_string(cat, TEXTS), include_text=True)


def actions():
    a = libbig.Assessment(bio2(), "GM9901", "2025")
    a.add_action("5.01.01", "Back-ups testen", "IT-beheer", "2026-03-31")
    a.add_action("5.01.01", "Herstelplan", status="done")
    return a.result("5.01.01").actions


def effective():
    cat = bio2()
    by_id = period(cat)
    return collaborations(cat)[0].effective_assessment(by_id["GM9901"], by_id["SV0001"])


def workbook_error():
    """An error of a workbook's first import, after a second import
    replaced the list it came from."""
    wb = libbig.Workbook()
    wb.add_csv("w.csv", "id;status\n5.01.01;half\n")
    try:
        wb.to_assessment(bio2())
    except libbig.Error:
        pass
    e = wb.errors[0]
    wb.add_csv("w-Organisatie.csv", "veld;waarde\norganisatie;GM9901\n")
    try:
        wb.to_assessment(bio2())
    except libbig.Error:
        pass
    return e


# Each makes one child from parents of its own; each check uses it.
def reentrant_scores():
    """The scores of a node of a temporary report, asked with a key whose
    conversion calls another method (of another temporary): the view must
    keep its own report alive, not the other method's self."""
    cat = bio2()
    node = cat.requirements[0]

    class Key:
        __slots__ = ()

        @property
        def this(self):
            bio2().find(node.id)
            return node.this

    a = libbig.Assessment(cat, "GM0001", "2025")
    a.set_status(node.id, "implemented")
    return a.score().scores(Key())


def destroyed():
    """A report destroyed explicitly, then dropped: freed once (valgrind
    reports a second free)."""
    r = libbig.Assessment(bio2(), "GM0001", "2025").score()
    libbig.Report.__swig_destroy__(r)
    try:
        r.to_json()
        used = "used after it was destroyed"
    except ReferenceError:
        used = "refused after it was destroyed"
    view = comparison().before
    try:
        type(view).__swig_destroy__(view)
        viewed = "a view destroyed"
    except TypeError:
        viewed = "a view not destroyed"
    return [r.thisown, used, viewed, view.to_json() != ""]


def reentrant_use(s):
    if type(s._parent).__name__ != "Report" or s.implementation != 1.0:
        raise AssertionError(f"scores kept {type(s._parent).__name__} alive and read "
                             f"{s.implementation}, not their report's 1.0")
    return (s.implementation, s.applicable)


def destroyed_use(owns):
    if owns != [False, "refused after it was destroyed", "a view not destroyed", True]:
        raise AssertionError(f"explicit destroy: {owns}")
    return owns


CHILDREN = {
    "node": (lambda: bio2().find("5.1"),
             lambda n: (n.title, n.parent.id, n.catalogue.id, [c.id for c in n.children])),
    "requirements": (lambda: bio2().requirements, lambda ns: [n.title for n in ns[:5]]),
    "profile": (lambda: bio2().profiles[0], lambda p: (p.id, len(p), p.catalogue.id)),
    "tag": (lambda: bio2().tags[0], lambda t: (t.id, t.label)),
    "criterion": (lambda: bio2().criteria[0], lambda c: (c.id, c.label, c.level)),
    "assessment": (lambda: period(bio2())["GM9901"], lambda a: (a.catalogue.id, a.score().to_json())),
    "report": (demo_report, lambda r: (r.to_json(), r.catalogue.id, r.profile)),
    "scores": (lambda: demo_report().scores("5"), lambda s: (s.implementation, s.counts)),
    "result": (lambda: period(bio2())["GM9901"].result("5.01.01"),
               lambda r: (r.id, r.status, r.maturity, r.evidence, r.criteria)),
    "actions": (actions, lambda xs: [(x.description, x.owner, x.due, x.status) for x in xs]),
    "gap actions": (lambda: demo_report().gap_actions("5.15.01"),
                    lambda xs: [(x.description, x.owner, x.due, x.status) for x in xs]),
    "gap": (lambda: demo_report().gaps[0], lambda g: (g.node.title, g.node.catalogue.id)),
    "exceptions": (lambda: demo_report().exceptions, lambda xs: [(x.node.title, x.explanation) for x in xs]),
    "attainment": (lambda: demo_report().attainments[0], lambda a: (a.profile.id, a.profile.catalogue.id)),
    "before": (lambda: comparison().before, lambda r: (r.to_json(), r.overall.implementation)),
    "delta": (lambda: comparison().node("5"), lambda d: (d.implementation, d.applicable)),
    "entries": (lambda: libbig.Mapping.builtin("bio-to-bio2").source_entries("5.1.1"),
                lambda es: [(e.source, e.target, e.relationship) for e in es]),
    "contribution": (lambda: comparison().contributions[0], lambda c: (c.node.title, c.contribution)),
    "collaboration": (lambda: collaborations(bio2())[0],
                      lambda c: (c.catalogue.id, [n.title for n in c.delegated], list(c))),
    "delegated": (lambda: collaborations(bio2())[0].delegated, lambda ns: [n.title for n in ns]),
    "effective": (effective, lambda e: (e.provenance_source("6.01.01"), e.to_json(), e.score().overall.coverage)),
    "aggregate": (lambda: libbig.aggregate(towns(period(bio2())), method="median"),
                  lambda ag: (ag.to_json(), ag.to_csv(), ag.catalogue.id)),
    "nested": (lambda: region_aggregate().members[0].nested,
               lambda n: (n.id, n.to_json(), [m.overall.implementation for m in n])),
    "member": (lambda: region_aggregate().members[1],
               lambda m: (m.id, m.nested.id, m.nested.to_json(), m.overall.implementation)),
    "trend": (trend, lambda t: (t.to_json(), t.to_csv(), t.effects.change, t.before.to_json(),
                                t.stayers_after.overall.implementation)),
    "requirement trend": (lambda: trend().contributions[0],
                          lambda x: (x.node.title, x.contribution, [c.member for c in x.members])),
    "member change": (lambda: trend().contributions[0].members[0],
                      lambda c: (c.member, c.before, c.after, c.change)),
    "member trend": (lambda: trend().members[0], lambda m: (m.id, m.before, m.change)),
    "trend effects": (lambda: trend().effects, lambda e: (e.change, e.stayers, e.stayed)),
    "aggregate of a trend": (lambda: trend().after, lambda ag: (ag.to_json(), ag.id)),
    "distribution": (lambda: libbig.distribution([a.score() for a in towns(period(bio2()))], k=3),
                     lambda d: (d.to_json(), d.scores("5").implementation.median, d.percentile_rank(0.7),
                                d.catalogue.id)),
    "statistics": (lambda: libbig.distribution([a.score() for a in towns(period(bio2()))]).overall,
                   lambda s: (s.implementation.mean, s.coverage.median)),
    "texts": (texts, lambda t: (t.title("5.01.01"), t.text("5.01.01"), t.catalogue.id, len(t))),
    "report with texts": (texts_report, lambda r: (r.to_json(), r.gaps_to_csv(), r.node_text("5.01.01"))),
    "texts of a report": (lambda: texts_report().texts,
                          lambda t: (t.language, t.text("5.01.01"), t.catalogue.title)),
    "migration": (migration, lambda m: (m.to_json(), m.to_csv(), m.assessment.to_json())),
    "origins": (lambda: migration().provenance("5.01.01"), lambda os_: [(o.source, o.via) for o in os_]),
    "migrated": (lambda: migration().take_assessment(), lambda a: (a.catalogue.id, a.score().to_json())),
    "workbook error after a second import": (workbook_error,
                                             lambda e: (e.sheet, e.row, e.column, e.value, e.message)),
    "view of a method whose argument called another": (reentrant_scores, reentrant_use),
    "report destroyed explicitly": (destroyed, destroyed_use),
}


def main(examples):
    global EXAMPLES
    EXAMPLES = examples
    values = 0
    for name, (make, use) in CHILDREN.items():
        child = make()
        gc.collect()
        first = use(child)
        gc.collect()
        if use(child) != first:
            print(f"memory.py: {name} changed", file=sys.stderr)
            return 1
        del child
        gc.collect()
        values += len(first)
    print(f"memory.py: {len(CHILDREN)} kinds of children used after their parents went, "
          f"{values} values read")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
