package org.ducha.organization.web;

/** Who may do what on the organization pages and API (SPEC §1). */
final class Access {

	/** Every staff role may browse the org tree, the roster and the secondments. */
	static final String BROWSE = "hasAnyRole('LEADER','OFFICE_DIRECTOR','OFFICER','INTAKE_OFFICER','SYSTEM_ADMIN','UNIT_PRINCIPAL')";

	/** Only the system administrator changes the org tree and the roster. */
	static final String EDIT_ROSTER = "hasRole('SYSTEM_ADMIN')";

	/** The office and the administrator record secondments, their extensions and returns. */
	static final String EDIT_SECONDMENTS = "hasAnyRole('OFFICER','OFFICE_DIRECTOR','SYSTEM_ADMIN')";

	static final String[] STAFF = { "LEADER", "OFFICE_DIRECTOR", "OFFICER", "INTAKE_OFFICER", "SYSTEM_ADMIN",
			"UNIT_PRINCIPAL" };

	private Access() {
	}
}
