#!/usr/bin/env python3
"""Checks the summary at the top of `bigscore report` and its improvement
plan (docs/report.md, "The summary" and "The improvement plan"): the
summary's sentences word for word, each present only when its figure
applies, and the plan's tables (open actions per theme, overdue first,
then by due date, then catalogue order) and its list of mandatory gaps
without an action, in Dutch and English, for assessments constructed here
against a small catalogue.

Usage: check-plan.py CASE BIGSCORE SOURCE-ROOT
CASE: summary, plan
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CASE, BIGSCORE, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
TMP = tempfile.mkdtemp(prefix="check-plan-")
atexit.register(shutil.rmtree, TMP, ignore_errors=True)


def fail(msg, proc=None):
    print(f"FAIL: {msg}", file=sys.stderr)
    if proc is not None:
        print(f"--- exit status {proc.returncode}\n--- stderr\n{proc.stderr}", file=sys.stderr)
    sys.exit(1)


def run(args):
    return subprocess.run([BIGSCORE] + args, capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"), stdin=subprocess.DEVNULL)


def write(name, doc):
    path = os.path.join(TMP, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path


# Two themes; R1, R2, R3, R5 and R6 are mandatory.
CATALOGUE = write("catalogue.json", {
    "format": "libbig.catalogue", "format_version": 1, "id": "summary-test", "version": "1",
    "title": "Summary test", "language": "en",
    "nodes": [
        {"id": "T1", "kind": "chapter", "title": "Theme 1", "children": [
            {"id": "R1", "kind": "requirement", "title": "One", "mandatory": True},
            {"id": "R2", "kind": "requirement", "title": "Two", "mandatory": True},
            {"id": "R3", "kind": "requirement", "title": "Three", "mandatory": True},
            {"id": "R4", "kind": "requirement", "title": "Four"}]},
        {"id": "T2", "kind": "chapter", "title": "Theme 2", "children": [
            {"id": "R5", "kind": "requirement", "title": "Five", "mandatory": True},
            {"id": "R6", "kind": "requirement", "title": "Six", "mandatory": True},
            {"id": "R7", "kind": "requirement", "title": "Seven"},
            {"id": "R8", "kind": "requirement", "title": "Eight"},
            {"id": "R9", "kind": "requirement", "title": "Nine"},
            {"id": "R10", "kind": "requirement", "title": "Ten"}]}]})

# The same without mandatory requirements, as BIO 1.04 and the BIG are.
with open(CATALOGUE, encoding="utf-8") as f:
    _plain = json.load(f)
_plain["version"] = "plain"
for _theme in _plain["nodes"]:
    for _r in _theme["children"]:
        _r.pop("mandatory", None)
PLAIN = write("plain.json", _plain)


def assessment(name, results, assessed_on="2026-03-01", period="2026", version="1"):
    doc = {"format": "libbig.assessment", "format_version": 1,
           "catalogue": {"id": "summary-test", "version": version},
           "organisation": {"id": "GM9999", "name": "Gemeente Proef"},
           "period": period, "results": results}
    if assessed_on:
        doc["assessed_on"] = assessed_on
    return write(name, doc)


def impl(owner=None):
    return {"status": "implemented", **({"owner": owner} if owner else {})}


def status(st, owner=None):
    return {"status": st, **({"owner": owner} if owner else {})}


def action(description, st="planned", owner=None, due=None):
    out = {"description": description, "status": st}
    if owner:
        out["owner"] = owner
    if due:
        out["due"] = due
    return out


def with_actions(result, *actions):
    return {**result, "actions": list(actions)}


def exception(st, expires, owner="CISO"):
    return {"status": st, "explanation": "Reden", "expires": expires, "owner": owner}


def page(path, lang, *extra, catalogue=None):
    """The report's XML tree."""
    out = os.path.join(TMP, "report.html")
    proc = run(["report", "--catalogue", catalogue or CATALOGUE, "--lang", lang, "-o", out,
                *extra, path])
    if proc.returncode != 0:
        fail(f"bigscore report {path}", proc)
    return ET.parse(out).getroot()


def text_of(el):
    return " ".join("".join(el.itertext()).split())


def summary(path, lang, *extra, catalogue=None):
    """The sentences of the summary, in order."""
    root = page(path, lang, *extra, catalogue=catalogue)
    sections = [s for s in root.iter("section") if s.get("id") == "summary"]
    if len(sections) != 1:
        fail(f"{len(sections)} summary sections")
    main = root.find(".//main")
    if main is None or list(main)[0] is not sections[0]:
        fail("the summary is not the first section")
    nav = " ".join(a.get("href") for a in root.iter("a"))
    if not nav.startswith("#summary "):
        fail(f"the contents do not start with the summary: {nav}")
    return [text_of(p) for p in sections[0].iter("p")]


