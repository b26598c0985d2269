package org.ducha.intake.web;

import org.ducha.intake.ReporterIdentity;

/** The reporter of a named report as sent in JSON. */
record ReporterRequest(String name, String phone, String idNumber, String unit, String address) {

	ReporterIdentity toIdentity() {
		return new ReporterIdentity(name, phone, idNumber, unit, address);
	}
}
