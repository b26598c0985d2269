package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.ducha.assignment.AssignmentsFlagged;
import org.ducha.assignment.FlagReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sweep run's candidates: read in pages across page boundaries, each flag once, a redelivered event records
 * nothing twice, a candidate already there (flagged by hand) is kept as it is, one audit event per run.
 */
class CandidateRecorderIntegrationTests extends AccountabilityIntegrationSupport {

	static final String UNIT = "REC-BULK";
	static final LocalDate DAY = LocalDate.of(2025, 11, 14);

	@Autowired
	CandidateRecorder recorder;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void remove() {
		jdbc.sql("DELETE FROM accountability_candidate WHERE unit_code = :u").param("u", UNIT).update();
		jdbc.sql("DELETE FROM assignment_flag WHERE assignment_id IN (SELECT id FROM assignment WHERE unit_code = :u)")
			.param("u", UNIT).update();
		jdbc.sql("DELETE FROM assignment WHERE unit_code = :u").param("u", UNIT).update();
	}

	/** {@code count} assignments of the unit with an OVERDUE flag set on {@link #DAY}; their ids. */
	List<String> flagged(int count) {
		List<Object[]> assignments = new ArrayList<>();
		List<Object[]> flags = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = UUID.randomUUID().toString();
			assignments.add(new Object[] { id, "TASK", "REC-" + i, UNIT, "IN_PROGRESS", "officer", DAY.minusDays(30),
					DAY.minusDays(10), DAY.minusDays(10), DAY.minusDays(29), DAY.minusDays(29),
					OffsetDateTime.of(DAY.minusDays(30).atStartOfDay(), ZoneOffset.UTC) });
			flags.add(new Object[] { id, "OVERDUE", DAY });
		}
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.batchUpdate("""
				INSERT INTO assignment (id, kind, source_id, unit_code, status, issued_by, issued_on, original_due_on, due_on,
				  sign_due_on, signed_on, signed_late, percent, returned_count, flagged, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 50, 0, TRUE, ?, 0)""", assignments);
		template.batchUpdate("INSERT INTO assignment_flag (assignment_id, reason, flagged_on, published) VALUES (?, ?, ?, TRUE)",
				flags);
		return assignments.stream().map(row -> (String) row[0]).toList();
	}

	long candidates() {
		return jdbc.sql("SELECT COUNT(*) FROM accountability_candidate WHERE unit_code = :u AND status = 'OPEN'")
			.param("u", UNIT).query(Long.class).single();
	}

	@Test
	void recordsEveryFlagOfARunAcrossPagesOnceAndARedeliveredRunRecordsNothingTwice() {
		int count = 2 * CandidateRecorder.PAGE + 17;
		flagged(count);
		AssignmentsFlagged run = new AssignmentsFlagged(DAY, FlagReason.OVERDUE, count);
		long auditsBefore = auditCount("CASE_CANDIDATES_RECORDED", DAY.toString());

		assertThat(recorder.record(run)).isEqualTo(count);
		assertThat(recorder.record(run)).isZero();

		assertThat(candidates()).isEqualTo(count);
		assertThat(auditCount("CASE_CANDIDATES_RECORDED", DAY.toString())).isEqualTo(auditsBefore + 1);
	}

	@Test
	void aCandidateAlreadyRecordedIsKeptAsItIs() {
		List<String> ids = flagged(3);
		jdbc.sql("""
				INSERT INTO accountability_candidate (assignment_id, assignment_kind, source_id, unit_code, reason, flagged_on,
				  status, dismissal_reason, resolved_by, resolved_on, version)
				VALUES (:id, 'TASK', 'REC-0', :u, 'OVERDUE', :day, 'DISMISSED', '已另案处理', 'officer', :day, 0)""")
			.param("id", ids.getFirst()).param("u", UNIT).param("day", DAY).update();

		assertThat(recorder.record(new AssignmentsFlagged(DAY, FlagReason.OVERDUE, 3))).isEqualTo(2);

		assertThat(candidates()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT status FROM accountability_candidate WHERE assignment_id = :id")
			.param("id", ids.getFirst()).query(String.class).single()).isEqualTo("DISMISSED");
	}
}
