#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (deterministic; run from anywhere).

Seeds are valid documents and near misses of them: each exercises a branch of
a loader, so that fuzzing starts from the interesting places.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


FUZZ_ASSESSMENT_FINGERPRINT = \
    "sha256:e6015e0b9b2b646760d2134c0fc18e663edb5bd4c8d9f79ae500ea890bf10b96"
BIO2_12_FINGERPRINT = \
    "sha256:ced661cad31c3e26a0ba20b5753dc6c9f23e27ac3b477149b5c4114c58c43a13"
FUZZ_COLLABORATION_FINGERPRINT = \
    "sha256:61aaa32f30f62f7e964fa5def3b9f07da2add3083b110254684e08fa8c9eb53a"


def write(kind, name, text):
    folder = os.path.join(HERE, "corpus", kind)
    os.makedirs(folder, exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def write_variants(kind, base, changes):
    """One seed per change, each applied to a fresh copy of BASE."""
    for name, change in changes.items():
        doc = json.loads(json.dumps(base))
        change(doc)
        write(kind, name, json.dumps(doc, indent=1))


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
    "titles.json": lambda c: [n.update(titles={"en": n["title"] + " (en)", "nl-BE": "b"})
                              for n in (c["nodes"][0], c["nodes"][0]["children"][0])],
    "titles-bad-tag.json": lambda c: c["nodes"][1].update(titles={"e1": "x"}),
    "titles-twice.json": lambda c: c["nodes"][1].update(titles={"en": "x", "EN": "y"}),
}
write_variants("catalogue", catalogue, variants)
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
    # The fingerprint of the catalogue of fuzz-assessment.c
    # (tests/print-fingerprint), another one, and one that is not a string.
    "pinned.json": lambda a: a["catalogue"].update(fingerprint=FUZZ_ASSESSMENT_FINGERPRINT),
    "pinned-mismatch.json": lambda a: a["catalogue"].update(fingerprint="sha256:" + "0" * 64),
    "pinned-not-string.json": lambda a: a["catalogue"].update(fingerprint=["sha256"]),
    "partial.json": lambda a: a["results"].update({"B.1": {"status": "partially_implemented",
                                                            "maturity": 2}}),
    "demonstration.json": lambda a: a["results"]["A.1"].update(demonstration={
        "opzet": {"demonstrated": True,
                  "evidence": [{"kind": "document", "what": "Beleid", "where": "intranet"}]},
        "bestaan": {"demonstrated": True},
        "werking": {"demonstrated": False, "evidence": [
            {"kind": "pentest", "what": "Pentest", "date": "2024-11-30"},
            {"kind": "red_team", "what": "Red team"}]}}),
    "demonstration-bad-kind.json": lambda a: a["results"]["A.1"].update(demonstration={
        "werking": {"demonstrated": True, "evidence": [{"kind": "survey", "what": "x"}]}}),
    "actions.json": lambda a: a["results"]["A.1"].update(actions=[
        {"description": "Back-ups testen", "owner": "IT-beheer", "due": "2026-03-31",
         "status": "planned"},
        {"description": "Herstelplan", "status": "in_progress"},
        {"description": "Beleid", "due": "2025-01-31", "status": "done"}]),
    "actions-bad-status.json": lambda a: a["results"]["A.1"].update(actions=[
        {"description": "x", "status": "started"}]),
    "actions-empty-description.json": lambda a: a["results"]["A.1"].update(actions=[
        {"description": "", "status": "planned"}]),
    "actions-bad-due.json": lambda a: a["results"]["A.1"].update(actions=[
        {"description": "x", "due": "2026-02-30", "status": "done"}]),
}
write_variants("assessment", assessment, avariants)
text = json.dumps(assessment)
write("assessment", "truncated.json", text[: len(text) * 2 // 3])

mapping = {
    "format": "libbig.mapping", "format_version": 1, "id": "bio-to-bio2", "title": "Fuzz",
    "source": {"id": "bio", "version": "1.04"}, "target": {"id": "bio2", "version": "1.2"},
    "note": "n",
    "entries": [
        {"source": "5.1.1", "target": "5.1", "relationship": "subset"},
        {"source": "5.1.2", "target": "5.1", "relationship": "subset"},
        {"source": "6.1.1", "target": "5.2", "relationship": "equal"},
        {"source": "11.2.6", "target": "7.9", "relationship": "superset"},
        {"source": "17.2.1", "target": "8.14", "relationship": "intersect"},
        {"source": "17.2.1", "target": "5.30", "relationship": "not_related"},
    ],
    "unmapped": ["6.1.3", "14.2.4"],
}
write("mapping", "valid.json", json.dumps(mapping, indent=2))
write("mapping", "valid-compact.json", json.dumps(mapping, separators=(",", ":")))
mvariants = {
    "dup-pair.json": lambda m: m["entries"].append(dict(m["entries"][0])),
    "bad-relationship.json": lambda m: m["entries"][3].update(relationship="similar"),
    "missing-target.json": lambda m: m["entries"][1].pop("target"),
    "unknown-field.json": lambda m: m["entries"][2].update(comment="x"),
    "unmapped-mapped.json": lambda m: m["unmapped"].append("5.1.1"),
    "unmapped-twice.json": lambda m: m["unmapped"].append("6.1.3"),
    "missing-node.json": lambda m: m["entries"][4].update(target="5.99"),
    "missing-unmapped-node.json": lambda m: m["unmapped"].append("6.1.9"),
    "mismatch.json": lambda m: m["target"].update(version="1.3"),
    # The fingerprint of the built-in bio2-1.2 (docs/catalogues.md), and another.
    "pinned-target.json": lambda m: m["target"].update(fingerprint=BIO2_12_FINGERPRINT),
    "pinned-other.json": lambda m: m["target"].update(fingerprint="sha256:" + "0" * 64),
    "empty-entries.json": lambda m: m.update(entries=[]),
    "source-not-object.json": lambda m: m.update(source="bio"),
}
write_variants("mapping", mapping, mvariants)
text = json.dumps(mapping)
write("mapping", "truncated.json", text[: len(text) // 2])
write("mapping", "bad-utf8.json", text.replace('"Fuzz"', '"F\\u00fczz"').encode() + b"\xff\n")
with open(os.path.join(HERE, "..", "..", "libbig", "catalogues", "bio-to-bio2.json"),
          encoding="utf-8") as f:
    write("mapping", "builtin-bio-to-bio2.json", f.read())

collaboration = {
    "format": "libbig.collaboration", "format_version": 1, "id": "SV", "name": "Fuzz",
    "kind": "sociale_dienst", "catalogue": {"id": "fuzz", "version": "1"},
    "members": [{"id": "GM9901", "weight": 2}, "GM9902"],
    "delegated": ["A.2", "B"], "policy": "worst",
}
write("collaboration", "valid.json", json.dumps(collaboration, indent=2))
write("collaboration", "valid-compact.json", json.dumps(collaboration, separators=(",", ":")))
cvariants = {
    "policy-collaboration.json": lambda c: c.pop("policy"),
    "policy-member.json": lambda c: c.update(policy="member"),
    "policy-best.json": lambda c: c.update(policy="best"),
    "bad-policy.json": lambda c: c.update(policy="weakest"),
    "member-twice.json": lambda c: c["members"].append("GM9901"),
    "zero-weight.json": lambda c: c["members"][0].update(weight=0),
    "unknown-node.json": lambda c: c["delegated"].append("Z"),
    "redundant.json": lambda c: c["delegated"].extend(["B.1", "B", "A"]),
    "not-member.json": lambda c: c.update(members=["GM9902"]),
    "other-id.json": lambda c: c.update(id="SV-OTHER"),
    "mismatch.json": lambda c: c["catalogue"].update(version="2"),
    # The fingerprint of the catalogue of fuzz-collaboration.c, and another.
    "pinned.json": lambda c: c["catalogue"].update(fingerprint=FUZZ_COLLABORATION_FINGERPRINT),
    "pinned-mismatch.json": lambda c: c["catalogue"].update(fingerprint="sha256:" + "0" * 64),
    "unknown-field.json": lambda c: c["members"][0].update(inhabitants=5),
}
write_variants("collaboration", collaboration, cvariants)
text = json.dumps(collaboration)
write("collaboration", "truncated.json", text[: len(text) // 2])

# Text overlays over the built-in BIO2 1.3 (fuzz-texts.c).
texts = {
    "format": "libbig.texts", "format_version": 1,
    "catalogue": {"id": "bio2", "version": "1.3"},
    "language": "nl", "source": "s", "licence": "l",
    "texts": {
        "5": {"title": "Organisatorische maatregelen"},
        "5.1": {"title": "Beleid", "text": "Beleid voor\ninformatiebeveiliging."},
        "5.01.01": {"text": "De organisatie heeft \"beleid\", vastgesteld."},
    },
}
write("texts", "valid.json", json.dumps(texts, indent=2))
write("texts", "valid-compact.json", json.dumps(texts, separators=(",", ":")))
tvariants = {
    "unknown-node.json": lambda t: t["texts"].update({"9.99": {"title": "x"}}),
    "control-title.json": lambda t: t["texts"]["5"].update(title="a\u001bb"),
    "empty-entry.json": lambda t: t["texts"].update({"5.2": {}}),
    "blank-title.json": lambda t: t["texts"]["5"].update(title=" "),
    "bad-language.json": lambda t: t.update(language="nederlands"),
    "english.json": lambda t: t.update(language="en-GB"),
    "mismatch.json": lambda t: t["catalogue"].update(version="1.2"),
    "wrong-fingerprint.json": lambda t: t["catalogue"].update(fingerprint="sha256:00"),
    "unknown-field.json": lambda t: t["texts"]["5.1"].update(note="x"),
    "texts-array.json": lambda t: t.update(texts=[]),
    "empty-id.json": lambda t: t["texts"].update({"": {"text": "x"}}),
}
write_variants("texts", texts, tvariants)
text = json.dumps(texts)
write("texts", "truncated.json", text[: len(text) // 2])
write("texts", "duplicate.json", text.replace('"5": {', '"5.01.01": {"text": "x"}, "5": {'))

# The head reader (fuzz-document.c) sees every kind, and texts near the
# edges of what it tells: formats that are not libbig's, catalogue references
# in each place a kind keeps them, values that are not objects.
for kind, doc in (("catalogue", catalogue), ("assessment", assessment),
                  ("mapping", mapping), ("collaboration", collaboration), ("texts", texts)):
    write("document", kind + ".json", json.dumps(doc, indent=1))
heads = {
    "report.json": {"format": "libbig.report", "format_version": 1,
                    "catalogue": {"id": "bio2", "version": "1.2"}},
    "migration.json": {"format": "libbig.migration", "source": {"id": "bio", "version": "1.04"}},
    "future.json": {"format": "libbig.future", "catalogue": {"id": "x"}},
    "geojson.json": {"type": "FeatureCollection", "format": "geojson"},
    "format-number.json": {"format": 7, "catalogue": {"id": "bio2", "version": "1.2"}},
    "version-only.json": {"format": "libbig.assessment", "catalogue": {"version": "1.2"}},
    "id-number.json": {"format": "libbig.assessment", "catalogue": {"id": 3, "version": "1"}},
    "catalogue-array.json": {"format": "libbig.assessment", "catalogue": ["bio2", "1.2"]},
    "no-format.json": {"catalogue": {"id": "bio2", "version": "1.2"}},
}
for name, doc in heads.items():
    write("document", name, json.dumps(doc))
for name, text in (("array.json", "[1, 2]"), ("string.json", '"libbig.catalogue"'),
                   ("null.json", "null"), ("empty.json", ""), ("bom.json", "\ufeff{}"),
                   ("escaped.json", '{"format": "libbig.\\u0061ssessment"}'),
                   ("trailing.json", '{"format": "libbig.report"} x'),
                   ("leading-zero.json", '{"format": "libbig.report", "n": 03}'),
                   ("nul-escape.json", '{"format": "libbig.rep\\u0000ort"}'),
                   ("truncated.json", '{"format": "libbig.assessment", "catalogue": {"id": "b'),
                   ("deep.json", "[" * 100 + "]" * 100)):
    write("document", name, text)
write("document", "bad-utf8.json", b'{"format": "libbig.report", "t": "\xc3("}')

# bigscore's document reader (fuzz-cli-document.c, a limit of 4096 bytes):
# texts at the limit, one byte beyond it, and beyond a stream's first read.
# The corpus of "document" is replayed through it too.
padded = json.dumps({"format": "libbig.assessment",
                     "catalogue": {"id": "bio2", "version": "1.2"}})
write("cli-document", "at-limit.json", padded[:-1] + " " * (4096 - len(padded)) + "}")
write("cli-document", "beyond-limit.json", padded[:-1] + " " * (4097 - len(padded)) + "}")
write("cli-document", "zeros.bin", b"\0" * 70000)
write("cli-document", "report-at-limit.json",
      '{"format": "libbig.report", "x": "' + "r" * (4096 - 36) + '"}')

# The CSV workbook import (fuzz-workbook.c): the requirements sheet, then
# "=== NAME" lines starting the other files. A filled workbook of every
# sheet, and near misses of it.
WB_MAIN = ("\ufeffid;titel;labels;verplicht;status;volwassenheid;toelichting;eigenaar;"
           "verloopt op;bewijs;opzet;bestaan;werking;verbetermaatregel;eigenaar maatregel;"
           "streefdatum;status maatregel\r\n"
           "H1.1;a;bbn1;nee;geïmplementeerd;3;\"Zie \"\"ISMS\"\"; hfst 3\";CISO;31-12-2026;"
           "ISMS;ja;ja;nee;Back-ups testen;IT-beheer;31-3-2026;in uitvoering\r\n"
           "H1.2;b;bbn1;ja;niet van toepassing;;\"regel 1\nregel 2\";;2026-06-30;;;;;;;;\r\n"
           "H2.1;c;bbn2;nee;niet beoordeeld;;;;;;;;;;;;\r\n")
WB_ORG = ("veld;waarde\r\norganisatie;GM0363\r\nnaam;Amsterdam\r\nsoort;gemeente\r\n"
          "periode;2025\r\nbeoordeeld op;1-10-2025\r\nprofiel;bbn2\r\ndoelniveau;2\r\n"
          "catalogus;model\r\nversie;1\r\nvingerafdruk;\r\n")
WB_REST = {
    "Bewijs": "id;bewijs\r\nH1.1;Back-up test 2025\r\nH1.1;Logboek\r\n",
    "Aantoning": "id;aspect;soort;wat;waar;datum\r\nH1.1;werking;pentest;Pentest;"
                 "rapporten/pt.pdf;2025-05-01\r\nH1.1;opzet;zelfevaluatie;Eigen toets;;\r\n",
    "Criteria": "id;criterium\r\nH1.1;owner\r\nH1.1;written\r\nH2.1;\r\n",
    "Kenmerken": "kenmerk;waarde\r\ninhabitants;931298\r\nshare;0,25\r\n",
    "Herkomst": "id;samenwerking\r\nH2.1;SV-Regio\r\n",
    "Acties": "id;verbetermaatregel;eigenaar;streefdatum;status\r\n"
              "H1.1;Herstel oefenen;;;gepland\r\nH2.1;Logging;SOC;2025-12-01;gereed\r\n",
}


def workbook(main=WB_MAIN, org=WB_ORG, rest=WB_REST):
    text = main + "\n=== w-Organisatie.csv\n" + org
    for sheet, body in rest.items():
        text += "\n=== w-" + sheet + ".csv\n" + body
    return text


write("workbook", "filled.csv", workbook())
write("workbook", "english.csv", workbook(
    main="id,status,maturity,explanation,owner,expires,evidence,design (opzet),"
         "existence (bestaan),operation (werking),improvement action,action owner,due date,"
         "action status\nH1.1,Partially implemented,2,,,,,yes,no,,,,,\n",
    org="field,value\norganisation,GM0363\nperiod,2025\ncatalogue,model\nversion,1\n",
    rest={"Evidence": "id,evidence\nH1.1,x\n"}))
write("workbook", "errors.csv", workbook(
    main=WB_MAIN + "H1.1;a;;;half;9;;;31-02-2026;;misschien\r\nX9;;;;implemented\r\n"))
write("workbook", "missing-sheet.csv", WB_MAIN)
write("workbook", "empty.csv", "")
write("workbook", "unclosed.csv", workbook(main=WB_MAIN + "\"H2.1;open\r\n"))
write("workbook", "cp1252.csv",
      workbook(main=WB_MAIN[1:].replace("Zie", "Caf\xe9")).encode("cp1252"))
write("workbook", "twice.csv", workbook() + "\n=== w-Bewijs.csv\nid;bewijs\n")
# More than 1000 errors: the last is the summary, of no sheet.
write("workbook", "many-errors.csv",
      workbook(main=WB_MAIN + "H1.1;a;;;half\r\n" * 1200, rest={}))