def expect(what, got, want):
    if got != want:
        fail(f"{what}:\n  got  {got!r}\n  want {want!r}")


def check_summary():
    # Mandatory R1, R2 implemented; R3 partly; R6 not; R5 properly excluded
    # (left out of the count). Gaps R3 (owned), R4 and R6 (no owner).
    # Expiring within a year of 2026-03-01, both ends included: R7 on the
    # day itself, R5 a year later; R8 a day after that is not named.
    first = assessment("first.json", {
        "R1": impl("CISO"), "R2": impl(), "R3": status("partially_implemented", "IT"),
        "R4": status("not_implemented"), "R5": exception("not_applicable", "2027-03-01"),
        "R6": status("not_implemented"), "R7": exception("risk_accepted", "2026-03-01"),
        "R8": exception("not_applicable", "2027-03-02"), "R9": impl(), "R10": impl()})
    expect("nl", summary(first, "nl"), [
        "Van de 4 verplichte maatregelen zijn er 2 geïmplementeerd (50,0%).",
        "2 van de 3 tekortkomingen hebben geen eigenaar.",
        "2 uitzonderingen verlopen binnen een jaar na de beoordeling van 2026-03-01: "
        "R7 (2026-03-01) en R5 (2027-03-01).",
        "Geen enkele tekortkoming heeft een verbeteractie."])
    expect("en", summary(first, "en"), [
        "2 of the 4 mandatory measures are implemented (50.0%).",
        "2 of the 3 gaps have no owner.",
        "2 exceptions expire within a year of the assessment on 2026-03-01: "
        "R7 (2026-03-01) and R5 (2027-03-01).",
        "None of the 3 gaps has an improvement action."])

    # One of five mandatory measures implemented; one gap without an owner;
    # five exceptions expiring, three named by date (then catalogue order);
    # one gap with an action, which is overdue.
    ones = assessment("ones.json", {
        "R1": impl("CISO"),
        "R2": with_actions(status("not_implemented", "IT"), action("Plan", due="2026-01-01")),
        "R3": status("not_implemented", "IT"), "R5": status("not_implemented", "IT"),
        "R6": status("not_implemented"), "R4": exception("not_applicable", "2026-05-01"),
        "R7": exception("not_applicable", "2026-04-01"),
        "R8": exception("risk_accepted", "2026-04-01"),
        "R9": exception("not_applicable", "2026-12-31"),
        "R10": exception("not_applicable", "2027-01-01")})
    expect("nl, singular", summary(ones, "nl"), [
        "Van de 5 verplichte maatregelen is er 1 geïmplementeerd (20,0%).",
        "1 van de 4 tekortkomingen heeft geen eigenaar.",
        "5 uitzonderingen verlopen binnen een jaar na de beoordeling van 2026-03-01: "
        "R7 (2026-04-01), R8 (2026-04-01), R4 (2026-05-01) en 2 meer.",
        "3 van de 4 tekortkomingen hebben geen verbeteractie.",
        "De open verbeteractie is op 2026-03-01 over de einddatum."])
    expect("en, singular", summary(ones, "en"), [
        "1 of the 5 mandatory measures is implemented (20.0%).",
        "1 of the 4 gaps has no owner.",
        "5 exceptions expire within a year of the assessment on 2026-03-01: "
        "R7 (2026-04-01), R8 (2026-04-01), R4 (2026-05-01) and 2 more.",
        "3 of the 4 gaps have no improvement action.",
        "The open improvement action is overdue on 2026-03-01."])

    # The previous period: R1 implemented since (+1), R3 and R6 no longer
    # (2 fewer); R2 unchanged. Every gap owned and with an action, none
    # overdue; one exception expiring.
    before = assessment("before.json", {
        "R1": status("not_implemented", "CISO"), "R2": impl("CISO"), "R3": impl("IT"),
        "R4": impl("IT"), "R6": impl("IT"), "R5": impl("IT"), "R9": impl(), "R10": impl(),
        "R7": impl(), "R8": impl()}, assessed_on="2025-03-01", period="2025")
    after = assessment("after.json", {
        "R1": impl("CISO"), "R2": impl("CISO"),
        "R3": with_actions(status("not_implemented", "IT"),
                           action("Doen", "in_progress", "IT", "2026-12-01")),
        "R4": impl("IT"), "R5": impl("IT"),
        "R6": with_actions(status("partially_implemented", "IT"), action("Afmaken")),
        "R7": exception("not_applicable", "2026-09-30"), "R8": impl(), "R9": impl(),
        "R10": impl()})
    cmp = run(["compare", "--catalogue", CATALOGUE, "--json", before, after])
    if cmp.returncode != 0:
        fail("bigscore compare", cmp)
    delta = json.loads(cmp.stdout)["overall"]["delta"]["implementation"]
    pts = fixed_points(delta)
    expect("the implementation's change (docs/report.md)", pts, "\u22125.0")
    expect("nl, trend", summary(after, "nl", "--previous", before), [
        "Van de 5 verplichte maatregelen zijn er 3 geïmplementeerd (60,0%).",
        f"Sinds 2025: 1 verplichte maatregel nieuw geïmplementeerd, 2 niet meer; "
        f"implementatie {pts.replace('.', ',')} %-punt.",
        "Elke tekortkoming heeft een eigenaar.",
        "1 uitzondering verloopt binnen een jaar na de beoordeling van 2026-03-01: "
        "R7 (2026-09-30).",
        "Elke tekortkoming heeft een verbeteractie.",
        "Geen van de 2 open verbeteracties is op 2026-03-01 over de einddatum."])
    expect("en, trend", summary(after, "en", "--previous", before), [
        "3 of the 5 mandatory measures are implemented (60.0%).",
        f"Since 2025: 1 mandatory measure newly implemented, 2 no longer; implementation {pts} pp.",
        "Every gap has an owner.",
        "1 exception expires within a year of the assessment on 2026-03-01: R7 (2026-09-30).",
        "Every gap has an improvement action.",
        "None of the 2 open improvement actions is overdue on 2026-03-01."])

    # R3 not assessed now (implemented before): not counted as lost, said apart.
    unknown = assessment("unknown.json", {
        "R1": impl("CISO"), "R2": impl("CISO"), "R4": impl("IT"), "R5": impl("IT"),
        "R6": with_actions(status("partially_implemented", "IT"), action("Afmaken")),
        "R7": exception("not_applicable", "2026-09-30"), "R8": impl(), "R9": impl(),
        "R10": impl()})
    cmp = run(["compare", "--catalogue", CATALOGUE, "--json", before, unknown])
    if cmp.returncode != 0:
        fail("bigscore compare", cmp)
    pts = fixed_points(json.loads(cmp.stdout)["overall"]["delta"]["implementation"])
    expect("nl, no longer assessed", summary(unknown, "nl", "--previous", before)[1],
           "Sinds 2025: 1 verplichte maatregel nieuw geïmplementeerd, 1 niet meer, "
           f"1 niet meer beoordeeld; implementatie {pts.replace('.', ',')} %-punt.")
    expect("en, no longer assessed", summary(unknown, "en", "--previous", before)[1],
           "Since 2025: 1 mandatory measure newly implemented, 1 no longer, "
           f"1 no longer assessed; implementation {pts} pp.")

    # A catalogue without mandatory requirements (BIO 1.04, the BIG): every
    # measure counts, and the sentences do not call them mandatory.
    def plain(name, doc, **kw):
        with open(doc, encoding="utf-8") as f:
            d = json.load(f)
        d["catalogue"]["version"] = "plain"
        return write(name, d)
    p_before, p_after = plain("p-before.json", before), plain("p-after.json", after)
    cmp = run(["compare", "--catalogue", PLAIN, "--json", p_before, p_after])
    if cmp.returncode != 0:
        fail("bigscore compare (plain)", cmp)
    pts = fixed_points(json.loads(cmp.stdout)["overall"]["delta"]["implementation"])
    expect("nl, plain", summary(p_after, "nl", "--previous", p_before, catalogue=PLAIN)[:2], [
        "Van de 9 maatregelen zijn er 7 geïmplementeerd (77,8%).",
        f"Sinds 2025: 1 maatregel nieuw geïmplementeerd, 3 niet meer; "
        f"implementatie {pts.replace('.', ',')} %-punt."])
    expect("en, plain", summary(p_after, "en", "--previous", p_before, catalogue=PLAIN)[:2], [
        "7 of the 9 measures are implemented (77.8%).",
        f"Since 2025: 1 measure newly implemented, 3 no longer; implementation {pts} pp."])

    # A U+202E (right-to-left override) in the previous period stays inside
    # its <bdi>: it does not reverse the rest of the sentence.
    rlo = assessment("rlo.json", {
        "R1": status("not_implemented", "CISO"), "R2": impl("CISO"), "R3": impl("IT"),
        "R4": impl("IT"), "R6": impl("IT"), "R5": impl("IT"), "R9": impl(), "R10": impl(),
        "R7": impl(), "R8": impl()}, assessed_on="2025-03-01", period="2025\u202e<x>")
    root = page(after, "nl", "--previous", rlo)
    para = next(p for s in root.iter("section") if s.get("id") == "summary"
                for p in s.iter("p") if text_of(p).startswith("Sinds"))
    bdis = [(b.text, b.tail) for b in para.iter("bdi")]
    if not bdis or bdis[0][0] != "2025\u202e<x>" or not (para.text or "").startswith("Sinds"):
        fail(f"the previous period is not isolated in a <bdi>: {ET.tostring(para)!r}")

    # A previous period longer than the report keeps (63 bytes) is cut at a
    # character, not inside one: the page stays UTF-8 (ET.parse would fail).
    long = assessment("long.json", {
        "R1": status("not_implemented", "CISO"), "R2": impl("CISO"), "R3": impl("IT"),
        "R4": impl("IT"), "R6": impl("IT"), "R5": impl("IT"), "R9": impl(), "R10": impl(),
        "R7": impl(), "R8": impl()}, assessed_on="2025-03-01", period="\u00e9" * 100)
    root = page(after, "nl", "--previous", long)
    para = next(p for s in root.iter("section") if s.get("id") == "summary"
                for p in s.iter("p") if text_of(p).startswith("Sinds"))
    cut = [b.text for b in para.iter("bdi")][0]
    if cut != "\u00e9" * 31:
        fail(f"the long previous period is not cut at a character: {cut!r}")

    # One gap, without an owner, with one open action that is not late.
    only = assessment("only.json", {r: impl("IT") for r in (
        "R1", "R2", "R3", "R4", "R5", "R7", "R8", "R9", "R10")} | {
        "R6": with_actions(status("not_implemented"), action("Doen", due="2026-12-31"))})
    expect("nl, the only gap", summary(only, "nl")[1:], [
        "De enige tekortkoming heeft geen eigenaar.",
        "Elke tekortkoming heeft een verbeteractie.",
        "De open verbeteractie is op 2026-03-01 niet over de einddatum."])
    expect("en, the only gap", summary(only, "en")[1:], [
        "The only gap has no owner.",
        "Every gap has an improvement action.",
        "The open improvement action is not overdue on 2026-03-01."])

    # Nothing short, no assessment date: no gap, no expiry sentence.
    clean = assessment("clean.json", {r: impl() for r in (
        "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10")}, assessed_on=None)
    expect("nl, clean", summary(clean, "nl"), [
        "Van de 5 verplichte maatregelen zijn er 5 geïmplementeerd (100,0%).",
        "Er zijn geen tekortkomingen."])
    expect("en, clean", summary(clean, "en"), [
        "5 of the 5 mandatory measures are implemented (100.0%).",
        "There are no gaps."])


