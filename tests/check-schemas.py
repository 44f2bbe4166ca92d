#!/usr/bin/env python3
"""Checks the JSON Schemas in docs/schemas/ against the project's documents.

Usage: check-schemas.py SOURCE_ROOT [BIGSCORE]

Validates, with python3-jsonschema:
- every JSON file under libbig/catalogues/ (by its "format": catalogue or
  mapping), the valid documents in examples/data/ and tests/data/*.json
  (worked-*.json, small-catalogue.json …), in the lenient and the strict variant;
- the libbig.report that BIGSCORE writes for examples/data/demo-assessment.json;
- that deliberately invalid documents (valid ones with one mutation each, and
  the schema-breaking files of tests/data/bad/) FAIL, so that a schema that
  accepts everything fails this test;
- that the date pattern accepts exactly the calendar dates the C loader does.

Exit status: 0 all passed, 1 a check failed, 77 python3-jsonschema is missing
(meson counts 77 as skipped).
"""

import copy
import json
import pathlib
import re
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("skip: python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)

KINDS = ("catalogue", "assessment", "report", "mapping", "comparison", "collaboration",
         "aggregate", "distribution", "migration", "texts", "trend")

# Files in examples/data/ that are deliberately not valid documents (besides
# those whose name contains "bad"); see examples/meson.build.
EXAMPLES_INVALID = frozenset()

# Files in tests/data/bad/ that break the schema itself (the other bad files
# break the syntax, UTF-8, depth limits, or need the catalogue to detect).
BAD_FILES = {
    "catalogue-missing-nested-id.json": "catalogue",
    "assessment-status-done.json": "assessment",
    "texts-bad-language.json": "texts",
}
# Valid under the lenient schema, invalid under the strict one.
STRICT_ONLY_BAD = {"catalogue-deep-field.json": "catalogue"}


class Checker:
    def __init__(self, root):
        self.root = root
        self.failures = 0
        self.passes = 0
        self.lenient = {}
        self.strict = {}
        for kind in KINDS:
            path = root / "docs" / "schemas" / (kind + ".schema.json")
            schema = json.loads(path.read_text(encoding="utf-8"))
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            if cls.__name__ != "Draft202012Validator":
                raise SystemExit(f"{path}: expected a draft 2020-12 schema, got {cls.__name__}")
            self.lenient[kind] = cls(schema)
            self.strict[kind] = cls(strict_variant(schema))

    def result(self, ok, what, detail=""):
        if ok:
            self.passes += 1
            print(f"ok - {what}")
        else:
            self.failures += 1
            print(f"FAIL - {what}" + (f": {detail}" if detail else ""))

    def errors(self, kind, doc, strict=False):
        validator = (self.strict if strict else self.lenient)[kind]
        return sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))

    def expect_valid(self, kind, doc, what, strict=True):
        errs = self.errors(kind, doc)
        if not errs and strict:
            errs = self.errors(kind, doc, strict=True)
            what_more = " (lenient and strict)"
        else:
            what_more = ""
        detail = "; ".join(f"{json_path(e.absolute_path)}: {e.message[:200]}" for e in errs[:5])
        self.result(not errs, f"{what} is a valid {kind}{what_more}", detail)

    def expect_invalid(self, kind, doc, what, strict=False):
        errs = self.errors(kind, doc, strict)
        variant = "strict " if strict else ""
        self.result(bool(errs), f"{what} is rejected by the {variant}{kind} schema",
                    "accepted" if not errs else "")

    def rel(self, path):
        return path.relative_to(self.root).as_posix()


def strict_variant(schema):
    """The strict schema: no properties besides the known ones, in every object."""
    if isinstance(schema, list):
        return [strict_variant(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: strict_variant(v) for k, v in schema.items()}
    if out.get("type") == "object" and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def json_path(parts):
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p):
            out += "." + p
        else:
            out += "[" + json.dumps(p) + "]"
    return out


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def kind_of(doc):
    fmt = doc.get("format") if isinstance(doc, dict) else None
    if isinstance(fmt, str) and fmt.startswith("libbig."):
        kind = fmt[len("libbig."):]
        if kind in KINDS:
            return kind
    return None


