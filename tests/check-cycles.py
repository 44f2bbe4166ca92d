#!/usr/bin/env python3
"""No import circles between the source files of libbig, and no layer that
uses a layer after it (docs/architecture.md): in the graph "file A calls a
function (or uses data) defined in file B", read from the object files with
nm, no set of files reaches itself, and B's layer is A's or one before it.
A circle means files that can only be understood, changed and tested
together; break it by moving the shared part into a file of its own, or to
the side that owns it.

Usage: check-cycles.py OBJECT_DIR [LAYER...]
       check-cycles.py --self-test
  OBJECT_DIR  the library's object files (*.o); meson names the object of
              libbig/LAYER/file.c "LAYER_file.c.o"
  LAYER...    the layer folders in order, first the one every other uses
Exit 1 with each circle or upward call and the symbols that make it, and
also when the graph cannot be what it should be (too few object files, a
layer without any, no call between files at all, a symbol kind it does not
know): a change in nm's output or in meson's paths must not make it pass
without checking anything. --self-test checks the reading of nm's output
on a fixture, without the library.
"""
import collections
import os
import subprocess
import sys

# nm -P -g (POSIX format, external symbols only): "NAME KIND [VALUE SIZE]".
# Undefined: U, and the weak references w (function) and v (object), which
# need no definition. Defined: T, D, B, R, common C, small-data G and S, the
# weak definitions W and V, absolute A, GNU unique u and indirect i, I.
UNDEFINED_KINDS = set("Uwv")
DEFINED_KINDS = set("TDBRCGSWVAuiI")


class NmError(Exception):
    pass


def parse_nm(text, obj="<nm>"):
    """(defined, undefined) global symbols in the output of nm -P -g."""
    defined, undefined = set(), set()
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) < 2 or len(parts[1]) != 1:
            raise NmError(f"{obj}: a line of nm that is not NAME KIND ...: {line!r}")
        name, kind = parts[0], parts[1]
        if kind in UNDEFINED_KINDS:
            undefined.add(name)
        elif kind in DEFINED_KINDS:
            defined.add(name)
        elif kind not in "N?":  # debugging symbols, and what nm cannot name
            raise NmError(f"{obj}: symbol {name} of a kind unknown to check-cycles: {kind}")
    return defined, undefined


def symbols(obj):
    """(defined, undefined) global symbols of one object file."""
    out = subprocess.run(["nm", "-P", "-g", obj], capture_output=True, text=True,
                         check=True).stdout
    return parse_nm(out, obj)


def graph(objs, symbols_of):
    """The files, and for each the files it uses with the symbols that make
    the use: symbols_of(obj) gives (defined, undefined)."""
    owner, uses = {}, {}
    for o in objs:
        defined, uses[o] = symbols_of(o)
        for s in defined:
            owner[s] = o
    edges = collections.defaultdict(dict)  # a -> b -> symbols
    for o in objs:
        for s in sorted(uses[o]):
            if s in owner and owner[s] != o:
                edges[o].setdefault(owner[s], []).append(s)
    return objs, edges


def graph_of(folder):
    objs = sorted(f for f in os.listdir(folder) if f.endswith(".o"))
    return graph(objs, lambda o: symbols(os.path.join(folder, o)))


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


def self_test():
    """The reading of nm's output, and the graph, on fixtures."""
    nm_a = """\
a_used T 0000000000000000 0000000000000010
a_weak W 0000000000000010 0000000000000008
a_table V 0000000000000000 0000000000000004
a_data D 0000000000000000 0000000000000004
a_const R 0000000000000000 0000000000000004
a_bss B 0000000000000000 0000000000000004
a_common C 0000000000000004 0000000000000004
b_fn U
maybe w
maybe_data v
"""
    nm_b = "b_fn T 0 10\na_weak U\nmaybe W 10 4\n"
    defined, undefined = parse_nm(nm_a)
    assert defined == {"a_used", "a_weak", "a_table", "a_data", "a_const", "a_bss",
                       "a_common"}, defined
    assert undefined == {"b_fn", "maybe", "maybe_data"}, undefined
    for bad in ("x Q 0 0\n", "just-a-name\n", "x TD 0 0\n"):
        try:
            parse_nm(bad)
        except NmError:
            continue
        raise AssertionError(f"accepted {bad!r}")
    fixture = {"io_a.c.o": parse_nm(nm_a), "core_b.c.o": parse_nm(nm_b)}
    nodes, edges = graph(sorted(fixture), fixture.get)
    assert dict(edges["io_a.c.o"]) == {"core_b.c.o": ["b_fn", "maybe"]}, dict(edges)
    assert dict(edges["core_b.c.o"]) == {"io_a.c.o": ["a_weak"]}, dict(edges)
    assert circles(nodes, edges) == [["core_b.c.o", "io_a.c.o"]]
    assert upward(nodes, edges, ["core", "io"]) == [
        "check-cycles: core_b.c.o (core) uses io_a.c.o (io), a later layer: a_weak"]
    many = [f"core_{i}.c.o" for i in range(10)]
    assert "no file" in sanity("objs", many, collections.defaultdict(dict), ["core"])
    assert "layers io" in sanity("objs", many, {"core_0.c.o": {"core_1.c.o": ["f"]}},
                                 ["core", "io"])
    assert sanity("objs", many, {"core_0.c.o": {"core_1.c.o": ["f"]}}, ["core"]) is None
    print("check-cycles: self-test passed")
    return 0


def sanity(folder, nodes, edges, layers):
    """Why the graph cannot be the library's, or None."""
    if len(nodes) < 10:
        return f"only {len(nodes)} object files in {folder}"
    if not any(edges.values()):
        return f"no file of {folder} calls another: is nm's output still understood?"
    prefixes = {o.split("_", 1)[0] for o in nodes}
    empty = [layer for layer in layers if layer not in prefixes]
    if empty:
        return f"no object file of the layers {', '.join(empty)} in {folder}"
    return None


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder, layers = sys.argv[1], sys.argv[2:]
    try:
        nodes, edges = graph_of(folder)
    except NmError as e:
        print(f"check-cycles: {e}")
        return 1
    why = sanity(folder, nodes, edges, layers)
    if why:
        print(f"check-cycles: {why}")
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
