#!/usr/bin/env python3
"""Runs the examples of README.md against the build tree.

Usage:
  check-readme.py README CC INCLUDE... -- LIBDIR ASSESSMENT
      compiles the C example with -Wall -Wextra -Werror and runs it
  check-readme.py --run LANG README -- COMMAND...
      runs the first LANG block with COMMAND FILE in the README's folder; it
      must exit 0, write nothing to stderr, and print every text that a
      "prints: TEXT" comment of the block promises
"""
import os
import re
import subprocess
import sys
import tempfile


def run_block(lang, readme, command):
    text = open(readme, encoding="utf-8").read()
    blocks = re.findall(r"```" + lang + r"\n(.*?)```", text, re.S)
    if not blocks:
        print(f"check-readme: README.md has no {lang} example")
        return 1
    promised = re.findall(r"prints: (.*)$", blocks[0], re.M)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "example." + lang)
        with open(src, "w", encoding="utf-8") as f:
            f.write(blocks[0])
        out = subprocess.run(command + [src], cwd=os.path.dirname(os.path.abspath(readme)),
                             capture_output=True, text=True)
    print(out.stdout, end="")
    missing = [p for p in promised if p.strip() not in out.stdout]
    if out.returncode != 0 or out.stderr or missing or not promised:
        print(f"check-readme: the {lang} example failed: exit {out.returncode}, "
              f"stderr {out.stderr!r}, missing {missing}")
        return 1
    print(f"check-readme: the README's {lang} example prints what it promises")
    return 0


def main():
    args = sys.argv[1:]
    if args[0] == "--run":
        return run_block(args[1], args[2], args[args.index("--") + 1:])
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
