#!/usr/bin/env python3
"""libbig tests — the content fingerprint of catalogues (docs/formats.md,
"Fingerprint"), read from the documentation and computed a second time.

Usage: check-fingerprint.py PRINT-FINGERPRINT REPO-ROOT

- The canonical text as docs/formats.md defines it, written here from the
  JSON document (not from libbig's model), equals libbig's for every
  catalogue of the project: the fingerprints printed by print-fingerprint
  (tests/print-fingerprint.c) are the SHA-256 of this text.
- The worked example of docs/formats.md: its catalogue gives its canonical
  text and its fingerprint, in libbig and here.
- The table of docs/catalogues.md lists the fingerprint of every built-in
  catalogue, and no other value.
- The same content with its members reordered, indented otherwise, with
  escapes and defaults written out, has the same fingerprint; a changed tag,
  weight or mandatory flag changes it, a changed title does not.
"""
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

STATUSES = ["implemented", "partially_implemented", "not_implemented",
            "not_applicable", "risk_accepted", "not_assessed"]
DEFAULT_CRITERIA = [("performed", 1), ("documented", 2), ("implemented", 3),
                    ("monitored", 4), ("improved", 5)]


def number(d):
    """A number as libbig's writers write it: the shortest of %.15g, %.16g
    and %.17g that reads back to the same double; 0 for zero."""
    d = float(d)
    if d == 0:
        return "0"
    for p in (15, 16, 17):
        s = "%.*g" % (p, d)
        if float(s) == d:
            return s
    return s


def string(s):
    """A string as libbig's writers write it: '"' and '\\' escaped, \\n, \\r
    and \\t, every other byte below 0x20 as \\u00xx; everything else as is."""
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def write(v):
    """Compact JSON with members in the order given (dicts keep it)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return number(v)
    if isinstance(v, str):
        return string(v)
    if isinstance(v, list):
        return "[" + ",".join(write(x) for x in v) + "]"
    return "{" + ",".join(string(k) + ":" + write(x) for k, x in v.items()) + "}"


def canonical(doc):
    """The canonical text of docs/formats.md, "Fingerprint", from a
    libbig.catalogue document."""
    mm = doc.get("maturity_model")
    if mm is None:
        levels, criteria = 5, DEFAULT_CRITERIA
    else:
        levels = len(mm["levels"]) - 1
        criteria = [(c["id"], lv["level"]) for lv in mm["levels"]
                    for c in lv.get("criteria", [])]
    target = doc.get("default_target", min(3, levels))
    values = {"implemented": 1.0, "partially_implemented": 0.5}
    values.update(doc.get("status_values", {}))
    nodes = []

    def walk(items, depth):
        for n in items:
            children = n.get("children", [])
            nodes.append({"id": n["id"], "kind": n["kind"], "depth": depth,
                          "weight": float(n.get("weight", 1)),
                          "assessable": n.get("assessable", not children),
                          "mandatory": n.get("mandatory", False),
                          "tags": n.get("tags", [])})
            walk(children, depth + 1)
    walk(doc["nodes"], 0)
    declared = {p["id"]: p for p in doc.get("profiles", [])}

    def closure_all(p):
        return p.get("all", False) or any(closure_all(declared[e])
                                          for e in p.get("extends", []))

    def priority(p):
        if "priority" in p:
            return p["priority"]
        return priority(declared[p["extends"][0]]) if p.get("extends") else []
    profiles = [{"id": p["id"], "all": closure_all(p), "tags": p.get("tags", []),
                 "extends": p.get("extends", []), "priority": priority(p)}
                for p in doc.get("profiles", [])]
    return write({
        "fingerprint": 1, "levels": levels,
        "criteria": [{"id": c, "level": lv} for c, lv in criteria],
        "default_target": target,
        "status_values": {s: float(values.get(s, 0)) for s in STATUSES},
        "nodes": nodes, "profiles": profiles})


def fingerprint(doc):
    return "sha256:" + hashlib.sha256(canonical(doc).encode("utf-8")).hexdigest()


class Checker:
    def __init__(self, tool, root):
        self.tool, self.root, self.failures = tool, root, 0
        self.tmp = tempfile.mkdtemp(prefix="check-fingerprint-")

    def fail(self, msg):
        print("FAIL:", msg)
        self.failures += 1

    def libbig(self, paths):
        out = subprocess.run([self.tool] + paths, check=True, capture_output=True,
                             text=True).stdout.split("\n")
        return [line.split(" ", 1)[0] for line in out if line]

    def builtins(self):
        out = subprocess.run([self.tool], check=True, capture_output=True,
                             text=True).stdout
        return dict(reversed(line.split(" ", 1)) for line in out.splitlines())

    def text_file(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path


def reordered(v, rng):
    """@v with the members of every object shuffled."""
    if isinstance(v, dict):
        items = list(v.items())
        rng.shuffle(items)
        return {k: reordered(x, rng) for k, x in items}
    if isinstance(v, list):
        return [reordered(x, rng) for x in v]
    return v


def check_project(c):
    """Every catalogue of the project: this reading equals libbig's."""
    files = [os.path.join(c.root, "libbig", "catalogues", f)
             for f in sorted(os.listdir(os.path.join(c.root, "libbig", "catalogues")))
             if f.endswith(".json") and "-to-" not in f]
    files += [os.path.join(c.root, "tests", "data", f)
              for f in sorted(os.listdir(os.path.join(c.root, "tests", "data")))
              if f.endswith("catalogue.json")]
    for path, got in zip(files, c.libbig(files)):
        with open(path, encoding="utf-8") as f:
            want = fingerprint(json.load(f))
        if got != want:
            c.fail("%s: libbig gives %s, docs/formats.md %s" % (path, got, want))
    if len(files) < 8:
        c.fail("only %d catalogues found" % len(files))


