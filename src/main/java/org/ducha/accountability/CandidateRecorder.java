package org.ducha.accountability;

import java.util.List;

import org.ducha.assignment.AssignmentFlagged;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.AssignmentsFlagged;
import org.ducha.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the candidates of one sweep run ({@link AssignmentsFlagged}) set-based: the run's flags are read from the
 * assignments module in pages of {@value #PAGE} and inserted as candidates, each once per assignment and reason (a
 * redelivered event inserts nothing twice), in the listener's one transaction and with one audit event for the run.
 * A catch-up run over a long-running system flags tens of thousands of items; this keeps it to one connection.
 */
@Component
class CandidateRecorder {

	static final int PAGE = 1_000;

	private final Assignments assignments;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	CandidateRecorder(Assignments assignments, JdbcClient jdbc, AuditLog audit) {
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The candidates of a sweep run; returns how many were new. */
	@Transactional
	int record(AssignmentsFlagged run) {
		int recorded = 0;
		String after = null;
		List<AssignmentFlagged> page;
		do {
			page = assignments.flagsOn(run.flaggedOn(), run.reason(), after, PAGE);
			for (AssignmentFlagged flag : page) {
				recorded += insert(flag);
			}
			if (!page.isEmpty()) {
				after = page.getLast().assignmentId();
			}
		}
		while (page.size() == PAGE);
		if (recorded > 0) {
			audit.recordAs("system", "CASE_CANDIDATES_RECORDED", "AccountabilityCandidate", run.flaggedOn().toString(),
					"reason=" + run.reason() + " recorded=" + recorded);
		}
		return recorded;
	}

	private int insert(AssignmentFlagged flag) {
		return jdbc.sql("""
				INSERT INTO accountability_candidate (assignment_id, assignment_kind, source_id, unit_code, reason, flagged_on,
				  status, version)
				SELECT :assignment, :kind, :source, :unit, :reason, CAST(:on AS DATE), 'OPEN', 0
				WHERE NOT EXISTS (SELECT 1 FROM accountability_candidate c WHERE c.assignment_id = :assignment AND c.reason = :reason)""")
			.param("assignment", flag.assignmentId())
			.param("kind", flag.kind().name())
			.param("source", flag.sourceId())
			.param("unit", flag.unitCode())
			.param("reason", flag.reason().name())
			.param("on", flag.flaggedOn())
			.update();
	}
}