# ------------------------------------------------------------------ positives

def check_files(c):
    cat_dir = c.root / "libbig" / "catalogues"
    cat_files = sorted(cat_dir.rglob("*.json"))
    c.result(bool(cat_files), "libbig/catalogues/ holds JSON documents")
    for path in cat_files:
        doc = load(path)
        kind = kind_of(doc)
        if kind not in ("catalogue", "mapping"):
            c.result(False, f"{c.rel(path)} is a catalogue or a mapping",
                     f"format {doc.get('format')!r}")
            continue
        c.expect_valid(kind, doc, c.rel(path))

    examples = [p for p in sorted((c.root / "examples" / "data").glob("*.json"))
                if "bad" not in p.name and p.name not in EXAMPLES_INVALID]
    # tests/data/*.json are valid fixtures (the invalid ones live in tests/data/bad/):
    # worked-*.json, small-catalogue.json and whatever joins them.
    others = sorted((c.root / "tests" / "data").glob("*.json"))
    # … and those in its subfolders collaboration/ and documents/ (the latter
    # written by tests/write-documents.c: aggregate, distribution, migration).
    for sub in ("collaboration", "documents"):
        others += sorted((c.root / "tests" / "data" / sub).glob("*.json"))
    for required in ("worked-catalogue.json", "worked-assessment.json", "worked-report.json",
                     "small-catalogue.json", "collaboration/worked-collaboration.json",
                     "documents/aggregate.json", "documents/aggregate-collaboration.json",
                     "documents/distribution.json",
                     "documents/migration.json", "worked-texts.json"):
        c.result((c.root / "tests" / "data" / required) in others, f"tests/data/{required} exists")
    for path in examples + others:
        doc = load(path)
        kind = kind_of(doc)
        if kind is None:
            c.result(False, f"{c.rel(path)} has a known format", f"format {doc.get('format')!r}")
            continue
        c.expect_valid(kind, doc, c.rel(path))


def check_bigscore(c, bigscore):
    demo = c.root / "examples" / "data" / "demo-assessment.json"
    worked = ["--catalogue", str(c.root / "tests" / "data" / "worked-catalogue.json"),
              "--texts", str(c.root / "tests" / "data" / "worked-texts.json")]
    for extra in ([], ["--rollup", "weakest"], ["--rollup", "flat", "--compact"],
                  ["--lang", "en"], worked, worked + ["--show-text"]):
        target = c.root / "tests" / "data" / "worked-assessment.json" if "--texts" in extra \
            else demo
        cmd = [bigscore, "score", "--json"] + extra + [str(target)]
        what = "bigscore " + " ".join(cmd[1:-1]) + " " + c.rel(target)
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
        if proc.returncode != 0:
            c.result(False, what, f"exit {proc.returncode}: {proc.stderr.strip()}")
            continue
        try:
            report = json.loads(proc.stdout)
        except ValueError as e:
            c.result(False, what, f"not JSON: {e}")
            continue
        c.expect_valid("report", report, what)


def sample_mapping():
    return {
        "format": "libbig.mapping",
        "format_version": 1,
        "id": "sample-2013-2022",
        "title": "Sample mapping",
        "source": {"id": "bio", "version": "1.04"},
        "target": {"id": "bio2", "version": "1.2"},
        "entries": [
            {"source": "5.1.1", "target": "5.1", "relationship": "equal"},
            {"source": "6.1.2", "target": "5.3", "relationship": "subset"},
            {"source": "9.1.1", "target": "5.15", "relationship": "superset"},
            {"source": "9.4.1", "target": "8.3", "relationship": "intersect"},
            {"source": "9.4.1", "target": "8.4", "relationship": "not_related"},
        ],
        "unmapped": ["6.1.3"],
        "note": "synthetic",
    }


