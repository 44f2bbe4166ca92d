#!/usr/bin/env python3
"""Generate examples/data/demo-assessment.json, the demo BIO2 1.2 assessment.

The organisation, "Gemeente Lindeveen" (GM9901), is fictional. The output is
deterministic: every requirement draws from its own random generator, seeded
with a fixed string and its id, so the result does not depend on the order in
which requirements are read, nor on the Python version (string seeds are
hashed with SHA-512).

The requirements are read from the built-in catalogue
libbig/catalogues/bio2-1.2.json when it exists, else from the reference CSVs
in ../shared/reference (relative to the repository): every BIO2 measure
(5.01.01 …), and every ISO/IEC 27002:2022 control without measures (5.3 …).

Usage: make-demo.py [OUTPUT]   (default: demo-assessment.json beside this script)

Only the standard library is used.
"""

import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CATALOGUE = REPO / "libbig" / "catalogues" / "bio2-1.2.json"
REFERENCE = REPO.parent / "shared" / "reference"
SEED = "lindeveen-2025"

ASSESSED_ON = "2025-10-15"

# Requirements left without a result (not_assessed by default) and one
# recorded explicitly as not_assessed.
OMITTED = {"5.32", "7.13", "8.34"}
EXPLICITLY_NOT_ASSESSED = {
    "8.11": {
        "owner": "Teamleider ICT",
        "explanation": "Wordt meegenomen in de zelfevaluatie van 2026.",
    },
}

# Exclusions and risk acceptances, written out by hand so that every case of
# comply-or-explain occurs: properly explained, expired, without expiry date,
# without explanation, and a risk acceptance of a mandatory measure.
EXCEPTIONS = {
    "8.4": {
        "status": "not_applicable",
        "explanation": "Lindeveen ontwikkelt zelf geen software; broncode berust "
        "bij de leveranciers en is contractueel afgeschermd.",
        "owner": "Teamleider ICT",
        "expires": "2026-12-31",
        "evidence": ["Applicatieportfolio 2025, kolom 'eigen ontwikkeling'"],
    },
    "8.28": {
        "status": "not_applicable",
        "explanation": "Geen eigen softwareontwikkeling; maatwerk wordt "
        "uitbesteed (zie 8.30.01).",
        "owner": "Teamleider ICT",
        "expires": "2026-12-31",
    },
    "7.6": {
        "status": "not_applicable",
        "explanation": "De gemeente heeft geen beveiligde ruimten; het datacenter "
        "is ondergebracht bij de regionale ICT-samenwerking.",
        "owner": "Facilitair manager",
        "expires": "2026-06-30",
    },
    # Exclusion whose review date lies before the assessment: expired.
    "7.12": {
        "status": "not_applicable",
        "explanation": "Bekabeling valt onder de verhuurder van het stadskantoor.",
        "owner": "Facilitair manager",
        "expires": "2025-06-30",
    },
    # Open-ended exclusion: no review date, so not properly explained.
    "8.25": {
        "status": "not_applicable",
        "explanation": "Geen eigen ontwikkelstraat.",
        "owner": "Teamleider ICT",
    },
    # Exclusion without any explanation.
    "8.33": {"status": "not_applicable"},
    "7.4": {
        "status": "risk_accepted",
        "explanation": "Camerabewaking van het stadskantoor is begroot voor 2026; "
        "tot dan sluitrondes door de bode en alarmopvolging via de meldkamer.",
        "owner": "Facilitair manager",
        "expires": "2026-06-30",
        "evidence": ["Collegebesluit risicoacceptatie 2025-014"],
    },
    "8.12": {
        "status": "risk_accepted",
        "explanation": "Een DLP-oplossing is onevenredig duur voor de omvang van "
        "de organisatie; e-mail met bijlagen wordt wel gescand op BSN.",
        "owner": "CISO",
        "expires": "2026-12-31",
        "evidence": ["Risicoanalyse datalekken 2025"],
    },
    # Risk acceptance whose expiry date has passed.
    "5.7": {
        "status": "risk_accepted",
        "explanation": "Dreigingsinformatie wordt alleen via de IBD ontvangen; "
        "een eigen analyse volgt na werving van een security officer.",
        "owner": "CISO",
        "expires": "2025-09-30",
    },
    # Risk acceptance of a mandatory overheidsmaatregel: never a valid exception.
    "8.08.05": {
        "status": "risk_accepted",
        "explanation": "Patchen van de verouderde zaaksysteem-server is niet "
        "mogelijk tot de migratie naar de cloudversie in maart 2026.",
        "owner": "Teamleider ICT",
        "expires": "2026-03-31",
        "evidence": ["Migratieplan zaaksysteem v0.9"],
    },
}

