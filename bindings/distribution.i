/*
 * libbig — SWIG interface: distributions of scores with the publication
 * guard (include/big/aggregate.h, second half).
 *
 *   distribution()              the distribution of the scores of reports
 *   Distribution / BigDistribution
 *   DistributionScores / BigDistributionScores
 *                               the distribution of one node
 *   Statistics / BigStatistics  n, min, quartiles, median, max, mean of one score
 *   distribution_score_names()  the scores (Distribution.percentile_rank(score=…))
 *
 * Options by name (options.i): k, the publication guard (default 5).
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Distribution, big_swig_distribution);
BIG_CLASS(DistributionScores, big_distribution_scores);
BIG_CLASS(Statistics, big_statistics);

%{
static big_distribution *big_swig_distribution_of_reports(big_swig_ptrs reports,
							  big_swig_args distribution_options)
{
	big_distribution_options opts = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *d = NULL;

	opts.k = distribution_options.k;
	if (big_swig_failed(big_distribution_new(&d, (const big_report *const *)reports.items,
						 reports.count, &opts)))
		return NULL;
	return d;
}
%}

BIG_OPTIONS_FUNCTION(distribution, big_swig_distribution_of_reports);

%feature("docstring") big_swig_distribution_score_names "distribution_score_names() -> list of str\n\n"
    "The scores a distribution describes, in the order of its documents:\n"
    "'implementation', 'coverage', 'comply_or_explain'.";
BIG_NAMES(distribution_score_names, big_distribution_score_name, BIG_DISTRIBUTION_SCORE_COUNT);
BIG_OPTIONS(big_swig_distribution_spec, distribution_options);
%newobject big_swig_distribution_of_reports;
big_swig_distribution *big_swig_distribution_of_reports(big_swig_ptrs reports,
						   big_swig_args distribution_options);

/* ------------------------------------------------------------------------
 * Statistics, DistributionScores: the structs of aggregate.h.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_statistics
    "Summary statistics of one score over the organisations that have it.\n"
    "Quartiles by linear interpolation between closest ranks (R-7,\n"
    "Excel PERCENTILE.INC). The figures are None unless available: n > 0 and\n"
    "not suppressed by the publication guard (0 < n < k).";
BIG_OPTIONAL(double big_statistics::min, arg1->available)
BIG_OPTIONAL(double big_statistics::q1, arg1->available)
BIG_OPTIONAL(double big_statistics::median, arg1->available)
BIG_OPTIONAL(double big_statistics::q3, arg1->available)
BIG_OPTIONAL(double big_statistics::max, arg1->available)
BIG_OPTIONAL(double big_statistics::mean, arg1->available)

%feature("docstring") big_distribution_scores
    "The distribution of the scores of one node: Statistics of the\n"
    "implementation scores, the coverages and the comply-or-explain rates.";

/* ------------------------------------------------------------------------
 * Distribution.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_distribution
    "The distribution of the scores of several organisations (distribution()):\n"
    "per node n, min, quartiles, median, max and mean, with the publication\n"
    "guard: a statistic over fewer than k organisations is suppressed.\n"
    "len(distribution) (PHP: count()) is the number of organisations. A\n"
    "Distribution keeps its catalogue alive; it needs nothing else.";

%extend big_swig_distribution {
	~big_swig_distribution()
	{
		big_distribution_free($self);
	}

	%feature("docstring") scores
	    "scores(node) -> DistributionScores or None\n\n"
	    "The distribution of the scores of a node, given by its id or as a Node\n"
	    "of the distribution's catalogue; None when there is no such node.";
	const big_distribution_scores *scores(big_swig_node_key node)
	{
		if (node.id != NULL)
			return big_distribution_find($self, node.id);
		return big_distribution_node($self, node.node);
	}

	%feature("docstring") percentile_rank
	    "percentile_rank(value, node=None, score=None) -> float\n\n"
	    "Percentile rank in [0, 100] of a score (e.g. one organisation's) among\n"
	    "the organisations that have that score for the node (an id or a Node;\n"
	    "None: the overall score): 100 * (below + equal/2) / n. score is\n"
	    "'implementation' (None: the default), 'coverage' or 'comply_or_explain'\n"
	    "(distribution_score_names()).\n"
	    "Error ERANGE when no organisation has the score or the publication\n"
	    "guard suppresses it, ENOTFOUND for a node of another catalogue,\n"
	    "EINVAL for an unknown score.";
	double percentile_rank(double value, big_swig_optnode node, const char *score = NULL)
	{
		const big_node *n = big_swig_node_of(big_distribution_catalogue($self), node);
		big_distribution_score which = BIG_DISTRIBUTION_IMPLEMENTATION;
		double rank = 0;

		if (node.id != NULL && n == NULL) {
			char message[160];

			snprintf(message, sizeof(message), "percentile_rank: catalogue %s has no node \"%.80s\"",
				 big_catalogue_id(big_distribution_catalogue($self)), node.id);
			big_swig_fail(BIG_SWIG_OWN, BIG_ENOTFOUND, message);
			return 0;
		}
		if (score == NULL)
			big_swig_failed(big_distribution_percentile_rank(&rank, $self, n, value));
		else if (!big_swig_failed(big_distribution_score_from_name(&which, score)))
			big_swig_failed(
			    big_distribution_percentile_rank_score(&rank, $self, n, which, value));
		return rank;
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The distribution as a libbig.distribution document; suppressed\n"
	    "statistics are null (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_distribution_to_json, $self, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The distribution as CSV: one row per node (the overall first) and score\n"
	    "(docs/formats.md); bom and safe as in Report.to_csv().";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_distribution_to_csv, $self, big_swig_csv_flags(bom, safe));
	}
}

BIG_ATTR(big_swig_distribution, const big_catalogue *, catalogue, big_distribution_catalogue(self),
	 "The catalogue of the distribution.")
BIG_ATTR(big_swig_distribution, unsigned int, k, big_distribution_k(self),
	 "The k of the publication guard.")
BIG_ATTR(big_swig_distribution, const char *, lang, big_distribution_lang(self),
	 "Language of the node titles in its outputs: its first report's lang (\"\": the defaults).")
BIG_ATTR(big_swig_distribution, const big_distribution_scores *, overall, big_distribution_overall(self),
	 "The distribution of the overall scores.")
