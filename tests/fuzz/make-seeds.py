#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (deterministic; run from anywhere).

Seeds are valid documents and near misses of them: each exercises a branch of
a loader, so that fuzzing starts from the interesting places.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(kind, name, text):
    folder = os.path.join(HERE, "corpus", kind)
    os.makedirs(folder, exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


catalogue = {
    "format": "libbig.catalogue", "format_version": 1, "id": "fuzz", "version": "1",
    "title": "Fuzz", "language": "nl", "publisher": "p", "based_on": "b", "default_target": 3,
    "nodes": [
        {"id": "A", "kind": "chapter", "title": "A", "children": [
            {"id": "A.1", "kind": "r", "title": "a1", "tags": ["basishygiene"], "refs": ["x"]},
            {"id": "A.2", "kind": "r", "title": "a2", "weight": 2, "mandatory": True},
        ]},
        {"id": "B", "kind": "r", "title": "B", "assessable": True, "text": "t",
         "children": [{"id": "B.1", "kind": "r", "title": "b1"}]},
    ],
}
write("catalogue", "valid.json", json.dumps(catalogue, indent=2))
write("catalogue", "valid-compact.json", json.dumps(catalogue, separators=(",", ":")))
variants = {
    "dup-id.json": lambda c: c["nodes"][0]["children"][1].update(id="A.1"),
    "zero-weight.json": lambda c: c["nodes"][0]["children"][1].update(weight=0),
    "missing-title.json": lambda c: c["nodes"][1].pop("title"),
    "unknown-field.json": lambda c: c.update(profiles=[]),
    "bad-version.json": lambda c: c.update(format_version=2),
    "tags-not-strings.json": lambda c: c["nodes"][0]["children"][0].update(tags=[1]),
}
for name, change in variants.items():
    c = json.loads(json.dumps(catalogue))
    change(c)
    write("catalogue", name, json.dumps(c, indent=1))
text = json.dumps(catalogue)
write("catalogue", "truncated.json", text[: len(text) // 2])
write("catalogue", "deep.json", "[" * 100 + "]" * 100)
write("catalogue", "utf8.json", text.replace('"Fuzz"', '"F\u00fczz \u20ac \U0001f600"'))
write("catalogue", "bad-utf8.json", text.replace('"Fuzz"', '"F\\u00fczz"').encode() + b"\xff\n")

assessment = {
    "format": "libbig.assessment", "format_version": 1,
    "catalogue": {"id": "fuzz", "version": "1"},
    "organisation": {"id": "GM9901", "name": "Gemeente Voorbeeldstad", "kind": "gemeente",
                     "attributes": {"inhabitants": 41250}},
    "period": "2025", "assessed_on": "2025-10-01", "target": 3,
    "results": {
        "A.1": {"status": "implemented", "maturity": 4, "evidence": ["beleid.pdf"]},
        "A.2": {"status": "risk_accepted", "explanation": "Vervanging", "owner": "CISO",
                "expires": "2026-06-30"},
        "B": {"status": "not_applicable", "explanation": "Geen", "expires": "2026-12-31"},
    },
}
write("assessment", "valid.json", json.dumps(assessment, indent=2))
avariants = {
    "unknown-requirement.json": lambda a: a["results"].update({"Z.9": {"status": "implemented"}}),
    "not-assessable.json": lambda a: a["results"].update({"A": {"status": "implemented"}}),
    "bad-status.json": lambda a: a["results"]["A.1"].update(status="done"),
    "bad-maturity.json": lambda a: a["results"]["A.1"].update(maturity=6),
    "bad-date.json": lambda a: a["results"]["A.2"].update(expires="2026-02-30"),
    "mismatch.json": lambda a: a["catalogue"].update(version="2"),
    "partial.json": lambda a: a["results"].update({"B.1": {"status": "partially_implemented",
                                                            "maturity": 2}}),
}
for name, change in avariants.items():
    a = json.loads(json.dumps(assessment))
    change(a)
    write("assessment", name, json.dumps(a, indent=1))
text = json.dumps(assessment)
write("assessment", "truncated.json", text[: len(text) * 2 // 3])
