#!/usr/bin/env python3
"""Writes the seed corpus of fuzz-workbook-xlsx (deterministic): templates
of the fuzz targets' catalogue (fuzz-workbook.h) as big_workbook_write_xlsx()
writes them, fresh (Dutch, English) and filled from an assessment of the
same period that uses every sheet. Needs the Python binding:

    PYTHONPATH=build/bindings/python python3 tests/fuzz/make-workbook-xlsx-seeds.py
"""
import json
import os
import re

import libbig

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus", "workbook-xlsx")


def fuzz_catalogue():
    """The catalogue_json literal of fuzz-workbook.h."""
    with open(os.path.join(HERE, "fuzz-workbook.h"), encoding="utf-8") as f:
        src = f.read()
    body = src[src.index("catalogue_json[] ="):src.index(";", src.index("catalogue_json[] ="))]
    return "".join(json.loads('"' + piece + '"') for piece in re.findall(r'"((?:[^"\\]|\\.)*)"', body))


FILLED = {
    "format": "libbig.assessment", "format_version": 1,
    "catalogue": {"id": "model", "version": "1"},
    "organisation": {"id": "GM0363", "name": "Amsterdam", "kind": "gemeente",
                     "attributes": {"inhabitants": 931298, "share": 0.25}},
    "period": "2025", "assessed_on": "2025-10-01", "profile": "bbn2", "target": 2,
    "results": {
        "H1.1": {"status": "implemented", "maturity": 3, "criteria_met": ["owner", "written"],
                 "explanation": "Zie \"ISMS\"; hfst 3", "owner": "CISO", "expires": "2026-12-31",
                 "evidence": ["ISMS", "Logboek"],
                 "actions": [{"description": "Back-ups testen", "owner": "IT-beheer",
                              "due": "2026-03-31", "status": "in_progress"}]},
        "H1.2": {"status": "not_applicable", "explanation": "regel 1\nregel 2"},
        "H2.1": {"status": "partially_implemented", "criteria_met": [],
                 "source": {"collaboration": "SV-Regio"}},
    },
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    cat = libbig.Catalogue.load_string(fuzz_catalogue())
    prev = libbig.Assessment.load_string(cat, json.dumps(FILLED))
    books = {
        "fresh-nl.xlsx": libbig.Workbook.template(cat, organisation_id="GM0363", period="2026"),
        "fresh-en.xlsx": libbig.Workbook.template(cat, organisation_id="GM0363", period="2026",
                                                  lang="en"),
        "filled.xlsx": libbig.Workbook.template(cat, previous=prev),
        "next-year.xlsx": libbig.Workbook.template(cat, previous=prev, period="2026"),
    }
    for name, wb in books.items():
        wb.write_xlsx(os.path.join(CORPUS, name))


if __name__ == "__main__":
    main()