# ------------------------------------------------------------------ negatives

def first_leaf(nodes):
    node = nodes[0]
    while node.get("children"):
        node = node["children"][0]
    return node


def mutations(base):
    """(kind, what, function mutating a deep copy) for each negative case."""
    cat, ass, rep, mp = base["catalogue"], base["assessment"], base["report"], base["mapping"]
    first_result = sorted(ass["results"])[0]
    levels = [{"level": 0, "label": "niet aanwezig"},
              {"level": 1, "label": "initieel", "criteria": [{"id": "performed"}]},
              {"level": 2, "label": "herhaalbaar", "criteria": [{"id": "documented"}]}]

    def res(d):
        return d["results"][first_result]

    return [
        # catalogue
        ("catalogue", "catalogue without id", lambda d: d.pop("id")),
        ("catalogue", "catalogue with an empty id", lambda d: d.update(id="")),
        ("catalogue", "catalogue without version", lambda d: d.pop("version")),
        ("catalogue", "catalogue without nodes", lambda d: d.pop("nodes")),
        ("catalogue", "catalogue with no nodes", lambda d: d.update(nodes=[])),
        ("catalogue", "catalogue of format libbig.assessment",
         lambda d: d.update(format="libbig.assessment")),
        ("catalogue", "catalogue of format_version 2", lambda d: d.update(format_version=2)),
        ("catalogue", "nested node without id", lambda d: first_leaf(d["nodes"]).pop("id")),
        ("catalogue", "nested node without title", lambda d: first_leaf(d["nodes"]).pop("title")),
        ("catalogue", "node without kind", lambda d: d["nodes"][0].pop("kind")),
        ("catalogue", "node with weight 0", lambda d: first_leaf(d["nodes"]).update(weight=0)),
        ("catalogue", "node with weight -1", lambda d: first_leaf(d["nodes"]).update(weight=-1)),
        ("catalogue", "node with weight \"1\"",
         lambda d: first_leaf(d["nodes"]).update(weight="1")),
        ("catalogue", "node with mandatory \"yes\"",
         lambda d: first_leaf(d["nodes"]).update(mandatory="yes")),
        ("catalogue", "node with an empty tag", lambda d: first_leaf(d["nodes"]).update(tags=[""])),
        ("catalogue", "node with titles not an object",
         lambda d: first_leaf(d["nodes"]).update(titles=["en", "T"])),
        ("catalogue", "node with a title in language 'english'",
         lambda d: first_leaf(d["nodes"]).update(titles={"english": "T"})),
        ("catalogue", "node with a title in language 'en-'",
         lambda d: first_leaf(d["nodes"]).update(titles={"en-": "T"})),
        ("catalogue", "node with a title that is a number",
         lambda d: first_leaf(d["nodes"]).update(titles={"en": 3})),
        ("catalogue", "node with children not an array",
         lambda d: d["nodes"][0].update(children={})),
        ("catalogue", "default_target 10", lambda d: d.update(default_target=10)),
        ("catalogue", "default_target 2.5", lambda d: d.update(default_target=2.5)),
        ("catalogue", "maturity levels out of order",
         lambda d: d.update(maturity_model={"levels": [levels[0], levels[2], levels[1]]})),
        ("catalogue", "maturity model with one level",
         lambda d: d.update(maturity_model={"levels": levels[:1]})),
        ("catalogue", "maturity model with 11 levels",
         lambda d: d.update(maturity_model={"levels": [{"level": k, "label": str(k)}
                                                       for k in range(11)]})),
        ("catalogue", "criteria on level 0",
         lambda d: d.update(maturity_model={"levels": [dict(levels[0], criteria=[{"id": "x"}]),
                                                       levels[1]]})),
        ("catalogue", "maturity level without label",
         lambda d: d.update(maturity_model={"levels": [levels[0], {"level": 1}]})),
        ("catalogue", "tag declaration without id", lambda d: d.update(tags=[{"label": "x"}])),
        ("catalogue", "profile that selects nothing",
         lambda d: d.update(profiles=[{"id": "p", "title": "P"}])),
        ("catalogue", "profile with all \"true\"",
         lambda d: d.update(profiles=[{"id": "p", "all": "true"}])),
        # assessment
        ("assessment", "assessment without organisation id", lambda d: d["organisation"].pop("id")),
        ("assessment", "assessment with an empty period", lambda d: d.update(period="")),
        ("assessment", "assessment without results", lambda d: d.pop("results")),
        ("assessment", "assessment without catalogue version",
         lambda d: d["catalogue"].pop("version")),
        ("assessment", "result with status 'done'", lambda d: res(d).update(status="done")),
        ("assessment", "result without status", lambda d: res(d).pop("status")),
        ("assessment", "assessed_on 2025-13-01", lambda d: d.update(assessed_on="2025-13-01")),
        ("assessment", "assessed_on 01-10-2025", lambda d: d.update(assessed_on="01-10-2025")),
        ("assessment", "assessed_on with a trailing newline",
         lambda d: d.update(assessed_on="2025-10-01\n")),
        ("assessment", "expires 2025-02-29", lambda d: res(d).update(expires="2025-02-29")),
        ("assessment", "expires 2025-04-31", lambda d: res(d).update(expires="2025-04-31")),
        ("assessment", "maturity 10", lambda d: res(d).update(maturity=10)),
        ("assessment", "maturity -1", lambda d: res(d).update(maturity=-1)),
        ("assessment", "maturity 2.5", lambda d: res(d).update(maturity=2.5)),
        ("assessment", "target 10", lambda d: d.update(target=10)),
        ("assessment", "evidence not a list", lambda d: res(d).update(evidence="doc.pdf")),
        ("assessment", "attribute not a number",
         lambda d: d["organisation"].update(attributes={"inhabitants": "41250"})),
        # report
        ("report", "report with roll-up 'median'", lambda d: d["options"].update(rollup="median")),
        ("report", "report with lang 'english'", lambda d: d["options"].update(lang="english")),
        ("report", "report with implementation 1.5",
         lambda d: d["overall"].update(implementation=1.5)),
        ("report", "report with coverage -0.1", lambda d: d["overall"].update(coverage=-0.1)),
        ("report", "report without a status count",
         lambda d: d["overall"]["counts"].pop("not_assessed")),
        ("report", "report without overall", lambda d: d.pop("overall")),
        ("report", "report node with no applicable requirement",
         lambda d: d["nodes"][0]["scores"].update(applicable=0)),
        ("report", "gap of kind 'budget'", lambda d: d["gaps"][0].update(kinds=["budget"])),
        ("report", "gap of size 0", lambda d: d["gaps"][0].update(size=0)),
        ("report", "gap with status 'done'", lambda d: d["gaps"][0].update(status="done")),
        ("report", "exception with status implemented",
         lambda d: d["exceptions"][0].update(status="implemented")),
        ("report", "exception expiring 2026-02-30",
         lambda d: d["exceptions"][0].update(expires="2026-02-30")),
        ("report", "diagnostic of severity 'fatal'",
         lambda d: d["diagnostics"].append({"severity": "fatal", "code": "x", "message": "",
                                            "path": None})),
        # mapping
        ("mapping", "mapping entry with relationship 'similar'",
         lambda d: d["entries"][0].update(relationship="similar")),
        ("mapping", "mapping entry without target", lambda d: d["entries"][0].pop("target")),
        ("mapping", "mapping without entries", lambda d: d.pop("entries")),
        ("mapping", "mapping without source version", lambda d: d["source"].pop("version")),
        ("mapping", "mapping without id", lambda d: d.pop("id")),
        # comparison
        ("comparison", "comparison without contributions", lambda d: d.pop("contributions")),
        ("comparison", "contribution with an unknown status",
         lambda d: d["contributions"][0]["before"].update(status="done")),
        ("comparison", "node without delta", lambda d: d["nodes"][0].pop("delta")),
        ("comparison", "coverage above 1", lambda d: d["overall"]["after"].update(coverage=1.5)),
        ("comparison", "unknown roll-up", lambda d: d["options"].update(rollup="average")),
        # collaboration
        ("collaboration", "collaboration without members", lambda d: d.pop("members")),
        ("collaboration", "collaboration with policy 'majority'",
         lambda d: d.update(policy="majority")),
        ("collaboration", "member with weight 0", lambda d: d["members"][0].update(weight=0)),
        ("collaboration", "member without id", lambda d: d["members"][0].pop("id")),
        ("collaboration", "member id empty", lambda d: d["members"].append("")),
        ("collaboration", "collaboration without catalogue version",
         lambda d: d["catalogue"].pop("version")),
        # aggregate
        ("aggregate", "aggregate with method 'mode'", lambda d: d["options"].update(method="mode")),
        ("aggregate", "aggregate implementation 1.5",
         lambda d: d["overall"].update(implementation=1.5)),
        ("aggregate", "aggregate node with no applicable requirement",
         lambda d: d["nodes"][0]["scores"].update(applicable=0)),
        ("aggregate", "aggregate member without assessed", lambda d: d["members"][0].pop("assessed")),
        ("aggregate", "aggregate without missing", lambda d: d.pop("missing")),
        # distribution
        ("distribution", "distribution with quantiles R-6",
         lambda d: d["options"].update(quantiles="R-6")),
        ("distribution", "suppressed statistic with a median",
         lambda d: d["overall"]["implementation"].update(suppressed=True)),
        ("distribution", "published statistic without a median",
         lambda d: d["overall"]["implementation"].update(median=None)),
        ("distribution", "distribution of no organisations", lambda d: d.update(organisations=0)),
        ("distribution", "node without coverage", lambda d: d["nodes"][0].pop("coverage")),
        # migration
        ("migration", "migrated source with relationship not_related",
         lambda d: d["requirements"][0]["sources"][0].update(relationship="not_related")),
        ("migration", "migrated requirement without sources",
         lambda d: d["requirements"][0].update(sources=[])),
        ("migration", "migrated status 'done'", lambda d: d["requirements"][0].update(status="done")),
        ("migration", "migrated maturity 10", lambda d: d["requirements"][0].update(maturity=10)),
        ("migration", "migration without summary", lambda d: d.pop("summary")),
        ("migration", "unmapped source without listed_in_mapping",
         lambda d: d["unmapped_sources"][0].pop("listed_in_mapping")),
        # texts
        ("texts", "texts without language", lambda d: d.pop("language")),
        ("texts", "texts in language 'english'", lambda d: d.update(language="english")),
        ("texts", "texts without catalogue version", lambda d: d["catalogue"].pop("version")),
        ("texts", "texts of format_version 2", lambda d: d.update(format_version=2)),
        ("texts", "node with neither title nor text", lambda d: d["texts"].update({"A.1": {}})),
        ("texts", "node with a blank title",
         lambda d: d["texts"].update({"A.1": {"title": "  "}})),
        ("texts", "node with a number for text", lambda d: d["texts"].update({"A.1": {"text": 1}})),
        ("texts", "node id empty", lambda d: d["texts"].update({"": {"text": "x"}})),
        ("report", "report node text a number", lambda d: d["nodes"][0].update(text=1)),
        ("report", "report include_text false", lambda d: d["options"].update(include_text=False)),
    ]


