package org.ducha.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An accused cadre (被反映人) as written, linked to the roster where matched ({@code cadreNo}, {@code unitCode}). */
@Embeddable
public class AccusedPerson {

	@Column(name = "name", nullable = false, length = 100)
	private String name;

	@Column(name = "unit_name", length = 200)
	private String unitName;

	@Column(name = "position", length = 200)
	private String position;

	@Column(name = "cadre_no", length = 40)
	private String cadreNo;

	@Column(name = "unit_code", length = 40)
	private String unitCode;

	protected AccusedPerson() {
	}

	public AccusedPerson(String name, String unitName, String position, String cadreNo, String unitCode) {
		this.name = name;
		this.unitName = unitName;
		this.position = position;
		this.cadreNo = cadreNo;
		this.unitCode = unitCode;
	}

	public String getName() {
		return name;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getPosition() {
		return position;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getUnitCode() {
		return unitCode;
	}
}
