package org.ducha.accountability;

import org.ducha.assignment.AssignmentFlagged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the candidates list: every assignment flagged for accountability becomes a candidate (once per reason). */
@Component
class CandidateListener {

	private final AccountabilityCases cases;

	CandidateListener(AccountabilityCases cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(AssignmentFlagged event) {
		cases.flagged(event);
	}
}
