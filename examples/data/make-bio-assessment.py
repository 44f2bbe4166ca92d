#!/usr/bin/env python3
"""Generate examples/data/bio-assessment.json, a BIO 1.04 assessment to
migrate to BIO2 1.2 ('bigscore migrate').

The same assessment as the BIO 1.04 -> BIO2 1.2 worked example of
docs/scoring.md (built by tests/test-migrate.c through the API): the fictional
Gemeente Lindeveen (GM9901), period 2023, assessed 2023-11-15, target 3;
control k (0-based, catalogue order) of the 114 requirements of the built-in
catalogue libbig/catalogues/bio-1.04.json gets, by k mod 8: implemented,
partially_implemented, implemented, not_implemented, implemented,
partially_implemented, not_applicable (explained, expires 2024-12-31), no
result; maturity k mod 6 for the first three kinds of status.

Usage: make-bio-assessment.py [OUTPUT]   (default: bio-assessment.json beside
this script). Only the standard library is used.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATALOGUE = HERE.parent.parent / "libbig" / "catalogues" / "bio-1.04.json"
PATTERN = ["implemented", "partially_implemented", "implemented", "not_implemented",
           "implemented", "partially_implemented", "not_applicable", None]


def requirements(nodes):
    """Ids of the assessable nodes in pre-order (leaves unless stated)."""
    for node in nodes:
        children = node.get("children", [])
        if node.get("assessable", not children):
            yield node["id"]
        yield from requirements(children)


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else HERE / "bio-assessment.json"
    cat = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    results = {}
    for k, rid in enumerate(requirements(cat["nodes"])):
        status = PATTERN[k % 8]
        if status is None:
            continue
        if status == "not_applicable":
            results[rid] = {"status": status, "explanation": "Niet van toepassing",
                            "expires": "2024-12-31"}
        else:
            results[rid] = {"status": status, "maturity": k % 6}
    doc = {
        "format": "libbig.assessment",
        "format_version": 1,
        "catalogue": {"id": cat["id"], "version": cat["version"]},
        "organisation": {"id": "GM9901", "name": "Gemeente Lindeveen", "kind": "gemeente"},
        "period": "2023",
        "assessed_on": "2023-11-15",
        "target": 3,
        "results": results,
    }
    out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
