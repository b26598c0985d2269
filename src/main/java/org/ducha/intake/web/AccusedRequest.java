package org.ducha.intake.web;

import org.ducha.intake.NewAccused;

/** An accused cadre as sent in JSON; staff may add the roster number {@code cadreNo}. */
record AccusedRequest(String name, String unitName, String position, String cadreNo) {

	NewAccused toNewAccused() {
		return new NewAccused(name, unitName, position, cadreNo);
	}
}
