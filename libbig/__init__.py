"""Not the Python module: this folder holds libbig's C sources.

Python run from the project's root folder (``python3 -c 'import libbig'``,
or a script saved there) takes this folder for a package called libbig. This
file then loads the real module (libbig.py with _libbig beside it) in its
place: the first one the import system finds elsewhere (an installed module,
PYTHONPATH, an editable install), or else the one in the build folder
``build/bindings/python``. When there is neither, the ImportError says how to
get one (docs/python.md). Other checkouts' copies of this file are passed over.
"""

import importlib.machinery
import importlib.util
import os
import sys

_BIG_SOURCE_FOLDER = True  # marks this file for other copies of it


def _is_source_folder(spec):
    """True when spec is no module: a namespace folder or a copy of this file."""
    if spec is None or spec.loader is None or spec.origin is None:
        return True
    if os.path.basename(spec.origin) != "__init__.py":
        return False
    try:
        with open(spec.origin, encoding="utf-8") as f:
            return "_BIG_SOURCE_FOLDER = True" in f.read()
    except OSError:
        return False


def _find(name, root):
    """The first real libbig on sys.meta_path, sys.path without root."""
    for finder in sys.meta_path:
        if finder is importlib.machinery.PathFinder:
            for entry in sys.path:
                if os.path.realpath(entry or os.curdir) == root:
                    continue
                spec = finder.find_spec(name, [entry])
                if not _is_source_folder(spec):
                    return spec
        elif hasattr(finder, "find_spec"):
            spec = finder.find_spec(name, None)
            if not _is_source_folder(spec):
                return spec
    return None


def _load():
    here = os.path.dirname(os.path.realpath(__file__))
    root = os.path.dirname(here)
    spec = _find(__name__, root)
    if spec is None:
        built = os.path.join(root, "build", "bindings", "python")
        spec = importlib.machinery.PathFinder.find_spec(__name__, [built])
        if _is_source_folder(spec):
            raise ImportError(
                "'import libbig' found the folder of libbig's C sources (%s), "
                "not the Python module, which is not built or installed yet. "
                "Install it with pip (python3 -m venv --system-site-packages venv; "
                "venv/bin/pip install --no-build-isolation .), or build it with "
                "tests/run-all.sh --quick and run Python with "
                "PYTHONPATH=build/bindings/python; see docs/python.md" % here,
                name=__name__,
            )
        # libbig.py imports _libbig, its neighbour, as a top-level module.
        sys.path.append(built)
    module = importlib.util.module_from_spec(spec)
    sys.modules[__name__] = module
    spec.loader.exec_module(module)


_load()
