"""What the checks that hold text to the library's name tables share
(check-schema-names.py, check-help-names.py): the tables as tests/print-names
prints them, and the "ok - " / "FAIL - " lines with their count."""

import subprocess


def tables(print_names):
    """{table: [names in the order of their values]} from print-names."""
    out = subprocess.run([print_names], capture_output=True, text=True, check=True).stdout
    return {words[0]: words[1:] for words in (line.split() for line in out.splitlines())}


class Results:
    """Call with (ok, what) for each check; finish() prints the count and
    returns the exit status."""

    def __init__(self, name):
        self.name, self.passes, self.failures = name, 0, 0

    def __call__(self, ok, what):
        self.passes += bool(ok)
        self.failures += not ok
        print(("ok - " if ok else "FAIL - ") + what)

    def finish(self):
        print(f"{self.name}: {self.passes} passed, {self.failures} failed")
        return 1 if self.failures else 0
