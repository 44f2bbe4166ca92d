#!/usr/bin/env python3
"""bigscore reads a document through libbig's limits (docs/cli.md, "Limits").

- A stream without end (/dev/zero) and a file larger than the limit (a
  sparse file of 200 MiB) are refused after reading at most the limit and
  one byte: exit 1, a message naming the input and the limit, and the
  program's peak memory below the limit plus what it needs anyway.
- A large valid assessment (16 MB, mostly evidence strings) is validated
  and scored with a peak memory of at most MULTIPLE times its size above
  what the same command needs for the small demo assessment.

Usage: check-limits.py BIGSCORE DEMO_ASSESSMENT SCRATCH_DIR [--no-memory]

--no-memory leaves out the memory figures (under sanitizers and valgrind,
which add their own).
"""

import json
import os
import subprocess
import sys

LIMIT = 64 << 20          # BIG_LOAD_DEFAULT_MAX_BYTES
MULTIPLE = 5              # docs/cli.md, "Limits"
OVERHEAD = 32 << 20       # the program, libbig and the built-in catalogue


def peak(args, stdin=None):
    """Runs ARGS in a child of a fresh Python, returns (exit, stderr, peak bytes)."""
    probe = ("import resource, subprocess, sys\n"
             "p = subprocess.run(sys.argv[2:], stdin=open(sys.argv[1], 'rb') "
             "if sys.argv[1] != '-' else None, stdout=subprocess.DEVNULL, "
             "stderr=subprocess.PIPE, timeout=120)\n"
             "sys.stderr.buffer.write(p.stderr)\n"
             "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    r = subprocess.run([sys.executable, "-c", probe, stdin or "-"] + args,
                       capture_output=True, timeout=180)
    code, kib = r.stdout.decode().split()
    return int(code), r.stderr.decode("utf-8", "replace"), int(kib) * 1024


def large_assessment(demo, path):
    """A valid assessment of about 16 MB: the demo's results with long lists
    of evidence (many short strings: the costliest realistic shape)."""
    with open(demo, encoding="utf-8") as f:
        doc = json.load(f)
    n = 0
    text = ""
    while len(text) < 16_000_000:
        for result in doc["results"].values():
            result.setdefault("evidence", []).extend(
                "bewijsstuk %d: verslag van de interne audit" % (n + k) for k in range(50))
            n += 50
        text = json.dumps(doc)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return len(text)


def main(argv):
    bigscore, demo, scratch = argv[1:4]
    memory = "--no-memory" not in argv
    failures = []

    def check(what, ok, detail=""):
        print("%s: %s%s" % ("ok" if ok else "FAIL", what, (": " + detail) if detail else ""))
        if not ok:
            failures.append(what)

    os.makedirs(scratch, exist_ok=True)
    sparse = os.path.join(scratch, "sparse-200M.json")
    with open(sparse, "wb") as f:
        f.truncate(200 << 20)
    for name, args, stdin in (("a stream without end", ["validate", "-"], "/dev/zero"),
                              ("a file of 200 MiB", ["validate", sparse], None)):
        code, err, rss = peak([bigscore] + args, stdin)
        check(name + " is refused (exit 1)", code == 1, "exit %d" % code)
        check(name + ": the message names the limit",
              "larger than the limit of %d bytes" % LIMIT in err, err.strip()[-200:])
        if memory:
            check(name + ": read no further than the limit", rss < LIMIT + OVERHEAD,
                  "peak %.1f MiB" % (rss / 1048576))
    os.remove(sparse)

    big = os.path.join(scratch, "large-assessment.json")
    size = large_assessment(demo, big)
    for command in ("validate", "score"):
        code, err, rss = peak([bigscore, command, big])
        check("%s of a %.1f MB assessment succeeds" % (command, size / 1e6), code == 0,
              err.strip()[-300:])
        if memory:
            _, _, base = peak([bigscore, command, demo])
            ratio = (rss - base) / size
            check("%s: peak memory at most %d times the document's size" % (command, MULTIPLE),
                  ratio <= MULTIPLE, "%.2f times (peak %.1f MiB, demo %.1f MiB)"
                  % (ratio, rss / 1048576, base / 1048576))
    os.remove(big)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
