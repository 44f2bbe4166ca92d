#!/usr/bin/env python3
"""Generate examples/data/collab/, a fictional BIO2 1.2 data set of six
municipalities, two periods and two collaborations (see README.md there).

Every organisation, period and requirement draws from its own random
generator, seeded with a fixed string (string seeds are hashed with SHA-512),
so the output depends neither on the order in which requirements are read nor
on the Python version. A municipality draws the same two numbers for a
requirement in both periods; only its quality differs, so a result improves
(or, for the one municipality that slips, worsens) monotonically.

The requirements are read from the built-in catalogue
libbig/catalogues/bio2-1.2.json.

Usage: make-collab.py [OUTPUT-FOLDER]   (default: the folder of this script)

Only the standard library is used.
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
CATALOGUE = REPO / "libbig" / "catalogues" / "bio2-1.2.json"
SEED = "libbig-collab"
PERIODS = {"2024": "2024-10-01", "2025": "2025-10-01"}

# id: (name, inhabitants, quality 2024, quality 2025). The quality is the
# share of requirements implemented; partially_implemented takes the next 25%.
MUNICIPALITIES = {
    "GM9901": ("Gemeente Lindeveen", 48210, 0.55, 0.61),
    "GM9902": ("Gemeente Proefdorp", 12640, 0.46, 0.52),
    "GM9903": ("Gemeente Brakelaar", 27395, 0.62, 0.66),
    "GM9904": ("Gemeente Heidevoort", 8930, 0.42, 0.40),
    "GM9905": ("Gemeente Kwelderdam", 63180, 0.58, 0.65),
    "GM9906": ("Gemeente Zandmeer-Oost", 19475, 0.50, 0.57),
}

# The collaborations: what they carry out for their members (see README.md).
COLLABORATIONS = {
    "SV0001": {
        "name": "Sociale Dienst Brakelaar-Lindeveen",
        "kind": "sociale_dienst",
        "members": ["GM9901", "GM9902", "GM9903"],
        "delegated": ["6", "5.14"],
        "policy": "collaboration",
        "quality": {"2024": 0.70, "2025": 0.76},
    },
    "SV0002": {
        "name": "Belastingsamenwerking Kwelderland",
        "kind": "belastingsamenwerking",
        "members": ["GM9902", "GM9903", "GM9904", "GM9905"],
        "delegated": ["5.34", "8.26", "8.29", "8.32"],
        "policy": "worst",
        "quality": {"2024": 0.50, "2025": 0.58},
    },
}

OWNERS = {"5": "CISO", "6": "Teamleider HRM", "7": "Facilitair manager", "8": "Teamleider ICT"}


def walk(nodes, ancestors=()):
    """(requirement id, ids of the node and its ancestors) in catalogue order."""
    for node in nodes:
        children = node.get("children") or []
        path = ancestors + (node["id"],)
        if node.get("assessable", not children):
            yield node["id"], path
        yield from walk(children, path)


def result(org, rid, quality, owner):
    rng = random.Random(f"{SEED}/{org}/{rid}")
    u, w, omit = rng.random(), rng.random(), rng.random()
    if omit < 0.02:
        return None  # not assessed in either period
    if u < quality:
        return {"status": "implemented", "maturity": 4 if w < 0.3 else 3, "owner": owner}
    if u < quality + 0.25:
        return {"status": "partially_implemented", "maturity": 2 if w < 0.5 else 1,
                "owner": owner}
    return {"status": "not_implemented", "maturity": 0, "owner": owner}


def assessment(org, name, kind, attributes, period, results):
    organisation = {"id": org, "name": name, "kind": kind}
    if attributes:
        organisation["attributes"] = attributes
    return {
        "format": "libbig.assessment",
        "format_version": 1,
        "catalogue": {"id": "bio2", "version": "1.2"},
        "organisation": organisation,
        "period": period,
        "assessed_on": PERIODS[period],
        "profile": "alles",
        "target": 3,
        "results": results,
    }


def write(path, doc):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    with CATALOGUE.open(encoding="utf-8") as f:
        reqs = list(walk(json.load(f)["nodes"]))
    known = {n for _, path in reqs for n in path}

    for period in PERIODS:
        for org, (name, inhabitants, q2024, q2025) in MUNICIPALITIES.items():
            quality = q2024 if period == "2024" else q2025
            results = {}
            for rid, path in reqs:
                r = result(org, rid, quality, OWNERS[path[0]])
                if r is not None:
                    results[rid] = r
            write(out / period / f"{org}.json",
                  assessment(org, name, "gemeente", {"inhabitants": inhabitants}, period,
                             results))
        for cid, c in COLLABORATIONS.items():
            results = {}
            for rid, path in reqs:
                if not set(path) & set(c["delegated"]):
                    continue
                r = result(cid, rid, c["quality"][period], "Teamleider bedrijfsvoering")
                if r is not None:
                    results[rid] = r
            write(out / period / f"{cid}.json",
                  assessment(cid, c["name"], "samenwerkingsverband", None, period, results))

    for cid, c in COLLABORATIONS.items():
        for d in c["delegated"]:
            if d not in known:
                sys.exit(f"make-collab.py: {d} is not a node of BIO2 1.2")
        write(out / f"{cid}.json", {
            "format": "libbig.collaboration",
            "format_version": 1,
            "id": cid,
            "name": c["name"],
            "kind": c["kind"],
            "catalogue": {"id": "bio2", "version": "1.2"},
            "members": c["members"],
            "delegated": c["delegated"],
            "policy": c["policy"],
        })


if __name__ == "__main__":
    main()
