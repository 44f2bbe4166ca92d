#!/usr/bin/env python3
"""The names the JSON Schemas of docs/schemas/ allow are the library's name
tables (libbig/core/names.c, as tests/print-names prints them), so that a name
added to one and not the other fails here:

- every place in LISTS lists exactly the names of its table, in the table's
  order, less the names it leaves out on purpose (each with its reason);
- every other "enum" of strings in a schema shares no name with a table
  (a new list of statuses, roll-ups … must be added to LISTS);
- every table that documents use is checked at one place at least;
- every schema's `format` const is the name of a document kind
  (big_document_kind_name()), its own: "libbig.X" for X.schema.json, and
  every document kind has its schema;
- the relationships the catalogue generator (libbig/catalogues/generate.py)
  accepts in its mapping facts are the relationship table, in its order.

Usage: check-schema-names.py SCHEMA_DIR PRINT_NAMES GENERATE_PY
"""

import ast
import json
import pathlib
import sys

from name_tables import Results, tables

ALL_BUT_EXCLUSIONS = {
    "implemented": "an exception is an exclusion: not_applicable or risk_accepted",
    "partially_implemented": "see implemented",
    "not_implemented": "see implemented",
    "not_assessed": "see implemented",
}

# (schema, JSON pointer) -> (table, {name left out: why}).
LISTS = {
    ("assessment.schema.json", "/$defs/status/enum"): ("status", {}),
    ("assessment.schema.json", "/$defs/evidence_ref/properties/kind/enum"): ("evidence_kind", {}),
    ("assessment.schema.json", "/$defs/action/properties/status/enum"): ("action_status", {}),
    ("assessment.schema.json", "/$defs/result/properties/demonstration/properties"):
        ("dimension", {}),
    ("catalogue.schema.json", "/properties/status_values/propertyNames/enum"): ("status", {}),
    ("comparison.schema.json",
     "/properties/contributions/items/properties/before/properties/status/enum"): ("status", {}),
    ("comparison.schema.json",
     "/properties/contributions/items/properties/after/properties/status/enum"): ("status", {}),
    ("migration.schema.json", "/$defs/status/enum"): ("status", {}),
    ("report.schema.json", "/$defs/status/enum"): ("status", {}),
    ("report.schema.json", "/$defs/scores/properties/counts/properties"): ("status", {}),
    ("report.schema.json", "/$defs/scores/properties/counts/required"): ("status", {}),
    ("report.schema.json", "/$defs/exception/properties/status/enum"):
        ("status", ALL_BUT_EXCLUSIONS),
    ("report.schema.json", "/$defs/diagnostic/properties/severity/enum"): ("severity", {}),
    ("report.schema.json", "/properties/options/properties/rollup/enum"): ("rollup", {}),
    ("aggregate.schema.json", "/properties/options/properties/rollup/enum"): ("rollup", {}),
    ("comparison.schema.json", "/properties/options/properties/rollup/enum"): ("rollup", {}),
    ("distribution.schema.json", "/properties/options/properties/rollup/enum"): ("rollup", {}),
    ("trend.schema.json", "/properties/options/properties/rollup/enum"): ("rollup", {}),
    ("trend.schema.json", "/properties/options/properties/method/enum"): ("aggregate_method", {}),
    ("report.schema.json", "/$defs/gap/properties/kinds/items/enum"): ("gap_kind", {}),
    ("aggregate.schema.json", "/properties/gaps/items/properties/kinds/items/enum"):
        ("gap_kind", {"explanation": "needs a member's statuses: each member's own report "
                                     "has it, not the aggregate (docs/scoring.md)",
                      "werking": "needs a member's records: each member's own report has "
                                 "it, not the aggregate (docs/scoring.md)"}),
    ("report.schema.json", "/$defs/action/properties/status/enum"):
        ("action_status", {"done": "a gap lists only its open actions, which are not done"}),
    ("aggregate.schema.json", "/properties/options/properties/method/enum"):
        ("aggregate_method", {}),
    ("collaboration.schema.json", "/properties/policy/enum"): ("policy", {}),
    ("aggregate.schema.json", "/$defs/collaboration/anyOf/0/properties/policy/enum"):
        ("policy", {}),
    ("mapping.schema.json", "/$defs/entry/properties/relationship/enum"): ("relationship", {}),
    ("migration.schema.json",
     "/properties/requirements/items/properties/sources/items/properties/relationship/enum"):
        ("relationship", {"not_related": "a not_related entry carries no result over, so it "
                                         "is never the source of a migrated requirement"}),
}

