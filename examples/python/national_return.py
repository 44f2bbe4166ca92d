#!/usr/bin/env python3
"""The national return: reads a folder of yearly assessments of many
organisations and their collaborations, aggregates per collaboration and
nationally, and writes one CSV table, with the publication guard applied to
every anonymised figure.

    python3 examples/python/national_return.py examples/data/collab > return.csv

The folder is read recursively; every *.json file is used by its "format":
libbig.assessment (one organisation, one period; grouped by period) or
libbig.collaboration; other files are left alone. Both the example data set
(examples/data/collab/) and the synthetic one of bigsynth
(assessments/<period>/, collaborations/) have that shape.

Per period the table has, for the whole catalogue and its top-level nodes
(--depth for more):

- scope "national": the aggregate over every organisation that is not a
  collaboration (--national-method, default mean), and the distribution of
  their scores (n, min, quartiles, median, max, mean of the implementation
  score) under the publication guard: fewer than k organisations (--k,
  default 5) and the distribution is suppressed (empty fields);
- scope <collaboration id>: the collaboration's aggregate over its members
  (--method, default weakest: as strong as the weakest member; nested
  collaborations count as one member), the distribution of its members'
  scores under the same guard, and where the aggregate ranks among the
  organisations of the country (national_percentile).

An organisation enters with its effective assessment: its own results with
the delegated requirements of every collaboration it is a member of
(docs/scoring.md, "Collaborations"); --own uses the organisations' own
assessments only. Files that cannot be read are reported on stderr and left
out (exit status 1 with --strict).

Columns: period, scope, node, kind, title, organisations, missing, method,
implementation, coverage, comply_or_explain, n, suppressed, min, q1, median,
q3, max, mean, national_percentile. Numbers are written as Python writes
floats (a decimal point, whatever the locale); an empty field is a figure
that does not exist or is withheld.
"""

import argparse
import csv
import json
import os
import sys

import libbig

COLUMNS = ["period", "scope", "node", "kind", "title", "organisations", "missing", "method",
           "implementation", "coverage", "comply_or_explain", "n", "suppressed", "min", "q1",
           "median", "q3", "max", "mean", "national_percentile"]


def number(value):
    return "" if value is None else repr(value)


class Return:
    """The documents of the folder: assessments by period, collaborations."""

    def __init__(self, folder, catalogue_path, strict):
        self.errors = []
        self.documents = {"libbig.assessment": [], "libbig.collaboration": []}
        for path in sorted(self.json_files(folder)):
            try:
                with open(path, encoding="utf-8") as f:
                    kind = json.load(f).get("format")
            except (OSError, ValueError, AttributeError) as e:
                self.errors.append(f"{path}: {e}")
                continue
            if kind in self.documents:
                self.documents[kind].append(path)
        self.catalogue = self.load_catalogue(catalogue_path)
        self.by_period = {}
        for path in self.documents["libbig.assessment"]:
            a = self.load(libbig.Assessment.load_file, path)
            if a is not None:
                self.by_period.setdefault(a.period, []).append(a)
        self.collaborations = [c for c in (self.load(libbig.Collaboration.load_file, p)
                                           for p in self.documents["libbig.collaboration"])
                               if c is not None]
        self.collaboration_ids = {c.id for c in self.collaborations}
        if strict and self.errors:
            raise SystemExit("\n".join(self.errors))

    @staticmethod
    def json_files(folder):
        for parent, _, names in os.walk(folder):
            for name in names:
                if name.endswith(".json"):
                    yield os.path.join(parent, name)

    def load_catalogue(self, path):
        if path:
            return libbig.Catalogue.load_file(path)
        # The catalogue the first assessment names (id and version), built
        # into the library under the name <id>-<version>.
        for p in self.documents["libbig.assessment"]:
            with open(p, encoding="utf-8") as f:
                named = json.load(f).get("catalogue", {})
            name = "%s-%s" % (named.get("id"), named.get("version"))
            if name in libbig.builtin_names():
                return libbig.Catalogue.builtin(name)
        raise SystemExit("national_return: no built-in catalogue for the assessments; "
                         "give --catalogue")

    def load(self, loader, path):
        try:
            return loader(self.catalogue, path)
        except libbig.Error as e:
            self.errors.append(str(e))
            return None

    def effective(self, assessments):
        """Every organisation's effective assessment, by organisation id."""
        own = {a.organisation_id: a for a in assessments}
        result = {}
        for org, a in own.items():
            if org in self.collaboration_ids:
                continue
            for c in self.collaborations:
                if org in c:
                    a = c.effective_assessment(a, own.get(c.id))
            result[org] = a
        return result


