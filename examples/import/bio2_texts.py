#!/usr/bin/env python3
"""Turns the official BIO2 1.3 measures (Markdown) into a libbig.texts overlay.

Usage: bio2_texts.py MAATREGELEN.md [-o OUT.json] [--catalogue-id ID]
                     [--catalogue-version V] [--fingerprint FP]
                     [--source TEXT] [--licence TEXT]

MAATREGELEN.md is part 2 of the BIO2 1.3, the public repository's
docs/maatregelen/index.md (../shared/reference/third-party/
bio2_v13_maatregelen.md in the project's tree). It is flat: after a preamble
(a disclaimer and the heading "DEEL 2"), one second-level heading per
measure number ("## 5.01.01") followed by its text. The themes and controls
have no heading of their own, and no measure has a title: the overlay gives
the text of every measure in force, keyed by its number, which is its node
id in the built-in catalogue bio2-1.3, and no titles.

An entry whose whole text is one of the sentences that say there is no
measure is not a measure in force and is left out, and counted on stderr:
"Geen overheidsmaatregel, zie inleiding …" (the control is assessed itself,
by the text of ISO/IEC 27002, which is not in this file), "Verplaatst naar
X." and "Zie overheidsmaatregel X." (moved; the text is under X), and
"Vervallen." (withdrawn). Any other heading or entry that cannot be read is
an error, never skipped silently.

The text is kept as written, with the Markdown's HTML line breaks turned
into line feeds ("<br><br>" ends a paragraph: an empty line), trailing
white space removed from each line and list markers ("-  ", "1. ") kept.
The output is stable: the entries in the order of the file, members in a
fixed order, UTF-8, two-space indentation and a final line feed.

Exit status: 0 success, 1 an input that is not the BIO2 measures, 2 usage
error, 3 a file cannot be read or written. See docs/importing.md.
"""

import argparse
import json
import re
import sys

PROG = "bio2_texts.py"
MEASURE = re.compile(r"[5-8]\.\d\d\.\d\d")
NO_MEASURE = re.compile(r"Geen overheidsmaatregel, zie inleiding deel 2 BIO-overheidsmaatregelen\.")
MOVED = re.compile(r"(?:Verplaatst naar|Zie overheidsmaatregel) ([5-8]\.\d\d\.\d\d)\.")
WITHDRAWN = re.compile(r"Vervallen\.")


class InputError(Exception):
    """The input is not the BIO2 measures as this importer knows them."""


def clean(body):
    """The text of one entry: <br> as line feeds, lines without trailing space."""
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>[ \t]*\n?", "\n\n", body)
    text = re.sub(r"<br\s*/?>[ \t]*\n?", "\n", text)
    if "<" in text and re.search(r"<[a-zA-Z/][^>]*>", text):
        raise InputError(f"an HTML element other than <br>: {text[:60]!r}")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def entries(markdown):
    """(number, text) of each "## NUMBER" section, in the order of the file."""
    parts = re.split(r"^(#{1,6})[ \t]*(.*?)[ \t]*$", markdown, flags=re.M)
    out, seen = [], set()
    for i in range(1, len(parts), 3):
        level, heading, body = parts[i], parts[i + 1], parts[i + 2]
        if level == "#":
            continue  # the title of part 2; its text is the preamble
        if level != "##" or not MEASURE.fullmatch(heading):
            raise InputError(f"heading {level} {heading!r} is not a measure number")
        if heading in seen:
            raise InputError(f"{heading}: given twice")
        seen.add(heading)
        text = clean(body)
        if not text:
            raise InputError(f"{heading}: no text")
        out.append((heading, text))
    if not out:
        raise InputError("no measure (## 5.01.01 …) found")
    return out


def overlay(markdown, catalogue_id, catalogue_version, source, licence, fingerprint=""):
    """The libbig.texts document, and the counts of what was left out."""
    texts, left_out = {}, {"no measure": 0, "moved": 0, "withdrawn": 0}
    for number, text in entries(markdown):
        if NO_MEASURE.fullmatch(text):
            left_out["no measure"] += 1
        elif MOVED.fullmatch(text):
            left_out["moved"] += 1
        elif WITHDRAWN.fullmatch(text):
            left_out["withdrawn"] += 1
        else:
            texts[number] = {"text": text}
    catalogue = {"id": catalogue_id, "version": catalogue_version}
    if fingerprint:
        catalogue["fingerprint"] = fingerprint
    doc = {
        "format": "libbig.texts",
        "format_version": 1,
        "catalogue": catalogue,
        "language": "nl",
        "source": source,
    }
    if licence:
        doc["licence"] = licence
    doc["texts"] = texts
    return doc, left_out


def main(argv):
    p = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n")[0])
    p.add_argument("markdown", help="bio2_v13_maatregelen.md (docs/maatregelen/index.md)")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--catalogue-id", default="bio2")
    p.add_argument("--catalogue-version", default="1.3")
    p.add_argument("--fingerprint", default="",
                   help="the catalogue's content fingerprint (bigscore catalogues shows it); "
                   "the overlay then loads over that content only")
    p.add_argument("--source", default="BIO2 1.3 (9 January 2026), part 2, "
                   "the measures (docs/maatregelen/index.md)")
    p.add_argument("--licence", default="", help="the licence of the texts (default: none given)")
    args = p.parse_args(argv)
    try:
        with open(args.markdown, encoding="utf-8") as f:
            markdown = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"{PROG}: {args.markdown}: {e}", file=sys.stderr)
        return 3
    try:
        doc, left_out = overlay(markdown, args.catalogue_id, args.catalogue_version,
                                args.source, args.licence, args.fingerprint)
    except InputError as e:
        print(f"{PROG}: {args.markdown}: {e}", file=sys.stderr)
        return 1
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        else:
            sys.stdout.write(text)
    except OSError as e:
        print(f"{PROG}: {args.output}: {e}", file=sys.stderr)
        return 3
    print(f"{PROG}: {len(doc['texts'])} measures with a text; left out: "
          f"{left_out['no measure']} without a measure, {left_out['moved']} moved, "
          f"{left_out['withdrawn']} withdrawn", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
