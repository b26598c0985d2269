package org.ducha.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A two-level problem dictionary (SPEC §4). Its {@code version} goes up with every change to its
 * categories, and each category remembers the version that introduced and the one that retired it.
 */
@Entity
@Table(name = "campaign_taxonomy")
class Taxonomy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private int version;

	protected Taxonomy() {
	}

	/** Starts the next version of the dictionary and returns its number. */
	int nextVersion() {
		version++;
		return version;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	int getSortOrder() {
		return sortOrder;
	}

	int getVersion() {
		return version;
	}

	TaxonomyRef toRef() {
		return new TaxonomyRef(code, name, version);
	}
}
