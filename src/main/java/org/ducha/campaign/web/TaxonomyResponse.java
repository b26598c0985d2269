package org.ducha.campaign.web;

import java.util.List;

import org.ducha.campaign.TaxonomyTree;

/** API.md "Taxonomy": {@code {"code","name","categories":[{"code","name","children":[{"code","name"}]}]}}. */
record TaxonomyResponse(String code, String name, List<CategoryResponse> categories) {

	record CategoryResponse(String code, String name, List<ChildResponse> children) {
	}

	record ChildResponse(String code, String name) {
	}

	static TaxonomyResponse of(TaxonomyTree tree) {
		return new TaxonomyResponse(tree.code(), tree.name(), tree.categories().stream()
			.map(c -> new CategoryResponse(c.code(), c.name(),
					c.children().stream().map(k -> new ChildResponse(k.code(), k.name())).toList()))
			.toList());
	}
}
