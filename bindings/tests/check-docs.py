#!/usr/bin/env python3
"""Runs every LANG code block of a Markdown file (docs/python.md with
python, docs/php.md with php) as a script in the project's root folder:
each must exit 0, write nothing to stderr, and print every text that a
"prints: TEXT" comment of the block promises. A block whose first line is
a comment containing "not run" (e.g. "# not run: needs a web server") is
skipped; there must be at least one block that runs.

Usage: check-docs.py FILE LANG -- COMMAND...   (the block's file is appended)
"""

import os
import re
import subprocess
import sys
import tempfile


def main(args):
    path, lang = args[0], args[1]
    command = args[args.index("--") + 1:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(path)))
    blocks = re.findall(r"^```" + lang + r"\n(.*?)^```", open(path, encoding="utf-8").read(),
                        re.S | re.M)
    ran = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, block in enumerate(blocks, 1):
            first = block.split("\n", 1)[0]
            if "not run" in first:
                continue
            promised = re.findall(r"prints: (.*)$", block, re.M)
            src = os.path.join(tmp, f"block{n}.{'py' if lang == 'python' else lang}")
            with open(src, "w", encoding="utf-8") as f:
                f.write(block)
            out = subprocess.run(command + [src], cwd=root, capture_output=True, text=True)
            ran += 1
            missing = [p for p in promised if p.strip() not in out.stdout]
            if out.returncode != 0 or out.stderr or missing:
                failed += 1
                print(f"check-docs: {path}, {lang} block {n} failed: exit {out.returncode}, "
                      f"stderr {out.stderr[-2000:]!r}, missing {missing}\n{out.stdout[-2000:]}")
    print(f"check-docs: {os.path.basename(path)}: {ran} {lang} blocks ran, {failed} failed")
    return 1 if failed or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
