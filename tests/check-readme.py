#!/usr/bin/env python3
"""Compiles and runs the C example of README.md against the build tree.

Usage: check-readme.py README CC INCLUDE... -- LIBDIR ASSESSMENT
The example must compile with -Wall -Wextra -Werror and print the overall
implementation score of the assessment.
"""
import os
import re
import subprocess
import sys
import tempfile


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    readme, cc, includes = args[0], args[1], args[2:sep]
    libdir, assessment = args[sep + 1:]
    text = open(readme, encoding="utf-8").read()
    blocks = re.findall(r"```c\n(.*?)```", text, re.S)
    if not blocks:
        print("check-readme: README.md has no C example")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "example.c")
        exe = os.path.join(tmp, "example")
        with open(src, "w", encoding="utf-8") as f:
            f.write(blocks[0])
        cmd = [cc, "-std=c11", "-Wall", "-Wextra", "-Werror", src, "-o", exe]
        cmd += ["-I" + i for i in includes] + ["-L" + libdir, "-lbig"]
        # A sanitizer build's library needs the sanitizer runtimes at link time.
        cmd += os.environ.get("EXTRA_CFLAGS", "").split()
        subprocess.run(cmd, check=True)
        env = dict(os.environ, LD_LIBRARY_PATH=libdir)
        out = subprocess.run([exe, assessment], env=env, capture_output=True, text=True)
        print(out.stdout, end="")
        if out.returncode != 0 or not re.match(r"implementation 0\.\d{3}, coverage", out.stdout):
            print("check-readme: unexpected result", out.returncode, out.stderr)
            return 1
        bad = subprocess.run([exe, os.path.join(tmp, "missing.json")], env=env,
                             capture_output=True, text=True)
        if bad.returncode == 0 or "missing.json" not in bad.stderr:
            print("check-readme: a missing file must fail with its name", bad.stderr)
            return 1
    print("check-readme: the README's C example works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
