"""What the tests of the Python binding share: where the test data and the C
helper are (from the environment, set by meson or by hand), and the helpers
that load the worked examples of docs/scoring.md.

  BIG_TEST_REPORT_JSON  bindings/tests/report-json of a build (the C side)
  BIG_TEST_DATA         tests/data (the worked examples)
  BIG_TEST_EXAMPLES     examples/data (the demo and the collaboration data set)
"""

import contextlib
import locale
import os
import subprocess

import libbig

REPORT_JSON = os.environ.get("BIG_TEST_REPORT_JSON", "")
DATA = os.environ.get("BIG_TEST_DATA", "")
EXAMPLES = os.environ.get("BIG_TEST_EXAMPLES", "")


def data(*names):
    return os.path.join(DATA, *names)


def example(*names):
    return os.path.join(EXAMPLES, *names)


def read(path):
    """The bytes of a file."""
    with open(path, "rb") as f:
        return f.read()


def c_output(*args):
    """What the C helper prints for these arguments (bytes)."""
    return subprocess.run([REPORT_JSON] + list(args), stdout=subprocess.PIPE, check=True).stdout


def worked():
    cat = libbig.Catalogue.load_file(data("worked-catalogue.json"))
    return cat, libbig.Assessment.load_file(cat, data("worked-assessment.json"))


@contextlib.contextmanager
def dutch_locale(test):
    """Runs the block under nl_NL.UTF-8 (decimal comma); skips the test without
    it, or fails it when BIG_TEST_LOCALE=required (tests/run-all.sh)."""
    old = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, "nl_NL.UTF-8")
    except locale.Error:
        if os.environ.get("BIG_TEST_LOCALE") == "required":
            test.fail("no nl_NL.UTF-8 locale, but BIG_TEST_LOCALE=required")
        test.skipTest("no nl_NL.UTF-8 locale")
    try:
        test.assertEqual(locale.localeconv()["decimal_point"], ",")
        yield
    finally:
        locale.setlocale(locale.LC_ALL, old)