# Where a schema names its document kind (the `format` of the document).
FORMAT = "/properties/format/const"

# Tables that no document writes.
NOT_IN_DOCUMENTS = {
    "provenance_kind": "only Assessment.provenance() of the bindings names it",
    "error": "error codes are not part of any document",
}


def at(doc, pointer):
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def string_enums(node, pointer=""):
    """(pointer, list) of every "enum" of strings below @node."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = pointer + "/" + key.replace("~", "~0").replace("/", "~1")
            if key == "enum" and isinstance(value, list) and all(isinstance(v, str)
                                                                  for v in value):
                yield here, value
            else:
                yield from string_enums(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from string_enums(value, f"{pointer}/{i}")


def generator_constant(path, name):
    """The literal assigned to @name at the top of the Python file @path."""
    tree = ast.parse(pathlib.Path(path).read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name):
            return ast.literal_eval(node.value)
    return None


def main(schema_dir, print_names, generator):
    names = tables(print_names)
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8"))
               for p in sorted(pathlib.Path(schema_dir).glob("*.schema.json"))}
    result = Results("check-schema-names")

    for (schema, pointer), (table, left_out) in LISTS.items():
        where = f"{schema}#{pointer}"
        try:
            found = at(schemas[schema], pointer)
        except (KeyError, IndexError, ValueError):
            result(False, f"{where}: no such place (moved? update LISTS)")
            continue
        found = list(found) if isinstance(found, (list, dict)) else found
        unknown = sorted(set(left_out) - set(names[table]))
        expected = [n for n in names[table] if n not in left_out]
        result(not unknown and found == expected,
               f"{where} lists the {table} names {expected}"
               + (f", not {found}" if found != expected else "")
               + (f"; leaves out names the table lacks: {unknown}" if unknown else ""))

    checked = {(s, p) for s, p in LISTS}
    named = {n: t for t, ns in names.items() if t != "error" for n in ns}
    for schema, doc in schemas.items():
        for pointer, values in string_enums(doc):
            shared = sorted({named[v] for v in values if v in named})
            if (schema, pointer) not in checked and shared:
                result(False, f"{schema}#{pointer} lists {values}, names of {shared}: add it "
                              "to LISTS in tests/check-schema-names.py")

    formats = {}
    for schema, doc in schemas.items():
        try:
            formats[schema] = at(doc, FORMAT)
        except (KeyError, IndexError, ValueError):
            formats[schema] = None
        expected = "libbig." + schema[:-len(".schema.json")]
        result(formats[schema] == expected and expected in names["document_kind"],
               f"{schema}#{FORMAT} is the document kind {expected}"
               + ("" if expected in names["document_kind"] else ", which the library lacks")
               + ("" if formats[schema] == expected else f", not {formats[schema]}"))
    for kind in names["document_kind"]:
        result(kind in formats.values(), f"the document kind {kind} has a schema")

    used = {table for table, _ in LISTS.values()} | {"document_kind"}
    for table in names:
        if table in NOT_IN_DOCUMENTS:
            continue
        result(table in used, f"the {table} names are checked against a schema")
    for table in NOT_IN_DOCUMENTS:
        result(table in names, f"{table} is a table of print-names")

    rels = generator_constant(generator, "RELATIONSHIPS")
    result(rels is not None and list(rels) == names["relationship"],
           f"{generator}: RELATIONSHIPS are the relationship names {names['relationship']}"
           + ("" if rels is not None and list(rels) == names["relationship"]
              else f", not {rels}"))

    return result.finish()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
