#!/usr/bin/env python3
"""Checks a member seen through its collaboration (issue 20, items 4 and 5).

Usage: check-member.py CASE BIGSCORE SOURCE-ROOT
CASE:
  profile      aggregate over members assessed under different profiles
               names them, and the CLI says how to choose one
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

CASE, BIGSCORE, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
COLLAB = os.path.join(ROOT, "examples", "data", "collab")
Y2025 = os.path.join(COLLAB, "2025")


def fail(msg, proc=None):
    print(f"FAIL: {msg}", file=sys.stderr)
    if proc is not None:
        print(f"--- exit {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}",
              file=sys.stderr)
    sys.exit(1)


def run(args, status=0):
    proc = subprocess.run([BIGSCORE] + args, capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"), stdin=subprocess.DEVNULL)
    if proc.returncode != status:
        fail(f"bigscore {' '.join(args)}: exit {proc.returncode}, expected {status}", proc)
    return proc


def expect(what, got, want):
    if got != want:
        fail(f"{what}: got {got!r}, expected {want!r}")


def case_profile():
    with tempfile.TemporaryDirectory() as d:
        for org in ("GM9901", "GM9902"):
            shutil.copy(os.path.join(Y2025, org + ".json"), d)
        path = os.path.join(d, "GM9902.json")
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        del doc["profile"]
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        proc = run(["aggregate", d], status=1)
        expect("stderr", proc.stderr,
               'bigscore: GM9902 has no profile, GM9901 uses "alles": name one in the options '
               "(profile)\nbigscore: choose the profile to count with --profile ID\n")
        run(["aggregate", "--profile", "alles", d])


CASES = {"profile": case_profile}
CASES[CASE]()
