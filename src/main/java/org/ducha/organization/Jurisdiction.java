package org.ducha.organization;

import java.util.Objects;

/**
 * The outcome of {@link JurisdictionPolicy}: the level that decides and, except for {@link JurisdictionLevel#CITY}
 * (decided outside the district), the code of the deciding unit.
 */
public record Jurisdiction(JurisdictionLevel level, String decidingUnitCode) {

	public Jurisdiction {
		Objects.requireNonNull(level, "level");
		if (level == JurisdictionLevel.CITY && decidingUnitCode != null) {
			throw new IllegalArgumentException("a CITY jurisdiction has no deciding unit in the district");
		}
		if (level != JurisdictionLevel.CITY && decidingUnitCode == null) {
			throw new IllegalArgumentException(level + " jurisdiction needs a deciding unit");
		}
	}

	public static Jurisdiction city() {
		return new Jurisdiction(JurisdictionLevel.CITY, null);
	}

	public static Jurisdiction district(String disciplineUnitCode) {
		return new Jurisdiction(JurisdictionLevel.DISTRICT, disciplineUnitCode);
	}

	public static Jurisdiction unit(String unitCode) {
		return new Jurisdiction(JurisdictionLevel.UNIT, unitCode);
	}
}
