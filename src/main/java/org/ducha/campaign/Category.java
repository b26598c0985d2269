package org.ducha.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/**
 * A category of a taxonomy: first level when it has no parent, second level under a first-level
 * one. Its code is fixed at creation and never given to anything else; it is renamed or retired,
 * never deleted.
 */
@Entity
@Table(name = "campaign_category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(name = "taxonomy_code", nullable = false, updatable = false)
	private String taxonomyCode;

	@Column(name = "parent_code", updatable = false)
	private String parentCode;

	@Column(nullable = false)
	private String name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CategoryStatus status;

	@Column(name = "since_version", nullable = false, updatable = false)
	private int sinceVersion;

	@Column(name = "retired_version")
	private Integer retiredVersion;

	protected Category() {
	}

	Category(String code, String taxonomyCode, String parentCode, String name, int sortOrder, int sinceVersion) {
		this.code = code;
		this.taxonomyCode = taxonomyCode;
		this.parentCode = parentCode;
		this.name = name;
		this.sortOrder = sortOrder;
		this.status = CategoryStatus.ACTIVE;
		this.sinceVersion = sinceVersion;
	}

	void rename(String newName) {
		if (status != CategoryStatus.ACTIVE) {
			throw DomainException.illegalTransition(status, "rename");
		}
		this.name = newName;
	}

	void retire(int version) {
		if (status != CategoryStatus.ACTIVE) {
			throw DomainException.illegalTransition(status, "retire");
		}
		this.status = CategoryStatus.RETIRED;
		this.retiredVersion = version;
	}

	boolean isActive() {
		return status == CategoryStatus.ACTIVE;
	}

	boolean isFirstLevel() {
		return parentCode == null;
	}

	String getCode() {
		return code;
	}

	String getTaxonomyCode() {
		return taxonomyCode;
	}

	String getParentCode() {
		return parentCode;
	}

	String getName() {
		return name;
	}

	int getSortOrder() {
		return sortOrder;
	}

	CategoryStatus getStatus() {
		return status;
	}

	int getSinceVersion() {
		return sinceVersion;
	}

	Integer getRetiredVersion() {
		return retiredVersion;
	}
}
