#!/usr/bin/env python3
"""Regenerates examples/data/collab/ into a temporary folder with
make-collab.py and checks that every file equals the committed one.

Usage: check-collab-data.py DATA-FOLDER
"""

import subprocess
import sys
import tempfile
from pathlib import Path


def main():
    data = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(data / "make-collab.py"), tmp], check=True)
        made = sorted(p.relative_to(tmp) for p in Path(tmp).rglob("*.json"))
        committed = sorted(p.relative_to(data) for p in data.rglob("*.json"))
        if made != committed:
            sys.exit(f"files differ: generated {[str(p) for p in made]}, "
                     f"committed {[str(p) for p in committed]}")
        for rel in made:
            if (Path(tmp) / rel).read_bytes() != (data / rel).read_bytes():
                sys.exit(f"{data / rel} differs from what make-collab.py writes")
    print(f"{len(made)} files identical")


if __name__ == "__main__":
    main()