def check_negatives(c, base):
    for kind, what, mutate in mutations(base):
        doc = copy.deepcopy(base[kind])
        mutate(doc)
        c.expect_invalid(kind, doc, what)

    bad_dir = c.root / "tests" / "data" / "bad"
    for name, kind in sorted(BAD_FILES.items()):
        path = bad_dir / name
        c.expect_invalid(kind, load(path), c.rel(path))
    for name, kind in sorted(STRICT_ONLY_BAD.items()):
        path = bad_dir / name
        doc = load(path)
        c.result(not c.errors(kind, doc), f"{c.rel(path)} is accepted by the lenient {kind} schema")
        c.expect_invalid(kind, doc, c.rel(path), strict=True)

    # Unknown fields anywhere: fine when lenient, errors when strict.
    for kind, where in (("catalogue", lambda d: first_leaf(d["nodes"])),
                        ("assessment", lambda d: d["results"][sorted(d["results"])[0]]),
                        ("report", lambda d: d["overall"]["counts"]),
                        ("mapping", lambda d: d["entries"][0]),
                        ("collaboration", lambda d: d["members"][0]),
                        ("aggregate", lambda d: d["nodes"][0]["scores"]),
                        ("distribution", lambda d: d["overall"]["coverage"]),
                        ("migration", lambda d: d["requirements"][0]["sources"][0]),
                        ("texts", lambda d: d["texts"]["A.2"])):
        doc = copy.deepcopy(base[kind])
        where(doc)["frobnicate"] = 1
        c.result(not c.errors(kind, doc), f"{kind} with an unknown field is accepted when lenient")
        c.expect_invalid(kind, doc, f"{kind} with an unknown field", strict=True)


