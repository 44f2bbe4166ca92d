#!/usr/bin/env python3
"""Turns a CISO Assistant framework library (YAML) into a libbig.catalogue.

Usage: ciso_assistant.py LIBRARY.yaml [-o OUT.json] [--catalogue-id ID]
                         [--catalogue-version V] [--language LANG]
                         [--kinds K1,K2,...] [--mandatory] [--with-text] [--strict]

The requirement nodes of objects.framework become the catalogue's nodes,
nested by parent_urn, with id = ref_id and title = name. Descriptions are
normative text and are left out unless --with-text is given (for a user's own
licensed copy). Implementation groups become tags (lower case, without
diacritics) and profiles. Inconsistencies in the library are reported on
stderr as 'warning: <ref_id or urn>: <what>'; see docs/importing.md.

Exit status: 0 success (possibly with warnings), 1 warnings with --strict or
an input that is not a CISO Assistant framework library, 2 usage error,
3 a file cannot be read or written.
"""

import argparse
import json
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the system
    print("ciso_assistant.py: python3-yaml is needed (apt-get install python3-yaml)",
          file=sys.stderr)
    sys.exit(3)

PROG = "ciso_assistant.py"
ALL_PROFILE = "all"
# Default ids are the framework's own under this prefix, so that an imported
# catalogue is never mistaken for one built into libbig (docs/importing.md).
ID_PREFIX = "ciso-assistant/"
# The ids of libbig's built-in catalogues (bigscore catalogues).
BUILTIN_IDS = ("big", "bio", "bio2")


class InputError(Exception):
    """The input is not a usable CISO Assistant framework library."""


class Loader(yaml.SafeLoader):
    """Safe YAML loading that keeps plain scalars such as 5.10 and 2025-01-01
    as strings: a ref_id 5.10 must not become the number 5.1."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                           "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def tag_id(name):
    """'Basishygiëne' -> 'basishygiene': lower case ASCII, diacritics removed,
    every run of other characters than a-z 0-9 - _ replaced by '_'."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9_-]+", "_", ascii_only.lower()).strip("_")


def clean(text):
    """Runs of white space collapsed to one space, none at the ends."""
    return re.sub(r"\s+", " ", text).strip()


def text_of(value):
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