PLAN_HEADS = {
    "nl": ["Eis", "Titel", "Verbeteractie", "Eigenaar", "Einddatum", "Status"],
    "en": ["Requirement", "Title", "Improvement action", "Owner", "Due", "Status"]}
WORDS = {"nl": {"planned": "gepland", "in_progress": "in uitvoering", "late": "te laat"},
         "en": {"planned": "planned", "in_progress": "in progress", "late": "overdue"}}


def plan(path, lang, *extra, catalogue=None):
    """{h3: [[cells]]} of the plan's tables, and the text of its paragraphs."""
    root = page(path, lang, *extra, catalogue=catalogue)
    sections = [s for s in root.iter("section") if s.get("id") == "plan"]
    if len(sections) != 1:
        fail(f"{len(sections)} plan sections")
    nav = [a.get("href") for a in root.iter("a")]
    if nav.index("#plan") != nav.index("#gaps") + 1:
        fail(f"the plan does not follow the gaps in the contents: {nav}")
    tables, heading = {}, None
    for el in sections[0].iter():
        if el.tag == "h3":
            heading = text_of(el)
        elif el.tag == "table":
            heads = [text_of(th) for th in el.find("thead").iter("th")]
            expect(f"{lang}: the plan's columns", heads, PLAN_HEADS[lang])
            tables[heading] = [[text_of(c) for c in tr] for tr in el.find("tbody")]
            flagged = [tr.get("class") == "flagged" for tr in el.find("tbody")]
            late = [WORDS[lang]["late"] in text_of(tr) for tr in el.find("tbody")]
            expect(f"{lang}: overdue rows flagged", flagged, late)
    return tables, [text_of(p) for p in sections[0].findall("p")]


