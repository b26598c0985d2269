package org.ducha.accountability;

import org.ducha.assignment.AssignmentFlagged;
import org.ducha.assignment.AssignmentsFlagged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the candidates list: every assignment flagged for accountability becomes a candidate (once per reason), a
 * flag set by hand on its own, a sweep run's flags together.
 */
@Component
class CandidateListener {

	private final AccountabilityCases cases;
	private final CandidateRecorder recorder;

	CandidateListener(AccountabilityCases cases, CandidateRecorder recorder) {
		this.cases = cases;
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(AssignmentFlagged event) {
		cases.flagged(event);
	}

	/** A sweep run's flags, all in one listener transaction (never one per flag). */
	@ApplicationModuleListener
	void on(AssignmentsFlagged event) {
		recorder.record(event);
	}
}
