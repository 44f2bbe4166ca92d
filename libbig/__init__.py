"""Not the Python module: this folder holds libbig's C sources.

Python run from the project's root folder (``python3 -c 'import libbig'``,
or a script saved there) takes this folder for a package called libbig. This
file then loads the real module (libbig.py with _libbig beside it) in its
place: an installed one from elsewhere on sys.path, or else the one in the
build folder ``build/bindings/python``. When there is neither, the ImportError
says how to get one (docs/python.md).
"""

import importlib.machinery
import importlib.util
import os
import sys


def _load():
    here = os.path.dirname(os.path.realpath(__file__))
    root = os.path.dirname(here)
    others = [p for p in sys.path if os.path.realpath(p or os.curdir) != root]
    spec = importlib.machinery.PathFinder.find_spec(__name__, others)
    if (
        spec is None
        or spec.loader is None
        or spec.origin is None
        or os.path.realpath(spec.origin).startswith(here + os.sep)
    ):
        built = os.path.join(root, "build", "bindings", "python")
        spec = importlib.machinery.PathFinder.find_spec(__name__, [built])
        if spec is None or spec.loader is None:
            raise ImportError(
                "'import libbig' found the folder of libbig's C sources (%s), "
                "not the Python module, which is not built or installed yet. "
                "Install it with pip (python3 -m venv --system-site-packages venv; "
                "venv/bin/pip install --no-build-isolation .), or build it with "
                "tests/run-all.sh --quick (or meson setup build; meson compile -C build) "
                "and run Python with PYTHONPATH=build/bindings/python; see docs/python.md"
                % here,
                name=__name__,
            )
        # libbig.py imports _libbig, its neighbour, as a top-level module.
        sys.path.insert(0, built)
    module = importlib.util.module_from_spec(spec)
    sys.modules[__name__] = module
    spec.loader.exec_module(module)


_load()
