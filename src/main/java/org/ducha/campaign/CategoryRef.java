package org.ducha.campaign;

/**
 * A category as other modules see it: its stable code and name, the taxonomy it belongs to and,
 * for a second-level category, its parent. Retired categories are still found by code, with
 * {@code active == false}, so old records keep their wording.
 */
public record CategoryRef(String code, String name, String taxonomyCode, String taxonomyName, String parentCode,
		String parentName, boolean active) {

	public boolean isFirstLevel() {
		return parentCode == null;
	}

	/** The name with its parent's, e.g. {@code 管党治党不严 / 三会一课不正常}, for select boxes and lists. */
	public String label() {
		return parentName == null ? name : parentName + " / " + name;
	}
}
