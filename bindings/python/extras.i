/*
 * libbig — Python 3 niceties (included by ../libbig.i after the concerns):
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

%extend big_swig_catalogue {
	%feature("docstring") __len__ "Number of nodes.";
	size_t __len__()
	{
		return big_catalogue_node_count($self);
	}
	%pythoncode %{
	def __iter__(self):
	    """Every node in pre-order (document order)."""
	    for i in range(len(self)):
	        yield self.node(i)

	def __repr__(self):
	    return "<libbig.Catalogue %s %s %r>" % (self.id, self.version, self.title)
	%}
}

%extend big_swig_node {
	size_t _identity()
	{
		return (size_t)(uintptr_t)$self;
	}
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Node %s %r>" % (self.id, self.title)

	def __eq__(self, other):
	    if not isinstance(other, Node):
	        return NotImplemented
	    return self._identity() == other._identity()

	def __ne__(self, other):
	    result = self.__eq__(other)
	    return result if result is NotImplemented else not result

	def __hash__(self):
	    return hash(self._identity())
	%}
}

%extend big_swig_assessment {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Assessment %s %s>" % (self.organisation_id, self.period)
	%}
}

%extend big_swig_result {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Result %s %s>" % (self.id, self.status)
	%}
}

%extend big_swig_report {
	%pythoncode %{
	def __repr__(self):
	    profile = self.profile
	    return "<libbig.Report %s target=%d%s implementation=%r>" % (
	        self.rollup, self.target, "" if profile is None else " profile=" + profile.id,
	        self.overall.implementation)
	%}
}

%extend big_scores {
	%pythoncode %{
	def __repr__(self):
	    return ("<libbig.Scores implementation=%r maturity_mean=%r attained_level=%r "
	            "coverage=%r comply_or_explain=%r applicable=%d>" % (
	                self.implementation, self.maturity_mean, self.attained_level,
	                self.coverage, self.comply_or_explain, self.applicable))
	%}
}

%extend big_gap {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Gap %s %s size=%r>" % (self.id, "+".join(self.kinds), self.size)
	%}
}

%extend big_exception {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.ExceptionEntry %s %s expires=%s>" % (self.id, self.status, self.expires)
	%}
}

%extend big_diagnostic {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Diagnostic %s %s %s>" % (self.severity, self.code, self.path)

	def __str__(self):
	    return "%s: %s" % (self.severity, self.message)
	%}
}

%extend big_swig_profile {
	%feature("docstring") __len__ "Number of requirements the profile selects.";
	size_t __len__()
	{
		return big_profile_requirement_count($self);
	}
	size_t _identity()
	{
		return (size_t)(uintptr_t)$self;
	}
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Profile %s %r>" % (self.id, self.title)

	def __eq__(self, other):
	    if not isinstance(other, Profile):
	        return NotImplemented
	    return self._identity() == other._identity()

	def __ne__(self, other):
	    result = self.__eq__(other)
	    return result if result is NotImplemented else not result

	def __hash__(self):
	    return hash(self._identity())
	%}
}

%extend big_criterion {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Criterion %s level=%d>" % (self.id, self.level)
	%}
}

%extend big_tag {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Tag %s %r>" % (self.id, self.label)
	%}
}

%extend big_attainment {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Attainment %s requirements=%d complied=%d%s>" % (
	        self.id, self.requirements, self.complied, " attained" if self.attained else "")
	%}
}

%extend big_swig_mapping {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Mapping %s %s %s -> %s %s>" % (
	        self.id, self.source_id, self.source_version, self.target_id, self.target_version)
	%}
}

%extend big_mapping_entry {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.MappingEntry %s %s %s>" % (self.source, self.relationship, self.target)
	%}
}

%extend big_swig_comparison {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Comparison %s flat_delta=%r>" % (self.before.rollup, self.flat_delta)
	%}
}

%extend big_delta {
	%pythoncode %{
	def __repr__(self):
	    return ("<libbig.Delta implementation=%r maturity_mean=%r coverage=%r "
	            "comply_or_explain=%r applicable=%d>" % (
	                self.implementation, self.maturity_mean, self.coverage,
	                self.comply_or_explain, self.applicable))
	%}
}

%extend big_contribution {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Contribution %s %s -> %s contribution=%r>" % (
	        self.id, self.before, self.after, self.contribution)
	%}
}

%extend big_swig_collaboration {
	%feature("docstring") __len__ "Number of members.";
	size_t __len__()
	{
		return big_collaboration_member_count($self);
	}
	%pythoncode %{
	def __iter__(self):
	    """The organisation ids of the members, in document order."""
	    return iter(self.members)

	def __contains__(self, organisation_id):
	    return isinstance(organisation_id, str) and self.has_member(organisation_id)

	def __repr__(self):
	    return "<libbig.Collaboration %s %r policy=%s members=%d>" % (
	        self.id, self.name, self.policy, len(self))

	def aggregate(self, assessments, **options):
	    """aggregate(assessments, *, method='weakest', weight_attribute=None,
	                 rollup='hierarchical', target=None, profile=None,
	                 collaborations=()) -> Aggregate

	    Aggregates the collaboration over its members (docs/scoring.md,
	    "Aggregating a collaboration"). Every member is looked up by id: first
	    among collaborations (a nested collaboration, aggregated in turn), then
	    among the organisations of assessments (at most one per organisation),
	    where it enters with its effective assessment; this collaboration's own
	    assessment, if it is among them, supplies the delegated results. A
	    member found nowhere is missing and counts as not_assessed.
	    weighted_mean weighs by the member weights of the documents, or by
	    the organisation attribute weight_attribute. Error EDUPLICATE for two
	    assessments of one organisation, ESCHEMA for a cycle of collaborations.
	    """
	    return self._aggregate(assessments, options)
	%}
}

%extend big_swig_aggregate_report {
	%feature("docstring") __len__ "Number of organisations, missing ones included.";
	size_t __len__()
	{
		return big_aggregate_report_member_count($self);
	}
	%pythoncode %{
	def __iter__(self):
	    """The members (AggregateMember): those with an assessment, then the missing ones."""
	    return iter(self.members)

	def __repr__(self):
	    return "<libbig.Aggregate%s %s members=%d implementation=%r>" % (
	        "" if self.id is None else " " + self.id, self.method, len(self),
	        self.overall.implementation)
	%}
}

%extend big_swig_aggregate_member {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.AggregateMember %s weight=%r%s%s>" % (
	        self.id, self.weight, " missing" if self.missing else "",
	        " nested" if self.nested is not None else "")
	%}
}

%extend big_aggregate_scores {
	%pythoncode %{
	def __repr__(self):
	    return ("<libbig.AggregateScores implementation=%r maturity_mean=%r attained_level=%r "
	            "coverage=%r comply_or_explain=%r n=%d applicable=%d>" % (
	                self.implementation, self.maturity_mean, self.attained_level,
	                self.coverage, self.comply_or_explain, self.n, self.applicable))
	%}
}

%extend big_swig_distribution {
	%feature("docstring") __len__ "Number of organisations (reports).";
	size_t __len__()
	{
		return big_distribution_count($self);
	}
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Distribution count=%d k=%d>" % (len(self), self.k)
	%}
}

%extend big_distribution_scores {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.DistributionScores implementation=%r coverage=%r comply_or_explain=%r>" % (
	        self.implementation, self.coverage, self.comply_or_explain)
	%}
}

%extend big_statistics {
	%pythoncode %{
	def __repr__(self):
	    if not self.available:
	        return "<libbig.Statistics n=%d%s>" % (self.n, " suppressed" if self.suppressed else "")
	    return "<libbig.Statistics n=%d min=%r q1=%r median=%r q3=%r max=%r mean=%r>" % (
	        self.n, self.min, self.q1, self.median, self.q3, self.max, self.mean)
	%}
}

%extend big_swig_migration {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Migration migrated=%d review=%d unmapped_targets=%d unmapped_sources=%d>" % (
	        self.migrated_count, self.review_count, len(self.unmapped_targets),
	        len(self.unmapped_sources))
	%}
}

%extend big_migration_origin {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.MigrationOrigin %s %s via %s%s%s>" % (
	        self.source, self.relationship, self.via, " chosen" if self.chosen else "",
	        " capped" if self.capped else "")
	%}
}

%extend big_swig_mapping {
	%feature("docstring") __len__ "Number of entries.";
	size_t __len__()
	{
		return big_mapping_entry_count($self);
	}
}

/* ---- Functions with options as keyword arguments ---- */

%pythoncode %{
def aggregate(assessments, **options):
    """aggregate(assessments, *, method='weakest', weights=None, weight_attribute=None,
                 rollup='hierarchical', target=None, profile=None,
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
    Error EDUPLICATE for two assessments of one organisation.
    """
    return _aggregate(assessments, options)


def distribution(reports, **options):
    """distribution(reports, *, k=5) -> Distribution

    The distribution of the scores of several reports (organisations) of one
    catalogue, roll-up and profile: per node n, min, quartiles, median, max
    and mean. The publication guard withholds a statistic over fewer than k
    organisations (0 or 1: no guard).
    """
    return _distribution(reports, options)


def migrate(assessment, mapping, target, **options):
    """migrate(assessment, mapping, target, *, keep_maturity=False) -> Migration

    Migrates an assessment to the catalogue target along mapping
    (docs/scoring.md, "Migration"): equal and superset copy a result,
    subset and intersect cap it at partially_implemented (and its maturity
    at 2 unless keep_maturity), several sources take the most restrictive;
    every migrated result keeps its provenance (Migration.provenance()).
    """
    return _migrate(assessment, mapping, target, options)
%}
