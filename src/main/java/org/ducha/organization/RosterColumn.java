package org.ducha.organization;

import java.util.List;

/**
 * The columns of the two roster sheets, in template order. {@code field} is the draft field a problem names;
 * the header text comes from {@code org.import.<sheet>.col.<field>}.
 */
enum RosterColumn {

	UNIT_CODE(Sheet.UNITS, "code", true),
	UNIT_NAME(Sheet.UNITS, "name", true),
	UNIT_TYPE(Sheet.UNITS, "type", true),
	UNIT_PARENT(Sheet.UNITS, "parentCode", false),
	UNIT_PRINCIPAL(Sheet.UNITS, "principalNo", false),
	UNIT_LEADER(Sheet.UNITS, "supervisingLeaderNo", false),
	UNIT_PARTY_ORG_NAME(Sheet.UNITS, "partyOrganizationName", false),
	UNIT_PARTY_ORG_KIND(Sheet.UNITS, "partyOrganizationKind", false),

	CADRE_NO(Sheet.CADRES, "cadreNo", true),
	CADRE_NAME(Sheet.CADRES, "name", true),
	CADRE_UNIT(Sheet.CADRES, "unitCode", true),
	CADRE_POSITION(Sheet.CADRES, "position", false),
	CADRE_RANK(Sheet.CADRES, "rank", true),
	CADRE_PARTY_MEMBER(Sheet.CADRES, "partyMember", true),
	CADRE_LEADER(Sheet.CADRES, "supervisingLeaderNo", false),
	CADRE_STATUS(Sheet.CADRES, "status", false);

	enum Sheet {
		UNITS("org.import.sheet.units", "units"), CADRES("org.import.sheet.cadres", "cadres");

		final String nameKey;
		final String prefix;

		Sheet(String nameKey, String prefix) {
			this.nameKey = nameKey;
			this.prefix = prefix;
		}

		List<RosterColumn> columns() {
			return java.util.Arrays.stream(RosterColumn.values()).filter(c -> c.sheet == this).toList();
		}
	}

	final Sheet sheet;
	final String field;
	final boolean required;

	RosterColumn(Sheet sheet, String field, boolean required) {
		this.sheet = sheet;
		this.field = field;
		this.required = required;
	}

	String headerKey() {
		return "org.import." + sheet.prefix + ".col." + field;
	}
}
