#!/usr/bin/env python3
"""What a script cannot do with the objects of the Python binding, run under
valgrind by the test python-hardening (and plainly by test_organisations.py):
pickle, copy or deep-copy one (each holds a C object of libbig), or pass a
string that C would cut at a null character. Each is refused with an
exception that names the class or the argument and says why, and leaks
nothing (valgrind fails the test on a leak).

Usage: hardening.py EXAMPLES_DIR   (examples/data)
"""

import copy
import os
import pickle
import sys

import libbig
import memory

CHECKS = 0
FAILURES = []


def refused(what, f, exc, *words):
    """f() must raise exc with a message holding each of words."""
    global CHECKS
    CHECKS += 1
    try:
        f()
    except exc as e:
        for word in words:
            if word not in str(e):
                FAILURES.append(f"{what}: {str(e)!r} does not say {word!r}")
        return
    except Exception as e:  # noqa: BLE001 - reported as a failure
        FAILURES.append(f"{what}: {type(e).__name__} {e}, not a {exc.__name__}")
        return
    FAILURES.append(f"{what}: not refused (expected {exc.__name__})")


def check(what, ok):
    global CHECKS
    CHECKS += 1
    if not ok:
        FAILURES.append(what)


def classes():
    """Every proxy class of the module."""
    return [c for c in vars(libbig).values() if isinstance(c, type) and "thisown" in vars(c)]


def copies(what, obj):
    name = f"'libbig.{type(obj).__name__}'"
    how = "save it with to_json()" if hasattr(obj, "to_json") else "C object"
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        refused(f"pickle {what} (protocol {protocol})", lambda: pickle.dumps(obj, protocol), TypeError,
                "cannot pickle", name, how)
    refused(f"pickle [{what}]", lambda: pickle.dumps({"x": [obj]}), TypeError, name)
    refused(f"copy {what}", lambda: copy.copy(obj), TypeError, "cannot copy", name, how)
    refused(f"deepcopy {what}", lambda: copy.deepcopy(obj), TypeError, "cannot copy", name)
    refused(f"deepcopy [{what}]", lambda: copy.deepcopy([obj]), TypeError, name)
    refused(f"set thisown of {what}", lambda: setattr(obj, "thisown", True), AttributeError,
            "thisown", name, "libbig decides")


def no_copies():
    """Every class refuses, whether or not its object holds a C object yet."""
    check("at least 25 classes", len(classes()) >= 25)
    for cls in classes():
        copies(f"an empty {cls.__name__}", cls.__new__(cls))
    seen = set()
    for name, (make, _use) in memory.CHILDREN.items():
        made = make()
        for obj in (made[:1] if isinstance(made, list) else [made]):
            if not isinstance(obj, tuple(classes())):
                continue  # a child that checks something else (a plain value)
            seen.add(type(obj))
            copies(f"{name} ({type(obj).__name__})", obj)
    check("objects of at least 20 classes", len(seen) >= 20)


def strings(examples):
    cat = libbig.Catalogue.builtin("bio2")
    a = libbig.Assessment(cat, "GM0001", "2025")
    nul = (ValueError, "must not contain a null character")
    refused("a status with NUL", lambda: a.set_status("5.01.01", "implemented\0x"), *nul, "status")
    check("the status not set", a.result("5.01.01") is None or a.result("5.01.01").status != "implemented")
    refused("an id with NUL", lambda: a.set_status("5.01.01\0x", "implemented"), *nul, "id")
    refused("a node id with NUL", lambda: cat.find("5.1\0x"), *nul, "id")
    refused("a result id with NUL", lambda: a.result("5.01.01\0x"), *nul)
    refused("an organisation id with NUL", lambda: libbig.Assessment(cat, "GM0001\0x", "2025"), *nul,
            "organisation_id")
    refused("a source with NUL", lambda: libbig.Catalogue.load_string("{}", source="a\0b"), *nul, "source")
    refused("a path with NUL", lambda: libbig.Catalogue.load_file(os.path.join(examples, "x.json\0y")),
            ValueError, "null")
    report = libbig.Assessment.load_file(cat, os.path.join(examples, "demo-assessment.json")).score()
    refused("a node key with NUL", lambda: report.scores("5\0x"), *nul)
    refused("an id list with NUL", lambda: libbig.aggregate([a], expected_members=["GM0001\0x"]), *nul,
            "expected_members")
    refused("an option with NUL", lambda: libbig.aggregate([a], method="median\0x"), *nul, "method")
    refused("an int as a string", lambda: a.set_status("5.01.01", 3), TypeError, "status", "not int")
    # A document keeps all its bytes: the library refuses the NUL byte at its place.
    refused("a document with NUL", lambda: libbig.Assessment.load_string(
        cat, '{"format": "libbig.assessment\0"}'), libbig.Error, "<buffer>:1:", "NUL")
    refused("a bytes document with NUL", lambda: libbig.Catalogue.load_buffer(
        b'{"format": "libbig.catalogue", "id": "toy\0evil"}'), libbig.Error, "NUL")


def main(examples):
    global CHECKS, FAILURES
    CHECKS, FAILURES = 0, []
    memory.EXAMPLES = examples
    no_copies()
    strings(examples)
    for failure in FAILURES:
        print(f"hardening.py: {failure}", file=sys.stderr)
    print(f"hardening.py: {CHECKS} checks, {len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