class Importer:
    def __init__(self, library, language=None, kinds=None, mandatory=False, with_text=False):
        self.library = library
        self._warnings = []
        self.notes = []
        self.kinds = kinds
        self.mandatory = mandatory
        self.with_text = with_text
        if not isinstance(library, dict):
            raise InputError("not a YAML mapping")
        objects = library.get("objects")
        framework = objects.get("framework") if isinstance(objects, dict) else None
        if not isinstance(framework, dict):
            raise InputError("no objects.framework: not a CISO Assistant framework library")
        self.framework = framework
        self.locale = text_of(library.get("locale")) or "en"
        self.language = language or self.locale

    # -------------------------------------------------------------- helpers

    def warn(self, where, what, order=-1):
        """Records a warning; they are listed in document order (order = the
        index of the requirement node; -1 for the framework itself)."""
        self._warnings.append((order, len(self._warnings), f"warning: {where}: {what}"))

    @property
    def warnings(self):
        return [text for _, _, text in sorted(self._warnings)]

    def translated(self, obj, key):
        """obj[key] in the chosen language: its translation when the language
        is not the library's own and a translation exists."""
        if self.language != self.locale:
            tr = obj.get("translations")
            if isinstance(tr, dict) and isinstance(tr.get(self.language), dict):
                value = text_of(tr[self.language].get(key))
                if value:
                    return value
        return text_of(obj.get(key))

    # -------------------------------------------------------------- tags

    def read_groups(self):
        """Declared tags and profiles from implementation_groups_definition."""
        self.group_tag = {}       # defined group ref_id -> tag id
        self.tags = []            # [{"id", "label"}] in declaration order
        self.tag_index = {}       # tag id -> entry of self.tags
        self.defined = False
        definitions = self.framework.get("implementation_groups_definition")
        if definitions is None:
            return
        if not isinstance(definitions, list):
            self.warn("implementation_groups_definition", "not a list; ignored")
            return
        self.defined = True
        for i, d in enumerate(definitions):
            ref = text_of(d.get("ref_id")) if isinstance(d, dict) else None
            where = f"implementation_groups_definition[{i}]"
            if not ref:
                self.warn(where, "implementation group without ref_id; ignored")
                continue
            tid = tag_id(ref)
            if not tid:
                self.warn(ref, "implementation group gives an empty tag id; ignored")
                continue
            if ref in self.group_tag:
                self.warn(ref, "implementation group defined twice")
                continue
            self.group_tag[ref] = tid
            label = clean(self.translated(d, "name") or ref)
            if tid in self.tag_index:
                self.warn(ref, f"implementation group gives tag '{tid}', as another group "
                               "does; merged")
                continue
            entry = {"id": tid, "label": label}
            self.tags.append(entry)
            self.tag_index[tid] = entry

    def node_tags(self, where, groups, order):
        if groups is None:
            return []
        if isinstance(groups, str):
            groups = [groups]
        if not isinstance(groups, list):
            self.warn(where, "implementation_groups is not a list; ignored", order)
            return []
        out = []
        for g in groups:
            g = text_of(g)
            tid = tag_id(g) if g else ""
            if not tid:
                self.warn(where, f"implementation group {g!r} gives an empty tag id; ignored",
                          order)
                continue
            if g in self.group_tag:
                tid = self.group_tag[g]
            elif self.defined:
                near = [ref for ref, t in self.group_tag.items() if t == tid]
                if near:
                    self.warn(where, f"implementation group '{g}' matches no defined group "
                                     f"(defined: '{near[0]}'); tagged '{tid}'", order)
                else:
                    self.warn(where, f"implementation group '{g}' matches no defined group; "
                                     f"tagged '{tid}' and declared", order)
            if tid not in self.tag_index:
                entry = {"id": tid, "label": clean(g)}
                self.tags.append(entry)
                self.tag_index[tid] = entry
            if tid not in out:
                out.append(tid)
        return out

    def profiles(self):
        """One profile per defined implementation group, and 'all'; each with
        the definitions' order as the priority of tags for gap lists."""
        defined = []
        for tid in self.group_tag.values():
            if tid not in defined:
                defined.append(tid)
        if not defined:
            return []
        out = [{"id": tid, "title": self.tag_index[tid]["label"], "tags": [tid],
                "priority": defined} for tid in defined]
        if ALL_PROFILE in defined:
            self.warn(ALL_PROFILE, "an implementation group is called 'all'; no profile "
                                   "selecting all requirements is added")
        else:
            out.append({"id": ALL_PROFILE, "title": "All requirements", "all": True,
                        "priority": defined})
        return out

    # -------------------------------------------------------------- nodes

    def read_nodes(self):
        raw = self.framework.get("requirement_nodes")
        if not isinstance(raw, list) or not raw:
            raise InputError("objects.framework.requirement_nodes is missing or empty")
        records = []
        by_urn = {}
        used_ids = {}
        urn_prefix = "urn:"
        for i, n in enumerate(raw):
            if not isinstance(n, dict):
                self.warn(f"requirement_nodes[{i}]", "not a mapping; ignored", i)
                continue
            urn = text_of(n.get("urn"))
            ref = text_of(n.get("ref_id"))
            where = ref or urn or f"requirement_nodes[{i}]"
            if ref is not None:
                ref = ref.strip()
            if not ref:
                tail = urn.rsplit(":", 1)[-1] if urn and urn.startswith(urn_prefix) else ""
                if not tail:
                    self.warn(where, "node without ref_id and urn; ignored", i)
                    continue
                ref = tail
                self.warn(urn, f"node without ref_id; id '{ref}' taken from its urn", i)
            node_id = ref
            if node_id in used_ids:
                k = 2
                while f"{ref}~{k}" in used_ids:
                    k += 1
                node_id = f"{ref}~{k}"
                self.warn(ref, f"ref_id used again by {urn or 'a node without urn'}; "
                               f"that node gets id '{node_id}'", i)
            rec = {"index": i, "raw": n, "id": node_id, "urn": urn, "where": where,
                   "children": [], "parent": None}
            if urn:
                if urn in by_urn:
                    self.warn(where, f"urn {urn} used again; this node cannot be a parent", i)
                else:
                    by_urn[urn] = rec
            else:
                self.warn(where, "node without urn", i)
            used_ids[node_id] = rec
            records.append(rec)

        # Nest by parent_urn.
        roots = []
        for rec in records:
            parent_urn = text_of(rec["raw"].get("parent_urn"))
            if not parent_urn:
                roots.append(rec)
                continue
            parent = by_urn.get(parent_urn)
            if parent is None:
                self.warn(rec["where"], f"parent {parent_urn} does not exist; placed at the "
                                        "top level", rec["index"])
                roots.append(rec)
            elif parent is rec:
                self.warn(rec["where"], "node is its own parent; placed at the top level",
                          rec["index"])
                roots.append(rec)
            else:
                rec["parent"] = parent
                parent["children"].append(rec)

        # Nodes on a cycle of parent_urns are not reachable from the roots.
        reached = set()

        def reach(rec):
            stack = [rec]
            while stack:
                r = stack.pop()
                reached.add(id(r))
                stack.extend(r["children"])

        for rec in roots:
            reach(rec)
        for rec in records:
            if id(rec) not in reached:
                self.warn(rec["where"], "its parent_urn chain forms a cycle; placed at the "
                                        "top level", rec["index"])
                rec["parent"]["children"].remove(rec)
                rec["parent"] = None
                roots.append(rec)
                reach(rec)
        roots.sort(key=lambda r: r["index"])
        return roots

    def depth_check(self, rec):
        depth = rec["raw"].get("depth")
        if depth is None:
            return
        try:
            rec["depth"] = int(text_of(depth))
        except ValueError:
            self.warn(rec["where"], f"depth {depth!r} is not a number", rec["index"])
            return
        parent = rec["parent"]
        if parent is not None and "depth" in parent and rec["depth"] != parent["depth"] + 1:
            self.warn(rec["where"], f"depth {rec['depth']}, but its parent "
                                    f"{parent['id']} has depth {parent['depth']}", rec["index"])

    def kind_of(self, rec, level):
        if self.kinds:
            return self.kinds[min(level, len(self.kinds)) - 1]
        return "requirement" if rec["assessable"] else "section"

    def to_node(self, rec, level):
        raw = rec["raw"]
        self.depth_check(rec)
        assessable = raw.get("assessable")
        if assessable is not None and not isinstance(assessable, bool):
            self.warn(rec["where"], f"assessable {assessable!r} is not true or false; ignored",
                      rec["index"])
            assessable = None
        default = not rec["children"]
        rec["assessable"] = default if assessable is None else assessable
        node = {"id": rec["id"], "kind": self.kind_of(rec, level)}
        name = self.translated(raw, "name")
        if name and name.strip():
            title = clean(name)
            if title != name:
                self.warn(rec["where"], f"name {name!r} has extra white space; trimmed",
                          rec["index"])
            node["title"] = title
        else:
            node["title"] = rec["id"]
            self.nameless += 1
        if self.with_text:
            text = self.translated(raw, "description")
            if text and text.strip():
                node["text"] = text.strip()
        if rec["assessable"] != default:
            node["assessable"] = rec["assessable"]
        if self.mandatory and rec["assessable"]:
            node["mandatory"] = True
        tags = self.node_tags(rec["where"], raw.get("implementation_groups"), rec["index"])
        if tags:
            node["tags"] = tags
        if rec["urn"]:
            node["refs"] = [rec["urn"]]
        if rec["children"]:
            node["children"] = [self.to_node(c, level + 1) for c in rec["children"]]
        if rec["assessable"]:
            self.requirements += 1
        self.node_count += 1
        return node

    # -------------------------------------------------------------- document

    def catalogue(self, catalogue_id=None, catalogue_version=None):
        self.nameless = 0
        self.requirements = 0
        self.node_count = 0
        self.read_groups()
        roots = self.read_nodes()
        nodes = [self.to_node(r, 1) for r in roots]
        if self.nameless:
            self.notes.append(f"note: {self.nameless} of {self.node_count} nodes have no "
                              "name; their title is their id")
        fw_urn = text_of(self.framework.get("urn")) or ""
        default_id = fw_urn.rsplit(":", 1)[-1] if fw_urn.startswith("urn:") else ""
        default_id = default_id or tag_id(text_of(self.framework.get("ref_id")) or "")
        if not catalogue_id and not default_id:
            raise InputError("the framework has no urn or ref_id; give --catalogue-id")
        cat_id = catalogue_id or ID_PREFIX + default_id
        if cat_id in BUILTIN_IDS:
            self.warn("catalogue", f"id '{cat_id}' is the id of libbig's built-in catalogues: "
                      "libbig warns when it loads this catalogue under the version of a "
                      "built-in one, and reports cannot tell the two apart by name")
        version = catalogue_version or text_of(self.library.get("version"))
        if not version:
            raise InputError("the library has no version; give --catalogue-version")
        doc = {"format": "libbig.catalogue", "format_version": 1,
               "id": cat_id, "version": version}
        title = self.translated(self.framework, "name") or self.translated(self.library, "name")
        if title:
            doc["title"] = clean(title)
        doc["language"] = self.language
        provider = text_of(self.library.get("provider"))
        if provider:
            doc["publisher"] = clean(provider)
        if self.tags:
            doc["tags"] = self.tags
        profiles = self.profiles()
        if profiles:
            doc["profiles"] = profiles
        doc["nodes"] = nodes
        return doc


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Turns a CISO Assistant framework library (YAML) into a "
                    "libbig.catalogue document (JSON).",
        epilog="Exit status: 0 success (possibly with warnings), 1 warnings with --strict "
               "or unusable input, 2 usage error, 3 a file cannot be read or written.")
    p.add_argument("library", metavar="LIBRARY.yaml", help="the CISO Assistant library")
    p.add_argument("-o", "--output", metavar="OUT.json",
                   help="write the catalogue here (default: standard output)")
    p.add_argument("--catalogue-id", metavar="ID",
                   help="catalogue id (default: 'ciso-assistant/' and the last part of the "
                        "framework's urn, e.g. ciso-assistant/bio2)")
    p.add_argument("--catalogue-version", metavar="V",
                   help="catalogue version (default: the library's version, which is "
                        "CISO Assistant's revision of the file, not the norm's version)")
    p.add_argument("--language", metavar="LANG",
                   help="take names (and texts) from this translation when present "
                        "(default: the library's locale)")
    p.add_argument("--kinds", metavar="K1,K2,...",
                   help="node kinds by depth in the tree, the last one repeating "
                        "(default: 'requirement' for assessable nodes, 'section' for others)")
    p.add_argument("--mandatory", action="store_true",
                   help="mark every assessable node mandatory (BIO2 measures are)")
    p.add_argument("--with-text", action="store_true",
                   help="put descriptions into 'text' (normative text: only for your own "
                        "licensed copy; never ship it)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 and write nothing when there is a warning")
    args = p.parse_args(argv)
    if args.kinds is not None:
        args.kinds = [k.strip() for k in args.kinds.split(",")]
        if not all(args.kinds):
            p.error("--kinds: empty kind")
    for opt in ("catalogue_id", "catalogue_version", "language"):
        if getattr(args, opt) == "":
            p.error(f"--{opt.replace('_', '-')} must not be empty")
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        with open(args.library, encoding="utf-8") as f:
            library = yaml.load(f, Loader=Loader)  # noqa: S506 - a SafeLoader
    except OSError as e:
        print(f"{PROG}: {args.library}: {e.strerror}", file=sys.stderr)
        return 3
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        print(f"{PROG}: {args.library}: {e}", file=sys.stderr)
        return 1
    try:
        importer = Importer(library, args.language, args.kinds, args.mandatory, args.with_text)
        doc = importer.catalogue(args.catalogue_id, args.catalogue_version)
    except InputError as e:
        print(f"{PROG}: {args.library}: {e}", file=sys.stderr)
        return 1
    for line in importer.warnings + importer.notes:
        print(line, file=sys.stderr)
    if importer.warnings and args.strict:
        print(f"{PROG}: {len(importer.warnings)} warning(s); nothing written (--strict)",
              file=sys.stderr)
        return 1
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except OSError as e:
        print(f"{PROG}: {args.output or 'standard output'}: {e.strerror}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