def section(text, heading):
    m = re.search(r"^#+ " + re.escape(heading) + r"\n(.*?)(?=^#+ |\Z)", text, re.M | re.S)
    return m.group(1) if m else ""


def check_worked_example(c):
    with open(os.path.join(c.root, "docs", "formats.md"), encoding="utf-8") as f:
        sec = section(f.read(), "Worked example: a fingerprint")
    blocks = re.findall(r"```(\w+)\n(.*?)```", sec, re.S)
    docs = [b for k, b in blocks if k == "json"]
    texts = [b for k, b in blocks if k == "text"]
    prints = re.findall(r"sha256:[0-9a-f]{64}", sec)
    if not docs or not texts or not prints:
        c.fail("docs/formats.md: no worked example (a json block, a text block, "
               "a fingerprint) under \"Worked example: a fingerprint\"")
        return
    doc, text, want = json.loads(docs[0]), texts[0].rstrip("\n"), prints[-1]
    if canonical(doc) != text:
        c.fail("docs/formats.md: the canonical text of the example is\n%s\nnot\n%s"
               % (canonical(doc), text))
    if "sha256:" + hashlib.sha256(text.encode()).hexdigest() != want:
        c.fail("docs/formats.md: the SHA-256 of the example's text is not %s" % want)
    got = c.libbig([c.text_file("example.json", docs[0])])[0]
    if got != want:
        c.fail("docs/formats.md: libbig gives the example %s, not %s" % (got, want))


def check_catalogues_md(c):
    with open(os.path.join(c.root, "docs", "catalogues.md"), encoding="utf-8") as f:
        sec = section(f.read(), "Fingerprints")
    listed = dict(re.findall(r"^\| `([^`]+)` \| `(sha256:[0-9a-f]{64})` \|", sec, re.M))
    actual = c.builtins()
    if listed != actual:
        c.fail("docs/catalogues.md, Fingerprints: lists %s, libbig computes %s"
               % (listed, actual))


def check_content(c):
    """Same content in another form: same fingerprint; changed content: another."""
    path = os.path.join(c.root, "tests", "data", "small-catalogue.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    base = c.libbig([path])[0]
    rng = random.Random(18)
    same = []
    for i in range(3):
        text = json.dumps(reordered(doc, rng), indent=i or None, ensure_ascii=(i == 1))
        same.append(c.text_file("same%d.json" % i, text))
    explicit = json.loads(json.dumps(doc))
    explicit["status_values"] = {"not_assessed": 0, "implemented": 1}
    explicit["nodes"][1]["children"][0]["weight"] = 1.0
    explicit["nodes"][0]["children"][0]["mandatory"] = False
    same.append(c.text_file("explicit.json", json.dumps(explicit)))
    retitled = json.loads(json.dumps(doc))
    retitled["title"] = "Another title"
    retitled["id"] = "another-id"
    retitled["nodes"][0]["title"] = "Chapter one"
    retitled["nodes"][0]["titles"] = {"en": "Chapter one"}
    retitled["nodes"][0]["text"] = "Another text"
    retitled["nodes"][0]["children"][0]["refs"] = []
    same.append(c.text_file("retitled.json", json.dumps(retitled)))
    for p, got in zip(same, c.libbig(same)):
        if got != base:
            c.fail("%s: the same content gives %s, not %s" % (p, got, base))

    def changed(name, edit):
        d = json.loads(json.dumps(doc))
        edit(d)
        return c.text_file(name + ".json", json.dumps(d))
    edits = [
        changed("tag", lambda d: d["nodes"][0]["children"][1]["tags"].pop()),
        changed("weight", lambda d: d["nodes"][1].update(weight=0.5)),
        changed("mandatory", lambda d: d["nodes"][0]["children"][0].update(mandatory=True)),
        changed("kind", lambda d: d["nodes"][1].update(kind="theme")),
        changed("target", lambda d: d.update(default_target=3)),
        changed("value", lambda d: d.update(status_values={"partially_implemented": 0.6})),
        changed("order", lambda d: d["nodes"].reverse()),
    ]
    got = c.libbig(edits)
    for p, g in zip(edits, got):
        if g == base:
            c.fail("%s: changed content, the same fingerprint %s" % (p, g))
    if len(set(got)) != len(got):
        c.fail("two different changes give the same fingerprint: %s" % got)


def main():
    c = Checker(sys.argv[1], sys.argv[2])
    check_project(c)
    check_worked_example(c)
    check_catalogues_md(c)
    check_content(c)
    if c.failures:
        sys.exit(1)
    print("fingerprints: libbig, docs/formats.md and docs/catalogues.md agree")


if __name__ == "__main__":
    main()
