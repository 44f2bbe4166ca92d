/*
 * libbig — Python 3 niceties (included at the end of ../libbig.i, after the classes):
 * __repr__, __len__, __iter__, __contains__, __eq__/__hash__, and the
 * functions that take options as keyword arguments (aggregate(),
 * distribution(), migrate(), Collaboration.aggregate()), which pass them on
 * as a dict to the wrappers of options.i.
 *
 * SPDX-License-Identifier: MIT
 */

%pythoncode %{
Error = _libbig.Error
__version__ = _libbig.version()
%}

%extend big_swig_collaboration {
	%pythoncode %{
	def aggregate(self, assessments, **options):
	    """aggregate(assessments, *, method='weakest', weight_attribute=None,
	                 rollup='hierarchical', target=None, profile=None, lang=None,
	                 collaborations=()) -> Aggregate

	    Aggregates the collaboration over its members (docs/scoring.md,
	    "Aggregating a collaboration"). Every member is looked up by id: first
	    among collaborations (a nested collaboration, aggregated in turn), then
	    among the organisations of assessments (at most one per organisation),
	    where it enters with its effective assessment; this collaboration's own
	    assessment, if it is among them, supplies the delegated results. A
	    member found nowhere is missing and counts as not_assessed. lang is
	    the language of the node titles in the aggregate's outputs.
	    weighted_mean weighs by the member weights of the documents, or by
	    the organisation attribute weight_attribute. Error EDUPLICATE for two
	    assessments of one organisation, ESCHEMA for a cycle of collaborations.
	    """
	    return self._aggregate(assessments, options)
	%}
}

%pythoncode %{
def _same(cls):
    """== and hash() by the C object a view shows (a node, a profile)."""
    cls.__eq__ = lambda self, other: (int(self.this) == int(other.this)
                                      if isinstance(other, cls) else NotImplemented)
    cls.__ne__ = lambda self, other: (int(self.this) != int(other.this)
                                      if isinstance(other, cls) else NotImplemented)
    cls.__hash__ = lambda self: hash(int(self.this))


_same(Node)
_same(Profile)
Catalogue.__iter__ = lambda self: (self.node(i) for i in range(len(self)))
Collaboration.__iter__ = lambda self: iter(self.members)
Collaboration.__contains__ = lambda self, organisation_id: (
    isinstance(organisation_id, str) and self.has_member(organisation_id))
Aggregate.__iter__ = lambda self: iter(self.members)
Diagnostic.__str__ = lambda self: "%s: %s" % (self.severity, self.message)

Catalogue.__repr__ = lambda self: "<libbig.Catalogue %s %s %r>" % (
    self.id, self.version, self.title)
Node.__repr__ = lambda self: "<libbig.Node %s %r>" % (self.id, self.title)
Assessment.__repr__ = lambda self: "<libbig.Assessment %s %s>" % (
    self.organisation_id, self.period)
Result.__repr__ = lambda self: "<libbig.Result %s %s>" % (self.id, self.status)
Report.__repr__ = lambda self: "<libbig.Report %s target=%d%s implementation=%r>" % (
    self.rollup, self.target, "" if self.profile is None else " profile=" + self.profile.id,
    self.overall.implementation)
Scores.__repr__ = lambda self: (
    "<libbig.Scores implementation=%r maturity_mean=%r attained_level=%r coverage=%r "
    "comply_or_explain=%r applicable=%d>" % (
        self.implementation, self.maturity_mean, self.attained_level, self.coverage,
        self.comply_or_explain, self.applicable))
Gap.__repr__ = lambda self: "<libbig.Gap %s %s size=%r>" % (
    self.id, "+".join(self.kinds), self.size)
ExceptionEntry.__repr__ = lambda self: "<libbig.ExceptionEntry %s %s expires=%s>" % (
    self.id, self.status, self.expires)
Diagnostic.__repr__ = lambda self: "<libbig.Diagnostic %s %s %s>" % (
    self.severity, self.code, self.path)
Profile.__repr__ = lambda self: "<libbig.Profile %s %r>" % (self.id, self.title)
Criterion.__repr__ = lambda self: "<libbig.Criterion %s level=%d>" % (self.id, self.level)
Tag.__repr__ = lambda self: "<libbig.Tag %s %r>" % (self.id, self.label)
Attainment.__repr__ = lambda self: "<libbig.Attainment %s requirements=%d complied=%d%s>" % (
    self.id, self.requirements, self.complied, " attained" if self.attained else "")
Mapping.__repr__ = lambda self: "<libbig.Mapping %s %s %s -> %s %s>" % (
    self.id, self.source_id, self.source_version, self.target_id, self.target_version)
MappingEntry.__repr__ = lambda self: "<libbig.MappingEntry %s %s %s>" % (
    self.source, self.relationship, self.target)
Comparison.__repr__ = lambda self: "<libbig.Comparison %s flat_delta=%r>" % (
    self.before.rollup, self.flat_delta)
Delta.__repr__ = lambda self: (
    "<libbig.Delta implementation=%r maturity_mean=%r coverage=%r comply_or_explain=%r "
    "applicable=%d>" % (self.implementation, self.maturity_mean, self.coverage,
                        self.comply_or_explain, self.applicable))
Contribution.__repr__ = lambda self: "<libbig.Contribution %s %s -> %s contribution=%r>" % (
    self.id, self.before, self.after, self.contribution)
Collaboration.__repr__ = lambda self: "<libbig.Collaboration %s %r policy=%s members=%d>" % (
    self.id, self.name, self.policy, len(self))
Aggregate.__repr__ = lambda self: "<libbig.Aggregate%s %s members=%d implementation=%r>" % (
    "" if self.id is None else " " + self.id, self.method, len(self),
    self.overall.implementation)
AggregateMember.__repr__ = lambda self: "<libbig.AggregateMember %s weight=%r%s%s>" % (
    self.id, self.weight, " missing" if self.missing else "",
    " nested" if self.nested is not None else "")
AggregateScores.__repr__ = lambda self: (
    "<libbig.AggregateScores implementation=%r maturity_mean=%r attained_level=%r "
    "coverage=%r comply_or_explain=%r n=%d applicable=%d>" % (
        self.implementation, self.maturity_mean, self.attained_level, self.coverage,
        self.comply_or_explain, self.n, self.applicable))
Distribution.__repr__ = lambda self: "<libbig.Distribution count=%d k=%d>" % (len(self), self.k)
DistributionScores.__repr__ = lambda self: (
    "<libbig.DistributionScores implementation=%r coverage=%r comply_or_explain=%r>" % (
        self.implementation, self.coverage, self.comply_or_explain))
Statistics.__repr__ = lambda self: (
    "<libbig.Statistics n=%d min=%r q1=%r median=%r q3=%r max=%r mean=%r>" % (
        self.n, self.min, self.q1, self.median, self.q3, self.max, self.mean)
    if self.available else
    "<libbig.Statistics n=%d%s>" % (self.n, " suppressed" if self.suppressed else ""))
Migration.__repr__ = lambda self: (
    "<libbig.Migration migrated=%d review=%d unmapped_targets=%d unmapped_sources=%d>" % (
        self.migrated_count, self.review_count, len(self.unmapped_targets),
        len(self.unmapped_sources)))
MigrationOrigin.__repr__ = lambda self: "<libbig.MigrationOrigin %s %s via %s%s%s>" % (
    self.source, self.relationship, self.via, " chosen" if self.chosen else "",
    " capped" if self.capped else "")
DocumentHead.__repr__ = lambda self: "<libbig.DocumentHead %s %s %s>" % (
    self.format, self.catalogue_id, self.catalogue_version)
%}

