package org.ducha.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An accused unit (被反映单位) as written, with its code where matched in the org tree. */
@Embeddable
public class AccusedUnit {

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Column(name = "unit_code", length = 40)
	private String unitCode;

	protected AccusedUnit() {
	}

	public AccusedUnit(String name, String unitCode) {
		this.name = name;
		this.unitCode = unitCode;
	}

	public String getName() {
		return name;
	}

	public String getUnitCode() {
		return unitCode;
	}
}
