#!/usr/bin/env python3
"""Runs the examples of README.md against the build tree.

Usage:
  check-readme.py README CC INCLUDE... -- LIBDIR ASSESSMENT
      compiles the C example with -Wall -Wextra -Werror and runs it
  check-readme.py --run LANG README -- COMMAND...
      runs the first LANG block with COMMAND FILE in the README's folder; it
      must exit 0, write nothing to stderr, and print every text that a
      "prints: TEXT" comment of the block promises, as a line of its own
  check-readme.py --shell NAME README
      runs the sh block after the line "<!-- check-readme: NAME -->" with
      bash -e in the README's folder, with the README's C, Python and PHP
      examples written there as example.c, example.py and example.php (and
      removed afterwards); it must exit 0 and print every "prints: TEXT" of
      the block and of the examples it names (used by .ci/check-install.sh
      in a fresh root: it installs)
  check-readme.py --packages README SETUP
      the README's lists of the packages the demo and the tests install are
      those of .ci/setup.sh (BIG_DEMO_PACKAGES, BIG_TEST_PACKAGES)
"""
import os
import re
import subprocess
import sys
import tempfile


def first_block(text, lang):
    blocks = re.findall(r"```" + lang + r"\n(.*?)```", text, re.S)
    return blocks[0] if blocks else None


def promises(block):
    return [p.strip() for p in re.findall(r"prints: (.*)$", block, re.M)]


def unkept(promised, stdout):
    """The promised texts that are not a line of stdout."""
    lines = {line.strip() for line in stdout.splitlines()}
    return [p for p in promised if p not in lines]


def run_shell(name, readme):
    folder = os.path.dirname(os.path.abspath(readme))
    text = open(readme, encoding="utf-8").read()
    m = re.search(r"<!-- check-readme: " + re.escape(name) + r" -->\n```sh\n(.*?)```", text, re.S)
    if not m:
        print(f"check-readme: README.md has no sh block marked {name}")
        return 1
    script = m.group(1)
    promised = promises(script)
    written = []
    try:
        for lang, ext in (("c", "c"), ("python", "py"), ("php", "php")):
            block = first_block(text, lang)
            path = os.path.join(folder, "example." + ext)
            if block is None or os.path.exists(path):
                print(f"check-readme: no {lang} example, or {path} exists already")
                return 1
            with open(path, "w", encoding="utf-8") as f:
                f.write(block)
            written.append(path)
            if re.search(r"\bexample\." + ext + r"\b", script) and ext != "c":
                promised += promises(block)
        binary = os.path.join(folder, "example")
        if os.path.exists(binary):
            print(f"check-readme: {binary} exists already")
            return 1
        written.append(binary)
        print(f"check-readme: running the block {name}:\n{script}", flush=True)
        out = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=folder,
                             stdout=subprocess.PIPE, text=True)
    finally:
        for path in written:
            if os.path.exists(path):
                os.remove(path)
    print(out.stdout, end="")
    missing = unkept(promised, out.stdout)
    if out.returncode != 0 or missing:
        print(f"check-readme: the block {name} failed: exit {out.returncode}, missing {missing}")
        return 1
    print(f"check-readme: the README's block {name} runs and prints what it promises")
    return 0


def check_packages(readme, setup):
    text = open(readme, encoding="utf-8").read()
    script = open(setup, encoding="utf-8").read()
    lists = {}
    for name in ("BIG_DEMO_PACKAGES", "BIG_TEST_PACKAGES"):
        m = re.search(name + r'="([^"]*)"', script)
        words = m.group(1).split() if m else []
        lists[name] = [w for w in words if not w.startswith("$")]
    said = {}
    for key, label in (("BIG_DEMO_PACKAGES", "- the demo only what it builds with:"),
                       ("BIG_TEST_PACKAGES", "- the tests also")):
        m = re.search(re.escape(label) + r"\s*`([^`]*)`", text)
        said[key] = m.group(1).split() if m else None
    bad = [k for k in lists if said[k] != lists[k]]
    for k in bad:
        print(f"check-readme: README.md lists {said[k]}, .ci/setup.sh {k} is {lists[k]}")
    if not bad:
        print("check-readme: the README's package lists are those of .ci/setup.sh")
    return 1 if bad or not all(lists.values()) else 0


def run_block(lang, readme, command):
    text = open(readme, encoding="utf-8").read()
    block = first_block(text, lang)
    if block is None:
        print(f"check-readme: README.md has no {lang} example")
        return 1
    promised = promises(block)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "example." + lang)
        with open(src, "w", encoding="utf-8") as f:
            f.write(block)
        out = subprocess.run(command + [src], cwd=os.path.dirname(os.path.abspath(readme)),
                             capture_output=True, text=True)
    print(out.stdout, end="")
    missing = unkept(promised, out.stdout)
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
    if args[0] == "--packages":
        return check_packages(args[1], args[2])
    if args[0] == "--shell":
        return run_shell(args[1], args[2])
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
