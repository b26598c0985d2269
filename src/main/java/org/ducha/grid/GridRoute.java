package org.ducha.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One row of the routing table: events of this category from this area go to this department.
 * The area {@link #ANY_AREA} matches every area not named in a row of its own.
 */
@Entity
@Table(name = "grid_route")
public class GridRoute {

	public static final String ANY_AREA = "*";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(name = "area_unit_code", nullable = false, length = 40)
	private String areaUnitCode;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Version
	private long version;

	protected GridRoute() {
	}

	GridRoute(String categoryCode, String areaUnitCode, String unitCode) {
		this.categoryCode = categoryCode;
		this.areaUnitCode = areaUnitCode;
		this.unitCode = unitCode;
	}

	void sendTo(String unitCode) {
		this.unitCode = unitCode;
	}

	public boolean anyArea() {
		return ANY_AREA.equals(areaUnitCode);
	}

	public Long getId() {
		return id;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getAreaUnitCode() {
		return areaUnitCode;
	}

	public String getUnitCode() {
		return unitCode;
	}
}