def date_valid(s):
    """The C loader's big__date_valid(), in Python."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s):
        return False
    y, m, d = int(s[:4]), int(s[5:7]), int(s[8:])
    days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if not 1 <= m <= 12 or not 1 <= d <= days[m - 1]:
        return False
    leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
    return not (m == 2 and d == 29 and not leap)


def check_dates(c):
    validator = c.lenient["assessment"]
    wrong = []
    for y in (0, 4, 100, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9999):
        for m in range(0, 14):
            for d in range(0, 33):
                s = f"{y:04d}-{m:02d}-{d:02d}"
                doc = {"format": "libbig.assessment", "format_version": 1,
                       "catalogue": {"id": "x", "version": "1"}, "organisation": {"id": "o"},
                       "period": "p", "assessed_on": s, "results": {}}
                if validator.is_valid(doc) != date_valid(s):
                    wrong.append(s)
    c.result(not wrong, "the date pattern accepts exactly the dates the C loader accepts",
             ", ".join(wrong[:10]))


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1]).resolve()
    bigscore = argv[2] if len(argv) == 3 else None
    c = Checker(root)
    print(f"# jsonschema {jsonschema_version()}, draft 2020-12")

    check_files(c)
    sample = sample_mapping()
    c.expect_valid("mapping", sample, "a sample mapping")
    if bigscore:
        check_bigscore(c, bigscore)
    else:
        print("# no bigscore given: its report is not checked")
    base = {
        "catalogue": load(root / "tests" / "data" / "small-catalogue.json"),
        "assessment": load(root / "examples" / "data" / "demo-assessment.json"),
        "report": load(root / "tests" / "data" / "worked-report.json"),
        "mapping": sample,
        "comparison": load(root / "tests" / "data" / "worked-comparison.json"),
        "collaboration": load(root / "tests" / "data" / "collaboration" / "worked-collaboration.json"),
        "aggregate": load(root / "tests" / "data" / "documents" / "aggregate.json"),
        "distribution": load(root / "tests" / "data" / "documents" / "distribution.json"),
        "migration": load(root / "tests" / "data" / "documents" / "migration.json"),
        "texts": load(root / "tests" / "data" / "worked-texts.json"),
        "trend": load(root / "tests" / "data" / "documents" / "trend.json"),
    }
    check_negatives(c, base)
    check_dates(c)

    print(f"# {c.passes} passed, {c.failures} failed")
    return 1 if c.failures else 0


def jsonschema_version():
    try:
        from importlib.metadata import version
        return version("jsonschema")
    except Exception:  # noqa: BLE001 - only informative
        return "(unknown version)"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
