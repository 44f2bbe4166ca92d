/*
 * libbig — SWIG interface: text overlays (include/big/texts.h).
 *
 *   Texts / BigTexts            a libbig.texts overlay loaded over a catalogue:
 *                               Texts.load_file(catalogue, path) …; applied by
 *                               scoring with it (score(texts=…), PHP
 *                               ['texts' => …]), which the report keeps alive
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Texts, big_swig_texts);

%feature("docstring") big_swig_texts
    "A text overlay (libbig.texts): the titles and full texts of a\n"
    "catalogue's nodes in one language, loaded over that catalogue with\n"
    "Texts.load_file(catalogue, path) or Texts.load_string(catalogue, text).\n"
    "Node ids the catalogue lacks are diagnostics 'unknown-node' (errors when\n"
    "strict). Score with texts=overlay to see its titles in the report's\n"
    "outputs, and include_text=True to add each node's text.";

BIG_LOADERS_FOR(big_swig_texts, Texts, texts)

%extend big_swig_texts {
	~big_swig_texts()
	{
		big_texts_free($self);
	}

	%feature("docstring") title
	    "title(node) -> str or None\n\n"
	    "The overlay's title of a node (its id or a Node of the catalogue), None\n"
	    "when it gives none.";
	const char *title(big_swig_node_key node)
	{
		const big_node *n = big_swig_node_of(big_texts_catalogue($self), node);
		return big_texts_node_title($self, n);
	}

	%feature("docstring") text
	    "text(node) -> str or None\n\n"
	    "The overlay's text of a node (its id or a Node of the catalogue), None\n"
	    "when it gives none.";
	const char *text(big_swig_node_key node)
	{
		const big_node *n = big_swig_node_of(big_texts_catalogue($self), node);
		return big_texts_node_text($self, n);
	}

	%feature("docstring") title_lang
	    "title_lang(node, lang=None) -> str or None\n\n"
	    "The title a reader of lang sees with the overlay: its title when lang\n"
	    "(None: the catalogue's language) has the overlay's primary subtag (en\n"
	    "and en-GB serve each other), else the catalogue's title in lang. None\n"
	    "when the catalogue has no such node.";
	const char *title_lang(big_swig_node_key node, const char *lang = NULL)
	{
		const big_node *n = big_swig_node_of(big_texts_catalogue($self), node);
		return n ? big_texts_title_lang($self, n, lang) : NULL;
	}
}

BIG_ATTR(big_swig_texts, const big_catalogue *, catalogue, big_texts_catalogue(self),
	 "The catalogue the overlay was loaded over.")
BIG_ATTR(big_swig_texts, const char *, language, big_texts_language(self),
	 "Language of its titles and texts, e.g. \"nl\".")
BIG_ATTR(big_swig_texts, const char *, fingerprint, big_texts_fingerprint(self),
	 "The catalogue fingerprint the document names (\"\" when absent); checked at load.")
BIG_ATTR(big_swig_texts, const char *, source, big_texts_source(self),
	 "Where the texts come from (\"\" when absent).")
BIG_ATTR(big_swig_texts, const char *, licence, big_texts_licence(self),
	 "The licence of the texts (\"\" when absent).")
BIG_VIEWS(big_swig_texts, diagnostics, big_diagnostic, big_texts_diagnostic_count,
	  big_texts_diagnostic,
	 "Diagnostics collected while loading (list of Diagnostic).")
