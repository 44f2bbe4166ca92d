#!/usr/bin/env python3
"""Prints what the Python binding writes of example documents: the same
arguments and the same bytes as bindings/tests/report-json (its new form,
see there). bindings/tests/check-parity.py compares the three.

Usage: parity.py [OPTION...] CATALOGUE FILE...
(check-parity.py imports it and calls render() for each case.)
"""

import locale
import sys

import libbig


def fail(message, code=2):
    print("parity.py: " + message, file=sys.stderr)
    sys.exit(code)


def numbers(text):
    return [float(x) for x in text.split(",")] if text else []


def catalogue(arg):
    if arg.startswith("builtin:"):
        return libbig.Catalogue.builtin(arg[len("builtin:"):])
    return libbig.Catalogue.load_file(arg)


def mapping(arg):
    if arg.startswith("builtin:"):
        return libbig.Mapping.builtin(arg[len("builtin:"):])
    return libbig.Mapping.load_file(arg)


def parse(argv):
    """The options as a dict, and the positional arguments."""
    opts = {"mode": "report", "output": "json", "collaborations": [], "score": {},
            "aggregate": {}, "compact": False, "bom": False, "safe": False}
    flags = {"--csv": ("output", "csv"), "--gaps-csv": ("output", "gaps_csv"),
             "--ranking-csv": ("output", "ranking_csv"),
             "--assessment": ("output", "assessment"), "--report": ("output", "report"),
             "--fingerprint": ("output", "fingerprint"), "--ranks": ("output", "ranks"),
             "--aggregate": ("mode", "aggregate"),
             "--distribution": ("mode", "distribution"), "--compact": ("compact", True),
             "--workbook": ("mode", "workbook"),
             "--bom": ("bom", True), "--safe": ("safe", True),
             "--keep-maturity": ("keep_maturity", True), "--include-text": ("include_text", True)}
    flags_aggregate = {"--flatten": "flatten"}
    i = 0
    while i < len(argv) and argv[i].startswith("--"):
        arg = argv[i]
        name, _, value = arg.partition("=")
        if arg in flags:
            key, v = flags[arg]
            opts[key] = v
        elif arg in flags_aggregate:
            opts["aggregate"][flags_aggregate[arg]] = True
        elif name == "--compare":
            opts["mode"], opts["after"] = "compare", value
        elif name == "--effective":
            opts["mode"], opts["effective"] = "effective", value
        elif name == "--migrate":
            opts["mode"], opts["mapping"] = "migrate", value
        elif name == "--to":
            opts["to"] = value
        elif name == "--texts":
            opts["texts"] = value
        elif name == "--as-of":
            opts["as_of"] = value
        elif name == "--collaboration":
            opts["collaborations"].append(value)
        elif name in ("--profile", "--rollup", "--lang"):
            opts["score"][name[2:]] = value
            opts["aggregate"][name[2:]] = value
            if name == "--lang":
                opts["lang"] = value
        elif name == "--target":
            opts["score"]["target"] = opts["aggregate"]["target"] = int(value)
        elif name == "--method":
            opts["aggregate"]["method"] = value
        elif name == "--weight-attribute":
            opts["aggregate"]["weight_attribute"] = value
        elif name == "--weights":
            opts["aggregate"]["weights"] = numbers(value)
        elif name == "--expected-weights":
            opts["aggregate"]["expected_weights"] = numbers(value)
        elif name == "--expected":
            opts["aggregate"]["expected_members"] = value.split(",")
        elif name == "--trend":
            opts["trend"] = int(value)
        elif name == "--k":
            opts["k"] = opts["aggregate"]["k"] = int(value)
        elif name == "--locale":
            try:
                locale.setlocale(locale.LC_ALL, value)
            except locale.Error:
                fail("no locale " + value, 77)
        else:
            fail("unknown option " + arg)
        i += 1
    if len(argv) - i < 2:
        fail("usage: parity.py [OPTION...] CATALOGUE FILE...")
    return opts, argv[i], argv[i + 1:]


def write(obj, opts, csv=False):
    if csv:
        return obj.to_csv(bom=opts["bom"], safe=opts["safe"])
    return obj.to_json(compact=opts["compact"])


