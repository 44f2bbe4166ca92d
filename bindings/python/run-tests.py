#!/usr/bin/env python3
"""Runs the tests of the Python binding: with pytest when the interpreter
has it (Debian's python3-pytest), else with unittest, which runs the same
test files (they are unittest test cases). docs/python.md, section Tests,
says why: meson builds the module for the interpreter it finds, which on a
developer machine may be one without pytest.

Usage: run-tests.py TEST_FILE...   (with PYTHONPATH and the BIG_TEST_*
variables of tests/helpers.py set, as meson does)
"""

import importlib.util
import os
import sys
import unittest


def main(files):
    folders = sorted({os.path.dirname(os.path.abspath(f)) for f in files})
    try:
        import pytest
    except ImportError:
        pytest = None
    if pytest is not None and os.environ.get("BIG_TEST_RUNNER") != "unittest":
        print(f"run-tests: pytest {pytest.__version__}")
        return pytest.main(["-q", "-p", "no:cacheprovider", "-W", "error"] + files)
    print("run-tests: pytest is not available to this interpreter: unittest runs the tests")
    sys.path[:0] = folders
    suite = unittest.TestSuite()
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        suite.addTests(unittest.defaultTestLoader.loadTestsFromModule(module))
    result = unittest.TextTestRunner(verbosity=2, warnings="error").run(suite)
    return 0 if result.wasSuccessful() and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
