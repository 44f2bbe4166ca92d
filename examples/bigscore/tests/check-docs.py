#!/usr/bin/env python3
"""Runs the examples of docs/cli.md and compares their output.

Usage: check-docs.py CLI.md BIGSCORE SOURCE-ROOT

Every ```console block of CLI.md holds commands ("$ bigscore ...", run by
bash in SOURCE-ROOT with 'bigscore' on PATH being BIGSCORE, LC_ALL=C) each
followed by the output it prints (stdout and stderr together, in order).
A line "..." in the output stands for any number of lines. A command must
exit with 0 (bash -o pipefail; a pipe closed early by head is fine): an
example that shows a failure ends with '; echo "exit $?"'.
"""

import os
import re
import subprocess
import sys
import tempfile


def blocks(text):
    """The ```console blocks of a Markdown text, as lists of lines."""
    return [b.split("\n") for b in re.findall(r"^```console\n(.*?)^```$", text, re.S | re.M)]


def examples(lines):
    """(command, expected output lines) pairs of one block."""
    out = []
    for line in lines:
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return [(cmd, exp[:-1] if exp and exp[-1] == "" else exp) for cmd, exp in out]


def matches(expected, got):
    """Whether got (lines) matches expected (lines, "..." for any run of lines)."""
    if not expected:
        return not got
    if expected[0] == "...":
        return any(matches(expected[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and expected[0] == got[0] and matches(expected[1:], got[1:])


def main(argv):
    doc, bigscore, root = argv[1:4]
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    failed = ran = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(os.path.abspath(bigscore), os.path.join(tmp, "bigscore"))
        env = dict(os.environ, LC_ALL="C", PATH=tmp + os.pathsep + os.environ["PATH"])
        for block in blocks(text):
            for cmd, expected in examples(block):
                proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=root, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      text=True)
                got = proc.stdout.rstrip("\n").split("\n") if proc.stdout else []
                ran += 1
                # 141: a command cut short by SIGPIPE (e.g. piped into head).
                if proc.returncode not in (0, 141) or not matches(expected, got):
                    failed += 1
                    print(f"FAIL: $ {cmd}\n--- exit {proc.returncode}; expected:\n"
                          + "\n".join(expected) + "\n--- got:\n" + proc.stdout)
                else:
                    print(f"ok: $ {cmd}")
    if ran == 0:
        sys.exit(f"no examples in {doc}")
    print(f"{ran - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv)
