"""Two jobs through the Python binding over a bigsynth data set, for
comparing builds of the binding (docs/performance.md, issue 16): "job" is
big-bench's job (load, score and to_json() every municipality's
assessment); "walk" reads the views of the first 340 reports (every gap's
fields and node, every node's scores). LIMIT=N (environment) takes the first
N files only, e.g. under callgrind. Prints the seconds of the loop.

Usage: PYTHONPATH=build/bindings/python python3 bindings-job.py DIR {job|walk}
bindings-job.php is the same job in PHP.
"""

import os
import sys
import time

import libbig


def files(root):
    top = os.path.join(root, "assessments")
    for period in sorted(os.listdir(top)):
        for name in sorted(os.listdir(os.path.join(top, period))):
            if name.startswith("GM") and name.endswith(".json"):
                yield os.path.join(top, period, name)


cat = libbig.Catalogue.builtin("bio2")
paths = list(files(sys.argv[1]))[:int(os.environ.get("LIMIT", "100000"))]
start = time.perf_counter()
n = 0
if sys.argv[2] == "job":
    for p in paths:
        n += len(libbig.Assessment.load_file(cat, p).score().to_json())
else:
    nodes = cat.nodes
    for p in paths[:340]:
        r = libbig.Assessment.load_file(cat, p).score()
        for g in r.gaps:
            n += len(g.kinds) + (g.size > 0.5) + len(g.id) + len(g.node.title)
        for node in nodes:
            s = r.scores(node)
            n += s.applicable + (s.implementation or 0) > 0
print(f"{time.perf_counter() - start:.6f}")
