/*
 * libbig — PHP 8 niceties (included by ../libbig.i after the concerns):
 * Countable and IteratorAggregate.
 *
 * SPDX-License-Identifier: MIT
 */

%typemap("phpinterfaces") big_swig_catalogue "Countable,IteratorAggregate";
%typemap("phpinterfaces") big_swig_profile "Countable";
%typemap("phpinterfaces") big_swig_mapping "Countable";
%typemap("phpinterfaces") big_swig_collaboration "Countable,IteratorAggregate";
%typemap("phpinterfaces") big_swig_aggregate_report "Countable,IteratorAggregate";
%typemap("phpinterfaces") big_swig_distribution "Countable";

%feature("php:type", "1") big_swig_catalogue::count;
%feature("php:type", "1") big_swig_catalogue::getIterator;
%feature("php:type", "1") big_swig_profile::count;
%feature("php:type", "1") big_swig_mapping::count;
%feature("php:type", "1") big_swig_collaboration::count;
%feature("php:type", "1") big_swig_collaboration::getIterator;
%feature("php:type", "1") big_swig_aggregate_report::count;
%feature("php:type", "1") big_swig_aggregate_report::getIterator;
%feature("php:type", "1") big_swig_distribution::count;

%extend big_swig_catalogue {
	/** Number of nodes (Countable). */
	size_t count()
	{
		return big_catalogue_node_count($self);
	}

	/** Every node in pre-order (IteratorAggregate). */
	big_swig_view_iterator getIterator()
	{
		big_swig_view_iterator it = {big_swig_catalogue_nodes_get($self)};
		return it;
	}
}

%extend big_swig_profile {
	/** Number of requirements the profile selects (Countable). */
	size_t count()
	{
		return big_profile_requirement_count($self);
	}
}

%extend big_swig_mapping {
	/** Number of entries (Countable). */
	size_t count()
	{
		return big_mapping_entry_count($self);
	}
}

%extend big_swig_collaboration {
	/** Number of members (Countable). */
	size_t count()
	{
		return big_collaboration_member_count($self);
	}

	/** The organisation ids of the members (IteratorAggregate). */
	big_swig_string_iterator getIterator()
	{
		big_swig_string_iterator it = {big_swig_collaboration_members_get($self)};
		return it;
	}
}

%extend big_swig_aggregate_report {
	/** Number of organisations, missing ones included (Countable). */
	size_t count()
	{
		return big_aggregate_report_member_count($self);
	}

	/** The members, BigAggregateMember (IteratorAggregate). */
	big_swig_view_iterator getIterator()
	{
		big_swig_view_iterator it = {big_swig_aggregate_report_members_get($self)};
		return it;
	}
}

%extend big_swig_distribution {
	/** Number of organisations (Countable). */
	size_t count()
	{
		return big_distribution_count($self);
	}
}
