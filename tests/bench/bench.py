"""The job of big-bench --job DIR through the Python binding (SPEC §8):
load, score and serialise every assessments/*/GM*.json below DIR, in the
same order as the C program, and print "<files> <report characters>
<seconds of the loop>" as it does. big-bench runs it with PYTHONPATH set to
the built binding and compares its output and its wall time with the C
program's.

Usage: python3 bench.py DIR
"""

import os
import sys
import time

import libbig


def municipality_files(root):
    top = os.path.join(root, "assessments")
    for period in sorted(os.listdir(top)):
        if period.startswith("."):
            continue
        folder = os.path.join(top, period)
        for name in sorted(os.listdir(folder)):
            if name.startswith("GM") and name.endswith(".json") and len(name) > 5:
                yield os.path.join(folder, name)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cat = libbig.Catalogue.builtin("bio2")
    files = list(municipality_files(sys.argv[1]))
    chars = 0
    start = time.perf_counter()
    for path in files:
        report = libbig.Assessment.load_file(cat, path).score()
        chars += len(report.to_json())
    print(len(files), chars, f"{time.perf_counter() - start:.6f}")


if __name__ == "__main__":
    main()
