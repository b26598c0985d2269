package org.ducha.campaign.web;

/** Who may see and who may edit campaigns; the three administrators see no business data. */
final class Roles {

	static final String VIEW = "hasAnyRole('LEADER','OFFICE_DIRECTOR','OFFICER','INTAKE_OFFICER','INSPECTOR',"
			+ "'UNIT_PRINCIPAL','UNIT_LIAISON','CADRE')";
	static final String EDIT = "hasAnyRole('OFFICER','OFFICE_DIRECTOR')";
	static final String[] VIEWERS = { "LEADER", "OFFICE_DIRECTOR", "OFFICER", "INTAKE_OFFICER", "INSPECTOR",
			"UNIT_PRINCIPAL", "UNIT_LIAISON", "CADRE" };

	private Roles() {
	}
}
