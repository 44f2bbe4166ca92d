#!/usr/bin/env python3
"""Runs a command and checks its exit status and output.

Usage: check-cli.py [CHECK]... -- COMMAND [ARG]...

Checks:
  --exit N            the exit status must be N (default 0)
  --stdout RE         stdout must match the regular expression RE (re.search)
  --stderr RE         stderr must match RE
  --no-stdout RE      stdout must not match RE
  --stdout-file FILE  stdout must equal the contents of FILE byte for byte
  --stdout-empty      stdout must be empty
  --stderr-empty      stderr must be empty
  --json              stdout must be one JSON document
  --compact           stdout must be exactly one line
  --same-under-locale LOCALE
                      stdout must be the same with LC_ALL=LOCALE (skipped,
                      exit 77, when the locale is not installed)
  --exceptions        the "Exceptions" count of the text output must equal the
                      length of "exceptions" in the JSON output of the same
                      command run with --json added
  --json-value POINTER VALUE
                      stdout is JSON whose value at the JSON pointer (RFC 6901,
                      e.g. /overall/implementation) equals the JSON VALUE
                      (numbers exactly, as doubles)
  --json-length POINTER N
                      stdout is JSON whose array at POINTER has N items
  --stdin FILE        feed FILE to the command's standard input
  --file-equals GOT EXPECTED
                      after the command, file GOT must equal EXPECTED byte for
                      byte (GOT is removed first)
Repeat --stdout/--stderr/--json-value for several patterns. Environment: LC_ALL is set to
C unless the caller set it.
"""

import json
import locale
import os
import re
import subprocess
import sys


def fail(msg, proc=None):
    print(f"FAIL: {msg}", file=sys.stderr)
    if proc is not None:
        print(f"--- exit status {proc.returncode}", file=sys.stderr)
        print("--- stdout\n" + proc.stdout, file=sys.stderr)
        print("--- stderr\n" + proc.stderr, file=sys.stderr)
    sys.exit(1)


def run(cmd, lc_all=None, stdin=None):
    env = dict(os.environ)
    env.setdefault("LC_ALL", "C")
    if lc_all:
        env["LC_ALL"] = lc_all
    if stdin is None:
        proc = subprocess.run(cmd, capture_output=True, env=env, stdin=subprocess.DEVNULL)
    else:
        with open(stdin, "rb") as f:
            proc = subprocess.run(cmd, capture_output=True, env=env, stdin=f)
    proc.raw_stdout = proc.stdout
    try:
        proc.stdout = proc.stdout.decode("utf-8")
        proc.stderr = proc.stderr.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"output is not UTF-8: {e}")
    return proc


def json_at(doc, pointer, proc):
    """The value at an RFC 6901 JSON pointer."""
    value = doc
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        try:
            value = value[int(token)] if isinstance(value, list) else value[token]
        except (KeyError, IndexError, ValueError, TypeError):
            fail(f"stdout has nothing at {pointer}", proc)
    return value


def check_json(proc, values, lengths):
    try:
        doc = json.loads(proc.stdout)
    except ValueError as e:
        fail(f"stdout is not JSON: {e}", proc)
    for pointer, expected in values:
        got, want = json_at(doc, pointer, proc), json.loads(expected)
        if got != want or isinstance(got, bool) != isinstance(want, bool):
            fail(f"{pointer} is {got!r}, expected {expected}", proc)
    for pointer, n in lengths:
        got = json_at(doc, pointer, proc)
        if not isinstance(got, list) or len(got) != int(n):
            fail(f"{pointer} has {len(got) if isinstance(got, list) else 'no'} items, "
                 f"expected {n}", proc)


def main(argv):
    if "--" not in argv:
        fail("no command (missing --)")
    sep = argv.index("--")
    opts, cmd = argv[:sep], argv[sep + 1:]
    expect_exit, out_re, err_re, not_out, expect_out = 0, [], [], [], None
    other_locale = None
    flags = set()
    values, lengths, stdin, files = [], [], None, []
    i = 0
    while i < len(opts):
        o = opts[i]
        if o in ("--json-value", "--json-length", "--file-equals"):
            pair = (opts[i + 1], opts[i + 2])
            {"--json-value": values, "--json-length": lengths, "--file-equals": files}[o].append(pair)
            i += 3
        elif o == "--stdin":
            stdin = opts[i + 1]
            i += 2
        elif o in ("--exit", "--stdout", "--stderr", "--no-stdout", "--stdout-file",
                 "--same-under-locale"):
            v = opts[i + 1]
            i += 2
            if o == "--exit":
                expect_exit = int(v)
            elif o == "--same-under-locale":
                other_locale = v
            elif o == "--stdout-file":
                with open(v, "rb") as f:
                    expect_out = f.read()
            else:
                {"--stdout": out_re, "--stderr": err_re, "--no-stdout": not_out}[o].append(v)
        else:
            flags.add(o)
            i += 1

    for got, _ in files:
        if os.path.exists(got):
            os.remove(got)
    proc = run(cmd, stdin=stdin)
    print(f"$ {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")
    if proc.returncode != expect_exit:
        fail(f"exit status {proc.returncode}, expected {expect_exit}", proc)
    if expect_out is not None and proc.raw_stdout != expect_out:
        fail("stdout differs from the expected file", proc)
    for rx in out_re:
        if not re.search(rx, proc.stdout, re.M):
            fail(f"stdout does not match {rx!r}", proc)
    for rx in not_out:
        if re.search(rx, proc.stdout, re.M):
            fail(f"stdout matches {rx!r}", proc)
    for rx in err_re:
        if not re.search(rx, proc.stderr, re.M):
            fail(f"stderr does not match {rx!r}", proc)
    if "--stdout-empty" in flags and proc.stdout:
        fail("stdout is not empty", proc)
    if "--stderr-empty" in flags and proc.stderr:
        fail("stderr is not empty", proc)
    if "--json" in flags:
        try:
            doc = json.loads(proc.stdout)
        except ValueError as e:
            fail(f"stdout is not JSON: {e}", proc)
        if doc.get("format") != "libbig.report":
            fail("stdout is not a libbig.report document", proc)
    if values or lengths:
        check_json(proc, values, lengths)
    for got, expected in files:
        with open(got, "rb") as f, open(expected, "rb") as g:
            if f.read() != g.read():
                fail(f"{got} differs from {expected}", proc)
    if "--compact" in flags and proc.stdout.count("\n") != 1:
        fail("stdout is not exactly one line", proc)
    if "--exceptions" in flags:
        m = re.search(r"^Exceptions\s+(\d+)$", proc.stdout, re.M)
        if not m:
            fail("no Exceptions line", proc)
        js = run(cmd + ["--json"])
        n = len(json.loads(js.stdout)["exceptions"])
        if int(m.group(1)) != n:
            fail(f"text says {m.group(1)} exceptions, the JSON report lists {n}", proc)
    if other_locale:
        try:
            locale.setlocale(locale.LC_ALL, other_locale)
        except locale.Error:
            if os.environ.get("BIG_TEST_LOCALE") == "required":
                fail(f"locale {other_locale} is not installed, but BIG_TEST_LOCALE=required", proc)
            print(f"locale {other_locale} is not installed: skipped")
            sys.exit(77)
        locale.setlocale(locale.LC_ALL, "C")
        other = run(cmd, other_locale, stdin)
        if other.raw_stdout != proc.raw_stdout or other.returncode != proc.returncode:
            fail(f"the output differs under LC_ALL={other_locale}:\n{other.stdout}", proc)
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1:])
