package org.ducha.assignment;

/** One row of the issuer's overview: a unit's open assignments by light, and its closed ones. */
public record UnitLightCount(String unitCode, String unitName, long red, long yellow, long green, long closed) {

	public long open() {
		return red + yellow + green;
	}
}
