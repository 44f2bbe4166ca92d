#!/usr/bin/env python3
"""Every function libbig exports is reachable from Python and PHP: the C
code SWIG generated for each language uses it (calls it, or hands it on as
a writer or getter), unless it is one of the
EXCEPTIONS below, replaced on purpose by something native (and then it must
not be called, so that the list stays true).

Usage: check-coverage.py LIBBIG_SYM WRAPPER_C...
"""

import re
import sys

# Exported functions without a wrapper of their own, and what replaces them.
EXCEPTIONS = {
    "big_error_clear": "errors are raised as exceptions when they happen (libbig.Error, "
                       "BigException): there is no last error to clear",
    "big_set_alloc_funcs": "the allocator is process-wide C state; an interpreter must not "
                           "change it under the objects it holds",
    "big_get_alloc_funcs": "see big_set_alloc_funcs",
    "big_policy_from_name": "policies are only read from collaboration documents; "
                            "Collaboration.policy and policy_names() give the names",
    "big_relationship_from_name": "relationships are only read from mapping documents; "
                                  "MappingEntry.relationship and relationship_names() give the names",
    "big_gap_kind_from_name": "gap kinds are only written by reports; Gap.kinds and "
                              "gap_kind_names() give the names",
    "big_severity_from_name": "severities are only written by loaders; Diagnostic.severity and "
                              "severity_names() give the names",
    "big_provenance_kind_from_name": "provenance kinds are only written by effective "
                                     "assessments; Assessment.provenance() and "
                                     "provenance_kind_names() give the names",
    "big_catalogue_ref": "an object handed out by another (Node.catalogue, Report.catalogue …) "
                         "keeps that one alive, which holds the catalogue",
    "big_error_from_name": "error codes are constants (libbig.EIO, BIG_EIO); error_name() and "
                           "the exception's name give the names",
    "big_document_kind_from_name": "document kinds are only read from documents; "
                                   "DocumentHead.kind and document_kind_names() give the names",
}

# The alias of a built-in catalogue (issue 18: "bio2" stands for "bio2-1.2").
# Not wrapped yet: the interface files are being rewritten for issue 16, which
# takes it up (Python builtin_alias(name), PHP big_builtin_alias($name)).
EXCEPTIONS["big_builtin_alias"] = ("not wrapped yet: Catalogue.builtin() takes an alias; "
                                   "the bindings of issue 16 add builtin_alias()")

# A node's titles per language (issue 18 item 3). The interface files are
# being rewritten for issue 16, which wraps them (Node.title_lang(lang), the
# languages of its titles) and the new `lang` members of the options.
for _name in ("node_title_lang", "node_title_count", "node_title_language", "report_lang",
              "aggregate_report_lang", "distribution_lang"):
    EXCEPTIONS["big_" + _name] = "wrapped by issue 16's interface"


def exported(sym_path):
    """The global symbols of every version node (LIBBIG_0.1, LIBBIG_0.2 …)."""
    text = re.sub(r"/\*.*?\*/", "", open(sym_path, encoding="utf-8").read(), flags=re.S)
    symbols = []
    for node in re.findall(r"\{(.*?)\}", text, re.S):
        body = node.split("global:", 1)[-1].split("local:", 1)[0]
        symbols += re.findall(r"^\s*(big_\w+)\s*;", body, re.M)
    return symbols


def main(sym_path, wrappers):
    symbols = exported(sym_path)
    failures = 0
    for path in wrappers:
        code = open(path, encoding="utf-8").read()
        code = re.sub(r"/\*.*?\*/|//[^\n]*", "", code, flags=re.S)  # not in comments
        called = {s for s in symbols if re.search(r"\b" + s + r"\b", code)}
        for s in symbols:
            if s in EXCEPTIONS and s in called:
                failures += 1
                print(f"check-coverage: {path}: {s} is wrapped now: take it off EXCEPTIONS")
            elif s not in EXCEPTIONS and s not in called:
                failures += 1
                print(f"check-coverage: {path}: {s} is not wrapped")
    for s in EXCEPTIONS:
        if s not in symbols:
            failures += 1
            print(f"check-coverage: {s} is not exported any more: take it off EXCEPTIONS")
    print(f"check-coverage: {len(symbols)} exported functions, {len(EXCEPTIONS)} replaced on "
          f"purpose, {len(wrappers)} wrappers, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
