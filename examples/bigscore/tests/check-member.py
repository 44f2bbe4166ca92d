#!/usr/bin/env python3
"""Checks a member seen through its collaboration (issue 20, items 4 and 5).

Usage: check-member.py CASE BIGSCORE SOURCE-ROOT
CASE:
  profile      aggregate (and aggregate --distribution) over members assessed
               under different profiles names them, and the CLI says how to
               choose one
  score        score --collaboration gives the member's figure in the
               collaboration's aggregate; gap --collaboration leaves out the
               delegated requirement the collaboration implemented (5.14.05)
  report       report --collaboration: key figures and gap list are the
               effective assessment's (score --collaboration's), the
               Verantwoording says so; --texts and --date reach it; with
               --previous the trend compares effective with effective
  silent       a collaboration assessment silent on a delegated requirement
               the member answered: a warning on stderr
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CASE, BIGSCORE, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
COLLAB = os.path.join(ROOT, "examples", "data", "collab")
Y2025 = os.path.join(COLLAB, "2025")


def fail(msg, proc=None):
    print(f"FAIL: {msg}", file=sys.stderr)
    if proc is not None:
        print(f"--- exit {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}",
              file=sys.stderr)
    sys.exit(1)


def run(args, status=0):
    proc = subprocess.run([BIGSCORE] + args, capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"), stdin=subprocess.DEVNULL)
    if proc.returncode != status:
        fail(f"bigscore {' '.join(args)}: exit {proc.returncode}, expected {status}", proc)
    return proc


def expect(what, got, want):
    if got != want:
        fail(f"{what}: got {got!r}, expected {want!r}")


def copy_2025(d, orgs, changed, change):
    """Copies the 2025 assessments of @orgs to @d, with @change applied to @changed's."""
    for org in orgs:
        shutil.copy(os.path.join(Y2025, org + ".json"), d)
    path = os.path.join(d, changed + ".json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    change(doc)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)


def case_profile():
    with tempfile.TemporaryDirectory() as d:
        copy_2025(d, ("GM9901", "GM9902"), "GM9902", lambda doc: doc.pop("profile"))
        proc = run(["aggregate", d], status=1)
        expect("stderr", proc.stderr,
               'bigscore: GM9902 has no profile, GM9901 uses "alles": name one in the options '
               "(profile)\nbigscore: choose the profile to count with --profile ID\n")
        run(["aggregate", "--profile", "alles", d])
        # the distribution over the organisations says the same
        proc = run(["aggregate", "--distribution", d], status=1)
        expect("stderr", proc.stderr,
               'bigscore: GM9902 has no profile, GM9901 uses "alles": name one in the options '
               "(profile)\nbigscore: choose the profile to count with --profile ID\n")


SV0001 = os.path.join(COLLAB, "SV0001.json")
GM9901 = os.path.join(Y2025, "GM9901.json")


def gap_ids(args):
    return [g["id"] for g in json.loads(run(["gap", "--json"] + args).stdout)["gaps"]]


def case_score():
    own = json.loads(run(["score", "--json", GM9901]).stdout)["overall"]
    eff = json.loads(run(["score", "--json", "--collaboration", SV0001, GM9901]).stdout)["overall"]
    ag = json.loads(run(["aggregate", "--json", "--collaboration", SV0001, Y2025]).stdout)
    member = [m for m in ag["members"] if m["id"] == "GM9901"][0]
    expect("effective implementation", eff["implementation"], member["overall"]["implementation"])
    expect("effective implementation", eff["implementation"], 0.8100651071239306)
    if own["implementation"] == eff["implementation"]:
        fail("the own and the effective figures are the same")
    # 5.14.05 is delegated (5.14), implemented by SV0001, not by GM9901
    if "5.14.05" not in gap_ids([GM9901]):
        fail("5.14.05 is not a gap of GM9901's own assessment")
    if "5.14.05" in gap_ids(["--collaboration", SV0001, GM9901]):
        fail("5.14.05 is a gap of GM9901's effective assessment")
    proc = run(["score", "--members", Y2025, GM9901], status=2)
    expect("usage", proc.stderr.splitlines()[0],
           "bigscore: --members and --collaborations need --collaboration")


def section_text(html, sid):
    i = html.index(f'<section id="{sid}"')
    return html[i:html.index("</section>", i)]


def key_figure(html):
    sec = re.sub(r"<[^>]+>", " ", section_text(html, "key"))
    return re.search(r"Implementatie\s+([0-9,]+%)", sec)[1]


def case_report():
    with tempfile.TemporaryDirectory() as d:
        own_html, eff_html = os.path.join(d, "own.html"), os.path.join(d, "eff.html")
        run(["report", GM9901, "-o", own_html])
        run(["report", "--collaboration", SV0001, GM9901, "-o", eff_html])
        with open(own_html, encoding="utf-8") as f:
            own = f.read()
        with open(eff_html, encoding="utf-8") as f:
            eff = f.read()
    text = run(["score", "--collaboration", SV0001, GM9901]).stdout
    want = re.search(r"^Implementation +([0-9.]+%)$", text, re.M)[1].replace(".", ",")
    expect("key figure", key_figure(eff), want)
    expect("own key figure", key_figure(own), "71,1%")
    if "5.14.05" not in section_text(own, "gaps"):
        fail("5.14.05 is not among the gaps of the own report")
    for sid in ("gaps", "summary", "plan"):
        if "5.14.05" in section_text(eff, sid):
            fail(f"5.14.05 is in the section {sid} of the report --collaboration")
    method = re.sub(r"<[^>]+>", " ", section_text(eff, "method"))
    if not re.search(r"Cijfers\s+de effectieve beoordeling", method):
        fail("the Verantwoording does not say the figures are the effective assessment's")
    case_report_options()
    case_report_trend()


def case_report_trend():
    """--previous with --collaboration: effective against effective."""
    previous = os.path.join(COLLAB, "2024", "GM9901.json")
    with tempfile.TemporaryDirectory() as d:
        html = os.path.join(d, "eff.html")
        run(["report", "--collaboration", SV0001, "--previous", previous, GM9901, "-o", html])
        with open(html, encoding="utf-8") as f:
            eff = f.read()

    def words(sid):
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", section_text(eff, sid)))

    # the own assessments moved +6.3 points (71.1% now)
    if "81,0% +6,4 %-punt t.o.v. 2024" not in words("key"):
        fail("key figures: not the effective change 74.6% -> 81.0%")
    if "Totaal 74,6% 81,0% +6,4 %-punt" not in words("trend"):
        fail("trend: not the effective assessments of 2024 and 2025")
    if "implementatie +6,4 %-punt" not in words("summary"):
        fail("summary: not the effective change")

    # The previous period sets a target, the current one does not (as the
    # demo's synthetic data do): the report compares under its own target.
    with tempfile.TemporaryDirectory() as d:
        for f in os.listdir(os.path.join(COLLAB, "2024")):
            shutil.copy(os.path.join(COLLAB, "2024", f), d)
        old = os.path.join(d, "GM9901.json")
        with open(old, encoding="utf-8") as f:
            doc = json.load(f)
        doc["target"] = 2 if doc.get("target") == 3 else 3
        with open(old, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        run(["report", "--collaboration", SV0001, "--previous", old, GM9901,
             "-o", os.path.join(d, "t.html")])


def case_report_options():
    """--texts and --date reach the effective assessment's report too."""
    gap = gap_ids(["--collaboration", SV0001, GM9901])[0]
    orgs = [f[:-5] for f in os.listdir(Y2025) if re.fullmatch(r"(GM|SV)[0-9]+\.json", f)]

    def add_action(doc):
        doc["results"][gap]["actions"] = [{"description": "Achterstallige actie XYZ",
                                           "due": "2026-01-01", "status": "planned"}]

    with tempfile.TemporaryDirectory() as d:
        copy_2025(d, orgs, "GM9901", add_action)
        member = os.path.join(d, "GM9901.json")
        texts = os.path.join(d, "texts.json")
        with open(texts, "w", encoding="utf-8") as f:
            json.dump({"format": "libbig.texts", "format_version": 1,
                       "catalogue": {"id": "bio2", "version": "1.2"}, "language": "nl",
                       "texts": {gap: {"title": "Eigen titel XYZ"}}}, f)
        html = os.path.join(d, "eff.html")
        run(["report", "--collaboration", SV0001, "--texts", texts, "--date", "2026-06-01",
             member, "-o", html])
        with open(html, encoding="utf-8") as f:
            eff = f.read()
    if "Eigen titel XYZ" not in section_text(eff, "gaps"):
        fail(f"--texts: the overlay's title of {gap} is not in the gap list")
    plan = section_text(eff, "plan")
    row = plan[plan.rindex("<tr", 0, plan.index("Achterstallige actie XYZ")):]
    if not row.startswith('<tr class="flagged">'):
        fail("--date: the action due 2026-01-01 is not overdue on 2026-06-01")


def case_silent():
    with tempfile.TemporaryDirectory() as d:
        copy_2025(d, ("GM9901", "SV0001"), "SV0001", lambda doc: doc["results"].pop("5.14.05"))
        member = os.path.join(d, "GM9901.json")
        proc = run(["score", "--collaboration", SV0001, member])
        status = json.load(open(member, encoding="utf-8"))["results"]["5.14.05"]["status"]
        expect("stderr", proc.stderr,
               f'warning: {member}: $.results["5.14.05"]: the assessment of collaboration '
               'SV0001 has no '
               "result for delegated requirement 5.14.05: the member's own result "
               f"({status}) is not used, the requirement counts as not_assessed\n")


CASES = {"profile": case_profile, "score": case_score, "report": case_report,
         "silent": case_silent}
CASES[CASE]()