OWNERS = {
    "5": ["CISO", "CISO", "Informatiemanager", "Privacy officer", "Teamleider Juridische Zaken"],
    "6": ["Teamleider HRM", "CISO"],
    "7": ["Facilitair manager", "Teamleider Facilitaire Zaken"],
    "8": ["Teamleider ICT", "Teamleider ICT", "Applicatiebeheerder", "Netwerkbeheerder",
          "Functioneel beheerder zaaksysteem"],
}

EVIDENCE = {
    "5": ["Informatiebeveiligingsbeleid Lindeveen 2024-2027 (vastgesteld B&W 12-03-2024)",
          "ISMS-register 2025",
          "ENSIA-zelfevaluatie 2024",
          "Verslag directieoverleg informatiebeveiliging Q2 2025",
          "Verwerkersovereenkomsten-register 2025",
          "Incidentregistratie 2025 (TOPdesk)",
          "Rapport IT-audit jaarrekening 2024"],
    "6": ["Procedure indiensttreding HRM 2025",
          "Deelnamelijst e-learning 'Veilig werken' 2025",
          "Geheimhoudingsverklaring model 2024"],
    "7": ["Toegangspassenregister stadskantoor",
          "Inspectierapport brandveiligheid 2025",
          "Clean-desk-rondgang september 2025"],
    "8": ["Patchrapportage september 2025",
          "Back-up restoretest Q2 2025",
          "Pentestrapport burgerportaal 2025",
          "Logging- en monitoringbeleid v1.3",
          "Netwerktekening stadskantoor 2025",
          "Autorisatiematrix zaaksysteem 2025",
          "Configuratiebaseline werkplekken (Intune)"],
}

PLANNED = [
    "Opgenomen in het verbeterplan informatiebeveiliging 2026.",
    "Uitvoering gepland in het eerste kwartaal van 2026.",
    "Afhankelijk van de aanbesteding van het nieuwe werkplekcontract.",
    "Capaciteit is aangevraagd in de voorjaarsnota.",
]


def walk(nodes):
    for node in nodes:
        children = node.get("children") or []
        if node.get("assessable", not children):
            yield node["id"]
        yield from walk(children)


def requirements():
    """Requirement ids of BIO2 1.2 in catalogue order, and where they came from."""
    if CATALOGUE.exists():
        with CATALOGUE.open(encoding="utf-8") as f:
            doc = json.load(f)
        return list(walk(doc["nodes"])), CATALOGUE
    with (REFERENCE / "bio2-1.2-measures.csv").open(encoding="utf-8", newline="") as f:
        measures = list(csv.DictReader(f))
    with (REFERENCE / "iso27002-2022-controls.csv").open(encoding="utf-8", newline="") as f:
        controls = list(csv.DictReader(f))
    ids = []
    for control in controls:
        own = [m["measure_id"] for m in measures if m["control_id"] == control["control_id"]]
        ids.extend(own or [control["control_id"]])
    return ids, REFERENCE


def draw(rid):
    rng = random.Random(f"{SEED}/{rid}")
    theme = rid.split(".")[0]
    status = rng.choices(
        ["implemented", "partially_implemented", "not_implemented"], [60, 27, 13])[0]
    result = {"status": status}
    if rng.random() < 0.9:
        if status == "implemented":
            result["maturity"] = rng.choices([2, 3, 4, 5], [5, 50, 33, 12])[0]
        elif status == "partially_implemented":
            result["maturity"] = rng.choices([1, 2, 3], [35, 55, 10])[0]
        else:
            result["maturity"] = rng.choices([0, 1], [70, 30])[0]
    if status != "implemented" and rng.random() < 0.6:
        result["explanation"] = rng.choice(PLANNED)
    if rng.random() < 0.85:
        result["owner"] = rng.choice(OWNERS[theme])
    if status != "not_implemented":
        result["evidence"] = rng.sample(EVIDENCE[theme], rng.choice([1, 1, 2]))
    return result


# Opzet, bestaan and werking (docs/formats.md, "Opzet, bestaan, werking"),
# drawn from a generator of their own, so that the draws above are those of
# the demo before it had them. Implemented measures show their design and
# existence, and four in five their operation (the others are werking gaps);
# partially implemented ones mostly their design; no dimension is shown
# without the one it rests on, and all evidence is dated in 2025.
WERKING_TESTS = [("audit", "IT-audit accountant 2025", "2025-06-20"),
                 ("pentest", "Pentest externe koppelingen 2025", "2025-04-11"),
                 ("red_team", "Red-teamoefening 2025", "2025-09-03"),
                 ("self_assessment", "Interne controle 2025", "2025-08-28")]


