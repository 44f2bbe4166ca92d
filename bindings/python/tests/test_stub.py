"""The type stub libbig.pyi names exactly what the module has (classes,
functions, constants, methods, properties), with the same parameter names,
and everything in the module has a docstring: IDE completion and help()
show the whole API. The stub is found beside the module (as installed) or
in the source tree.
"""

import ast
import inspect
import os
import unittest

import libbig

# Type aliases of the stub that the module does not have: the names of an
# enumeration, each the list that a function of the module gives.
ALIASES = {"Status": "status_names", "Rollup": "rollup_names", "Method": "aggregate_method_names",
           "Policy": "policy_names", "Relationship": "relationship_names",
           "GapKind": "gap_kind_names", "Severity": "severity_names",
           "Provenance": "provenance_kind_names", "Dimension": "dimension_names",
           "EvidenceKind": "evidence_kind_names", "ActionStatus": "action_status_names"}
STUB_ONLY = set(ALIASES)
# Special methods the stub declares where the module has them.
SPECIAL = {"__init__", "__len__", "__iter__", "__contains__", "__eq__", "__hash__"}


def stub_path():
    beside = os.path.splitext(libbig.__file__)[0] + ".pyi"
    if os.path.exists(beside):
        return beside
    return os.path.join(os.path.dirname(__file__), "..", "libbig.pyi")


def parse_stub():
    """{name: node} of the top level, and {class: {member: node}}."""
    with open(stub_path(), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    top, classes = {}, {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            top[node.name] = node
        elif isinstance(node, ast.AnnAssign):
            top[node.target.id] = node
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                top[t.id] = node
        if isinstance(node, ast.ClassDef):
            members = {}
            for m in node.body:
                if isinstance(m, ast.FunctionDef):
                    members[m.name] = m
                elif isinstance(m, ast.AnnAssign):
                    members[m.target.id] = m
            classes[node.name] = members
    return top, classes


def module_members(cls):
    """The public members of a class of the module, with the special methods it has."""
    names = set()
    for klass in cls.__mro__[:-1]:
        for name, value in vars(klass).items():
            if name in ("thisown", "__init__") or value is None:
                continue
            if not name.startswith("_") or name in SPECIAL:
                names.add(name)
    if cls is libbig.Assessment:
        names.add("__init__")  # the others have no constructor
    return names


def parameters(fn):
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    kinds = {p.kind for p in sig.parameters.values()}
    if inspect.Parameter.VAR_POSITIONAL in kinds:
        return None
    return [n for n, p in sig.parameters.items()
            if n != "self" and p.kind != inspect.Parameter.VAR_KEYWORD]


def stub_parameters(node):
    args = node.args
    names = [a.arg for a in args.posonlyargs + args.args if a.arg != "self"]
    return names


class StubTest(unittest.TestCase):
    def setUp(self):
        self.top, self.classes = parse_stub()

    def test_top_level(self):
        public = {n for n in dir(libbig) if not n.startswith("_")} | {"__version__"}
        self.assertEqual(set(self.top) - STUB_ONLY - {n for n in self.top if n.startswith("_")}
                         | {"__version__"}, public)

    def test_aliases(self):
        """Each Literal alias lists the names of the library's table, in its order."""
        for alias, function in ALIASES.items():
            with self.subTest(alias=alias):
                node = self.top[alias].value
                self.assertEqual(ast.literal_eval(node.slice), tuple(getattr(libbig, function)()))

    def test_classes(self):
        for name, members in self.classes.items():
            if name == "Error":
                continue
            cls = getattr(libbig, name)
            with self.subTest(cls=name):
                self.assertEqual(set(members), module_members(cls))

    def test_parameter_names(self):
        for name, node in self.top.items():
            if isinstance(node, ast.FunctionDef):
                have = parameters(getattr(libbig, name))
                if have is not None:
                    self.assertEqual(stub_parameters(node)[:len(have)], have, name)
        for cls_name, members in self.classes.items():
            cls = getattr(libbig, cls_name)
            for name, node in members.items():
                value = vars(cls).get(name)
                if isinstance(node, ast.FunctionDef) and callable(value) and \
                        not isinstance(value, property) and name not in SPECIAL:
                    have = parameters(getattr(cls, name))
                    if have is not None:
                        self.assertEqual(stub_parameters(node)[:len(have)], have,
                                         f"{cls_name}.{name}")

    def test_docstrings(self):
        for name in dir(libbig):
            obj = getattr(libbig, name)
            if name.startswith("_") or isinstance(obj, (int, str)):
                continue
            self.assertTrue(obj.__doc__ and obj.__doc__.strip(), name)
            if inspect.isclass(obj) and obj is not libbig.Error:
                for member in module_members(obj) - SPECIAL:
                    self.assertTrue(getattr(obj, member).__doc__, f"{name}.{member}")
        self.assertIn("weight_attribute", libbig.aggregate.__doc__)
        self.assertIn("collaborations", libbig.Collaboration.aggregate.__doc__)
        self.assertIn("keep_maturity", libbig.migrate.__doc__)
        self.assertIn("publication\n    guard", libbig.Distribution.__doc__)