def rows(ret, period, opts):
    """The rows of one period."""
    assessments = ret.by_period[period]
    organisations = ret.effective(assessments) if not opts.own else {
        a.organisation_id: a for a in assessments if a.organisation_id not in ret.collaboration_ids}
    reports = {org: a.score(rollup=opts.rollup) for org, a in organisations.items()}
    national = libbig.distribution(list(reports.values()), k=opts.k)
    nodes = [None] + [n for n in ret.catalogue if n.depth < opts.depth]

    def emit(scope, aggregate, dist):
        for node in nodes:
            key = node if node is not None else None
            scores = aggregate.overall if node is None else aggregate.scores(node)
            if scores is None or scores.applicable == 0:
                continue
            stats = (dist.overall if node is None else dist.scores(node)).implementation
            rank = None
            if scores.implementation is not None:
                try:
                    rank = national.percentile_rank(scores.implementation, key)
                except libbig.Error:  # no score, or withheld by the guard
                    rank = None
            yield {
                "period": period, "scope": scope,
                "node": "" if node is None else node.id,
                "kind": "overall" if node is None else node.kind,
                "title": ret.catalogue.title if node is None else node.title,
                "organisations": len(aggregate), "missing": " ".join(aggregate.missing),
                "method": aggregate.method, "implementation": number(scores.implementation),
                "coverage": number(scores.coverage),
                "comply_or_explain": number(scores.comply_or_explain),
                "n": stats.n, "suppressed": "true" if stats.suppressed else "false",
                "min": number(stats.min), "q1": number(stats.q1), "median": number(stats.median),
                "q3": number(stats.q3), "max": number(stats.max), "mean": number(stats.mean),
                "national_percentile": number(rank) if scope != "national" else "",
            }

    yield from emit("national", libbig.aggregate(list(organisations.values()),
                                                 method=opts.national_method,
                                                 rollup=opts.rollup), national)
    for c in ret.collaborations:
        members = [reports[m] for m in c.members if m in reports]
        if not members:
            continue
        try:
            aggregate = c.aggregate(assessments, collaborations=ret.collaborations,
                                    method=opts.method, rollup=opts.rollup)
        except libbig.Error as e:
            ret.errors.append(f"{period} {c.id}: {e}")
            continue
        yield from emit(c.id, aggregate, libbig.distribution(members, k=opts.k))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="folder with the assessments and collaborations")
    ap.add_argument("--catalogue", help="catalogue file (default: the built-in one named)")
    ap.add_argument("--k", type=int, default=5, help="publication guard (default 5)")
    ap.add_argument("--method", default="weakest", choices=libbig.aggregate_method_names(),
                    help="aggregate of a collaboration (default weakest)")
    ap.add_argument("--national-method", default="mean",
                    choices=libbig.aggregate_method_names(),
                    help="national aggregate (default mean)")
    ap.add_argument("--rollup", default="hierarchical", choices=libbig.rollup_names())
    ap.add_argument("--depth", type=int, default=1,
                    help="rows for the nodes above this depth (default 1: top-level nodes)")
    ap.add_argument("--own", action="store_true",
                    help="own assessments, without the delegated results")
    ap.add_argument("--output", help="CSV file to write (default: standard output)")
    ap.add_argument("--strict", action="store_true", help="stop at the first unreadable file")
    opts = ap.parse_args(argv)

    ret = Return(opts.folder, opts.catalogue, opts.strict)
    out = open(opts.output, "w", newline="", encoding="utf-8") if opts.output else sys.stdout
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for period in sorted(ret.by_period):
        for row in rows(ret, period, opts):
            writer.writerow(row)
            count += 1
    if out is not sys.stdout:
        out.close()
    for error in ret.errors:
        print("national_return: " + error, file=sys.stderr)
    print(f"national_return: {sum(len(v) for v in ret.by_period.values())} assessments, "
          f"{len(ret.by_period)} periods, {len(ret.collaborations)} collaborations, "
          f"{count} rows", file=sys.stderr)
    return 1 if opts.strict and ret.errors else 0


if __name__ == "__main__":
    sys.exit(main())
