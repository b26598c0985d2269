package org.ducha.organization.web;

import java.util.function.Supplier;

import org.ducha.organization.Jurisdiction;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.shared.DomainException;

/** A jurisdiction as a page shows it, or the reason it cannot be worked out from the org tree. */
record JurisdictionView(JurisdictionLevel level, String decidingUnitCode, String errorCode, Object[] errorArgs) {

	static JurisdictionView of(Supplier<Jurisdiction> rule) {
		try {
			Jurisdiction j = rule.get();
			return new JurisdictionView(j.level(), j.decidingUnitCode(), null, new Object[0]);
		}
		catch (DomainException e) {
			return new JurisdictionView(null, null, e.code(), e.args());
		}
	}

	public boolean failed() {
		return errorCode != null;
	}
}
