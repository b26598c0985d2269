package org.ducha.campaign;

import java.util.List;

/** A taxonomy with its first-level categories, each with its children, in display order. */
public record TaxonomyTree(String code, String name, int version, List<Node> categories) {

	/** A category of the tree; {@code children} is empty for second-level categories. */
	public record Node(String code, String name, CategoryStatus status, int sinceVersion, Integer retiredVersion,
			List<Node> children) {

		public boolean active() {
			return status == CategoryStatus.ACTIVE;
		}
	}
}
