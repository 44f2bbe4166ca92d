#!/usr/bin/env python3
"""No import circles between the source files of libbig, and no layer that
uses a layer after it (docs/architecture.md): in the graph "file A calls a
function (or uses data) defined in file B", read from the object files with
nm, no set of files reaches itself, and B's layer is A's or one before it.
A circle means files that can only be understood, changed and tested
together; break it by moving the shared part into a file of its own, or to
the side that owns it.

Usage: check-cycles.py OBJECT_DIR [LAYER...]
  OBJECT_DIR  the library's object files (*.o); meson names the object of
              libbig/LAYER/file.c "LAYER_file.c.o"
  LAYER...    the layer folders in order, first the one every other uses
Exit 1 with each circle or upward call and the symbols that make it.
"""
import collections
import os
import subprocess
import sys


def symbols(obj):
    """(defined, undefined) global symbols of one object file."""
    out = subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout
    defined, undefined = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDBRGSV":
            defined.add(parts[2])
        elif len(parts) == 2 and parts[0] == "U":
            undefined.add(parts[1])
    return defined, undefined


def graph_of(folder):
    objs = sorted(f for f in os.listdir(folder) if f.endswith(".o"))
    owner, uses = {}, {}
    for o in objs:
        defined, uses[o] = symbols(os.path.join(folder, o))
        for s in defined:
            owner[s] = o
    edges = collections.defaultdict(dict)  # a -> b -> symbols
    for o in objs:
        for s in sorted(uses[o]):
            if s in owner and owner[s] != o:
                edges[o].setdefault(owner[s], []).append(s)
    return objs, edges


def circles(nodes, edges):
    """The strongly connected components of more than one file (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in nodes:
        if v not in index:
            visit(v)
    return found


def upward(nodes, edges, layers):
    """The calls from a file to a file of a later layer, and the files of no
    layer."""
    def layer(obj):
        prefix = obj.split("_", 1)[0]
        return layers.index(prefix) if prefix in layers else None

    # Generated tables (the built-in catalogues) are data of no layer: they
    # may call nothing.
    bad = [f"check-cycles: {o} is in none of the layers {', '.join(layers)}"
           for o in nodes if layer(o) is None and edges[o]]
    for a in nodes:
        for b, syms in sorted(edges[a].items()):
            if layer(a) is not None and layer(b) is not None and layer(b) > layer(a):
                bad.append(f"check-cycles: {a} ({layers[layer(a)]}) uses {b} "
                           f"({layers[layer(b)]}), a later layer: {', '.join(syms[:6])}")
    return bad


def main():
    folder, layers = sys.argv[1], sys.argv[2:]
    nodes, edges = graph_of(folder)
    if len(nodes) < 10:
        print(f"check-cycles: only {len(nodes)} object files in {folder}")
        return 1
    bad = upward(nodes, edges, layers) if layers else []
    for line in bad:
        print(line)
    found = circles(nodes, edges)
    for comp in found:
        print("check-cycles: these files call each other in a circle:", ", ".join(comp))
        for a in comp:
            for b, syms in sorted(edges[a].items()):
                if b in comp:
                    print(f"  {a} -> {b}: {', '.join(syms[:6])}")
    if found or bad:
        return 1
    n = sum(len(e) for e in edges.values())
    print(f"check-cycles: {len(nodes)} files, {n} calls between files, no circle"
          + (f", none to a later layer ({' < '.join(layers)})" if layers else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