def run(opts, cat, assessments):
    mode, output = opts["mode"], opts["output"]
    if mode == "compare":
        after = libbig.Assessment.load_file(cat, opts["after"])
        return libbig.compare(assessments[0], after, **opts["score"]).to_json(opts["compact"])
    if mode == "aggregate":
        pool = [libbig.Collaboration.load_file(cat, p) for p in opts["collaborations"]]

        def make(some):
            if pool:
                return pool[0].aggregate(some, collaborations=pool, **opts["aggregate"])
            return libbig.aggregate(some, **opts["aggregate"])
        if "trend" in opts:
            n = opts["trend"]
            trend = libbig.trend(make(assessments[:n]), make(assessments[n:]))
            return write(trend, opts, output == "csv")
        ag = make(assessments)
        if output == "gaps_csv":
            return ag.gaps_to_csv(bom=opts["bom"], safe=opts["safe"])
        if output == "ranking_csv":
            return ag.ranking_to_csv(bom=opts["bom"], safe=opts["safe"])
        return write(ag, opts, output == "csv")
    if mode == "distribution":
        reports = [a.score(**opts["score"]) for a in assessments]
        extra = {"k": opts["k"]} if "k" in opts else {}
        d = libbig.distribution(reports, **extra)
        if output == "ranks":
            return ranks(d, reports[0], cat)
        return write(d, opts, output == "csv")
    if mode == "effective":
        c = libbig.Collaboration.load_file(cat, opts["effective"])
        own = assessments[1] if len(assessments) > 1 else None
        e = c.effective_assessment(assessments[0], own)
        if output == "report":
            return e.score(**opts["score"]).to_json(opts["compact"])
        return e.to_json(opts["compact"])
    if mode == "migrate":
        m = libbig.migrate(assessments[0], mapping(opts["mapping"]), catalogue(opts["to"]),
                           keep_maturity=opts.get("keep_maturity", False),
                           lang=opts.get("lang"))
        if output == "assessment":
            return m.assessment.to_json(opts["compact"])
        return write(m, opts, output == "csv")
    if mode == "workbook":
        texts = libbig.Texts.load_file(cat, opts["texts"]) if "texts" in opts else None
        wb = libbig.Workbook.template(cat, previous=assessments[0], lang=opts.get("lang"),
                                      texts=texts)
        if output == "assessment":
            back = libbig.Workbook()
            for i, name in enumerate(wb.sheet_names):
                back.add_csv("w-%s.csv" % name, wb.sheet_to_csv(i))
            return back.to_assessment(cat).to_json(opts["compact"])
        return "".join("== %s\n%s" % (name, wb.sheet_to_csv(i, comma=not opts["bom"]))
                       for i, name in enumerate(wb.sheet_names))
    if output == "fingerprint":
        return cat.fingerprint + "\n"
    texts = libbig.Texts.load_file(cat, opts["texts"]) if "texts" in opts else None
    report = assessments[0].score(**opts["score"], texts=texts,
                                  include_text=opts.get("include_text", False),
                                  as_of=opts.get("as_of"))
    if output == "gaps_csv":
        return report.gaps_to_csv(bom=opts["bom"], safe=opts["safe"])
    return write(report, opts, output == "csv")


def ranks(d, report, cat):
    """The percentile ranks of --ranks, as report-json.c writes them."""
    out = []
    for node in [None] + list(cat.roots):
        scores = report.overall if node is None else report.scores(node)
        for score in libbig.distribution_score_names():
            head = "%s %s " % ("overall" if node is None else node.id, score)
            value = getattr(scores, score)
            if value is None:
                out.append(head + "none\n")
                continue
            try:
                out.append(head + "%.17g\n" % d.percentile_rank(value, node, score))
            except libbig.Error as e:
                out.append(head + "error %s\n" % libbig.error_name(e.code))
    return "".join(out)


def render(argv):
    """(status, bytes) of these arguments: 0 and the output, or 1 and the message."""
    opts, cat_arg, files = parse(argv)
    try:
        cat = catalogue(cat_arg)
        assessments = [libbig.Assessment.load_file(cat, f) for f in files]
        return 0, run(opts, cat, assessments).encode("utf-8")
    except libbig.Error as e:
        return 1, f"parity.py: {e} ({e.name})\n".encode("utf-8")


def main(argv):
    status, out = render(argv)
    (sys.stdout if status == 0 else sys.stderr).buffer.write(out)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