def demonstration(rid, status):
    rng = random.Random(f"{SEED}/{rid}/demonstration")
    theme = rid.split(".")[0]
    opzet = {"demonstrated": True,
             "evidence": [{"kind": "document", "what": rng.choice(EVIDENCE[theme]),
                           "where": "ISMS-register 2025"}]}
    bestaan = {"demonstrated": True,
               "evidence": [{"kind": "self_assessment", "what": "ENSIA-zelfevaluatie 2025",
                             "date": "2025-05-15"}]}
    if status == "implemented":
        kind, what, date = rng.choice(WERKING_TESTS)
        werking = {"demonstrated": rng.random() < 0.8}
        if werking["demonstrated"]:
            werking["evidence"] = [{"kind": kind, "what": what, "date": date}]
        return {"opzet": opzet, "bestaan": bestaan, "werking": werking}
    if status == "partially_implemented" and rng.random() < 0.7:
        if rng.random() < 0.4:
            return {"opzet": opzet, "bestaan": bestaan}
        return {"opzet": opzet, "bestaan": {"demonstrated": False}}
    if status == "not_implemented" and rng.random() < 0.2:
        return {"opzet": opzet}
    return None


# Maturity measured with the criteria of the default maturity model
# (docs/scoring.md): the maturity is then derived from them. Every case occurs:
# criteria agreeing with the given maturity, criteria alone, an empty list
# (level 0), and criteria that contradict the given maturity (a diagnostic).
CRITERIA = {
    "5.01.01": ["performed", "documented", "implemented", "monitored"],  # agrees: 4
    "5.02.01": ["performed", "documented", "implemented"],  # no maturity given: 3
    "6.01.01": ["performed", "implemented"],  # says 3, criteria give 1
    "7.01.01": ["performed", "documented", "implemented", "monitored", "improved"],  # says 4
    "8.01.01": [],  # says 2, no criterion met: 0
}


# Improvement actions (docs/formats.md, "Improvement actions") of a handful
# of gaps, so that the gap list shows owners, next actions and what is
# overdue on ASSESSED_ON: one overdue, some planned, one with a done action
# beside a planned one, one with only a done action (still without an open
# one), one without owner or due date.
ACTIONS = {
    "5.12.01": [{"description": "Classificatierichtlijn vaststellen en toepassen",
                 "owner": "Informatiemanager", "due": "2025-09-30", "status": "in_progress"}],
    "5.14.02": [{"description": "PKIo-certificaten voor de externe koppelingen aanvragen",
                 "owner": "Teamleider ICT", "due": "2026-03-31", "status": "planned"}],
    "5.15.01": [{"description": "Toegangspaden naar de vertrouwde zone inventariseren",
                 "due": "2025-06-30", "status": "done"},
                {"description": "Beheer alleen via een geauthenticeerde beheeromgeving",
                 "owner": "Teamleider ICT", "due": "2026-06-30", "status": "planned"}],
    "5.20.01": [{"description": "Beveiligingseisen in de inkoopvoorwaarden opnemen",
                 "owner": "CISO", "due": "2025-05-31", "status": "done"}],
    "5.24.07": [{"description": "Incidentprocedure oefenen met de ketenpartners",
                 "status": "planned"}],
    "8.08.05": [{"description": "Penetratietest van het zaaksysteem laten uitvoeren",
                 "owner": "Teamleider ICT", "due": "2026-01-31", "status": "in_progress"}],
}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "demo-assessment.json"
    ids, source = requirements()
    known = set(ids)
    for rid in list(OMITTED) + list(EXPLICITLY_NOT_ASSESSED) + list(EXCEPTIONS):
        if rid not in known:
            sys.exit(f"make-demo.py: {rid} is not a requirement of BIO2 1.2 ({source})")

    results = {}
    for rid in ids:
        if rid in OMITTED:
            continue
        if rid in EXPLICITLY_NOT_ASSESSED:
            results[rid] = {"status": "not_assessed", **EXPLICITLY_NOT_ASSESSED[rid]}
        elif rid in EXCEPTIONS:
            results[rid] = dict(EXCEPTIONS[rid])
        else:
            results[rid] = draw(rid)
            shown = demonstration(rid, results[rid]["status"])
            if shown:
                results[rid]["demonstration"] = shown

    for rid, met in CRITERIA.items():
        if rid not in results:
            sys.exit(f"make-demo.py: {rid} has no result to add criteria to")
        results[rid]["criteria_met"] = met

    for rid, actions in ACTIONS.items():
        if rid not in results:
            sys.exit(f"make-demo.py: {rid} has no result to add actions to")
        results[rid]["actions"] = actions

    # Every maturity level 0..5 must occur in the demo.
    levels = {r["maturity"] for r in results.values() if "maturity" in r}
    missing = set(range(6)) - levels
    if missing:
        sys.exit(f"make-demo.py: maturity levels {sorted(missing)} do not occur; change SEED")

    doc = {
        "format": "libbig.assessment",
        "format_version": 1,
        "catalogue": {"id": "bio2", "version": "1.2"},
        "organisation": {
            "id": "GM9901",
            "name": "Gemeente Lindeveen",
            "kind": "gemeente",
            "attributes": {"inhabitants": 48210},
        },
        "period": "2025",
        "assessed_on": ASSESSED_ON,
        "profile": "alles",
        "target": 3,
        "results": results,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(results)} results for {len(ids)} requirements (from {source})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
