#!/usr/bin/env python3
"""The names that bigscore's help and usage errors list are the library's
name tables (libbig/core/names.c, as tests/print-names prints them). The
help texts are static strings, so a name added to a table and not to the
text (or the other way round) fails here:

- every option in OPTIONS lists exactly the names of its table, in the
  table's order, as "a (default), b or c", in the help of every command that
  has it (and of the commands named there at least);
- every usage error in ERRORS, for an unknown name, lists them as "a, b or
  c";
- every "libbig.X" in a help text is the name of a document kind.

Usage: check-help-names.py PRINT_NAMES BIGSCORE ASSESSMENT
  ASSESSMENT  a libbig.assessment of a built-in catalogue, which the
              commands of ERRORS load before they check the option
"""

import os
import re
import subprocess
import sys

from name_tables import Results, tables

COMMANDS = ["validate", "score", "gap", "compare", "aggregate", "migrate", "report",
            "catalogues"]

# option -> (its words before the list, table, default, commands that must have it)
OPTIONS = {
    "--rollup": ("--rollup METHOD", "rollup", "hierarchical",
                 ["score", "gap", "compare", "aggregate"]),
    "--method": ("--method METHOD", "aggregate_method", "weakest", ["aggregate"]),
    "--kind": ("--kind KIND only gaps of kind", "gap_kind", None, ["gap"]),
}

# (command, option, the message before the list, table)
ERRORS = [
    ("score", "--rollup", "unknown roll-up 'frob'", "rollup"),
    ("aggregate", "--method", "unknown method 'frob'", "aggregate_method"),
    ("gap", "--kind", "unknown gap kind 'frob'", "gap_kind"),
]


def listed(names, default=None):
    """The names as the help lists them: "a (default), b or c"."""
    shown = [n + (" (default)" if n == default else "") for n in names]
    return ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else shown[0]


def run(bigscore, *args):
    return subprocess.run([bigscore, *args], capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"))


def main(print_names, bigscore, assessment):
    names = tables(print_names)
    result = Results("check-help-names")

    helps = {"": run(bigscore, "--help").stdout}
    for command in COMMANDS:
        helps[command] = run(bigscore, command, "--help").stdout
        result(helps[command].startswith("Usage: bigscore " + command),
               f"bigscore {command} --help prints its usage")

    for option, (words, table, default, required) in OPTIONS.items():
        expected = words + " " + listed(names[table], default)
        for command in COMMANDS:
            text = " ".join(helps[command].split())  # a wrapped line joined again
            if "  " + option + " " not in helps[command]:
                result(command not in required, f"bigscore {command} --help has {option}")
                continue
            result(expected in text,
                   f"bigscore {command} --help: '{expected}' (the {table} names)")

    for command, option, message, table in ERRORS:
        p = run(bigscore, command, option, "frob", assessment)
        expected = f"{message} ({listed(names[table])})"
        result(p.returncode == 2 and expected in p.stderr,
               f"bigscore {command} {option} frob: exit 2 and '{expected}'"
               + ("" if expected in p.stderr else f", not {p.stderr.strip()!r}"))

    kinds = set(names["document_kind"])
    for command, text in helps.items():
        for fmt in sorted(set(re.findall(r"\blibbig\.[a-z_]+", text))):
            result(fmt in kinds, f"bigscore {command} --help: {fmt} is a document kind")

    return result.finish()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