/*
 * Every proxy class (a new one too) refuses pickle, copy.copy() and
 * copy.deepcopy(): the object is a C object of libbig (SWIG's default
 * reduction fails on it, and copy.copy() would share it under a new proxy);
 * and setting thisown, which would let a script free a C object that
 * another object still reads (libbig decides that).
 */
%pythoncode %{
def _refuse(verb):
    def refuse(self, *args):
        how = "save it with to_json()" if hasattr(self, "to_json") else "keep the document it came from"
        raise TypeError("cannot %s 'libbig.%s' object: it holds a C object; %s" % (
            verb, type(self).__name__, how))
    return refuse


def _keep_owner(setattr_):
    def setattr_checked(self, name, value):
        if name == "thisown":
            raise AttributeError("cannot set thisown of 'libbig.%s' object: libbig decides "
                                 "who frees the C object" % type(self).__name__)
        setattr_(self, name, value)
    return setattr_checked


for _cls in list(globals().values()):
    if isinstance(_cls, type) and "thisown" in vars(_cls):
        _cls.__reduce__ = _cls.__reduce_ex__ = _refuse("pickle")
        _cls.__copy__ = _cls.__deepcopy__ = _refuse("copy")
        _cls.__setattr__ = _keep_owner(_cls.__setattr__)
del _cls
%}

/* ---- Functions with options as keyword arguments ---- */

%pythoncode %{
def aggregate(assessments, **options):
    """aggregate(assessments, *, method='weakest', weights=None, weight_attribute=None,
                 rollup='hierarchical', target=None, profile=None, lang=None,
                 expected_members=None, expected_weights=None) -> Aggregate

    Aggregates the assessments of several organisations of one catalogue
    (docs/scoring.md, "Aggregation"): every assessment is scored with the
    profile and target; per applicable requirement the scores of the
    organisations are combined by method ('weakest', 'mean',
    'weighted_mean', 'median'), then rolled up by rollup. weighted_mean
    weighs by weights (one per assessment) or by the organisation
    attribute weight_attribute (e.g. 'inhabitants'). An organisation of
    expected_members without an assessment is missing and counts as
    not_assessed (expected_weights: their weights under weighted_mean).
    lang is the language of the node titles in the aggregate's outputs
    ('nl', 'en'; None: the catalogue's default titles).
    Error EDUPLICATE for two assessments of one organisation.
    """
    return _aggregate(assessments, options)


def distribution(reports, **options):
    """distribution(reports, *, k=5) -> Distribution

    The distribution of the scores of several reports (organisations) of one
    catalogue, roll-up and profile: per node n, min, quartiles, median, max
    and mean. The publication guard withholds a statistic over fewer than k
    organisations (0 or 1: no guard). Its titles are in the language of
    the first report (Distribution.lang).
    """
    return _distribution(reports, options)


def migrate(assessment, mapping, target, **options):
    """migrate(assessment, mapping, target, *, keep_maturity=False, lang=None) -> Migration

    Migrates an assessment to the catalogue target along mapping
    (docs/scoring.md, "Migration"): equal and superset copy a result,
    subset and intersect cap it at partially_implemented (and its maturity
    at 2 unless keep_maturity), several sources take the most restrictive;
    every migrated result keeps its provenance (Migration.provenance()).
    lang is the language of the node titles in Migration.to_csv().
    """
    return _migrate(assessment, mapping, target, options)
%}