def check_plan():
    # assessed_on 2026-03-01. Open actions: R1 (implemented, still planned),
    # R3 (one overdue, one without a date), R6 (overdue), R7; R2's only
    # action is done, so R2 is without one, as are R4 (not mandatory: not
    # listed) and R5.
    doc = assessment("plan.json", {
        "R1": with_actions(impl(), action("Evalueren", owner="IT", due="2026-06-01")),
        "R2": with_actions(status("not_implemented", "CISO"),
                           action("Beleid schrijven", "done", due="2025-12-01")),
        "R3": with_actions(status("partially_implemented"),
                           action("Back-ups testen", "in_progress", "IT-beheer", "2026-02-01"),
                           action("Herstelplan")),
        "R4": status("not_implemented"), "R5": status("not_implemented"),
        "R6": with_actions(status("not_implemented"),
                           action("Toegang regelen", owner="Facilitair", due="2026-01-15")),
        "R7": with_actions(status("not_implemented"), action("Inventariseren", due="2026-04-01")),
        "R8": impl(), "R9": impl(), "R10": impl()})
    for lang in ("nl", "en"):
        w = WORDS[lang]
        tables, notes = plan(doc, lang)
        expect(f"{lang}: the plan", tables, {
            "T1 Theme 1": [
                ["R3", "Three", "Back-ups testen", "IT-beheer", f"2026-02-01 ({w['late']})",
                 w["in_progress"]],
                ["R1", "One", "Evalueren", "IT", "2026-06-01", w["planned"]],
                ["R3", "Three", "Herstelplan", "—", "—", w["planned"]]],
            "T2 Theme 2": [
                ["R6", "Six", "Toegang regelen", "Facilitair", f"2026-01-15 ({w['late']})",
                 w["planned"]],
                ["R7", "Seven", "Inventariseren", "—", "2026-04-01", w["planned"]]]})
        label = {"nl": "Zonder verbeteractie (verplichte eisen):",
                 "en": "Without an improvement action (mandatory requirements):"}[lang]
        expect(f"{lang}: without an action", notes[-1], f"{label} R2 Two; R5 Five.")
    expect("nl: the summary", summary(doc, "nl")[-2:], [
        "3 van de 6 tekortkomingen hebben geen verbeteractie.",
        "2 van de 5 open verbeteracties zijn op 2026-03-01 over de einddatum."])
    # --date moves the reference: R7 (2026-04-01) is overdue on 2026-05-01.
    expect("en: the summary with --date", summary(doc, "en", "--date", "2026-05-01")[-2:], [
        "3 of the 6 gaps have no improvement action.",
        "3 of the 5 open improvement actions are overdue on 2026-05-01."])
    tables, _ = plan(doc, "en", "--date", "2026-05-01")
    expect("en: overdue first with --date", [r[0] for r in tables["T2 Theme 2"]], ["R6", "R7"])
    expect("en: R7 overdue with --date", tables["T2 Theme 2"][1][4], "2026-04-01 (overdue)")

    # Text from the input is escaped (the page parses as XML), control
    # characters become U+FFFD.
    hostile = assessment("hostile.json", {"R1": with_actions(
        status("not_implemented"), action("<script>&\u0001\"'", owner="<b>IT</b>"))})
    tables, _ = plan(hostile, "en")
    expect("escaped", tables["T1 Theme 1"][0][2:4], ["<script>&\ufffd\"'", "<b>IT</b>"])

    # No open action: the plan says so and lists every mandatory gap.
    none = assessment("none.json", {"R1": impl(), "R2": status("not_implemented")})
    tables, notes = plan(none, "nl")
    expect("no actions: tables", tables, {})
    expect("no actions: notes", notes[-2:], [
        "Er zijn geen open verbeteracties.",
        "Zonder verbeteractie (verplichte eisen): R2 Two; R3 Three; R5 Five; R6 Six."])

    # A catalogue without mandatory requirements: no list of mandatory gaps.
    bare = assessment("bare.json", {"R1": impl(), "R2": status("not_implemented")},
                      version="plain")
    _, notes = plan(bare, "en", catalogue=PLAIN)
    expect("no mandatory: notes", notes, [
        "The open improvement actions (planned or in progress) per theme: overdue ones "
        "first, then by due date, then in the order of the catalogue.",
        "There are no open improvement actions."])


def fixed_points(v):
    """A change of a fraction in points, one decimal, rounded half up, signed."""
    units = int(abs(v) * 1000.0 + 0.5)
    text = f"{units // 10}.{units % 10}"
    return text if units == 0 else ("\u2212" if v < 0 else "+") + text


CASES = {"summary": check_summary, "plan": check_plan}

if __name__ == "__main__":
    CASES[CASE]()
    print(f"{CASE}: ok")
