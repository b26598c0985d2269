package org.ducha.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Known records for the statistics tests, written straight into the modules' tables so each test
 * controls every date: reports with their event dates, problems with their found and close-out
 * dates and their rectification assignments. Tests use months of 2024, where the demo district
 * (dated around the test clock, 2026) has nothing.
 */
public final class StatisticsFixtures {

	private static final AtomicInteger NUMBERS = new AtomicInteger(900000);

	private final JdbcClient jdbc;

	public StatisticsFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A report with the given event dates (null: not reached) and the status they imply. */
	public void report(String channel, String categoryCode, LocalDate receivedOn, LocalDate acceptedOn,
			LocalDate concludedOn, LocalDate answeredOn) {
		String status = answeredOn != null ? "ANSWERED" : concludedOn != null ? "CONCLUDED"
				: acceptedOn != null ? "ACCEPTED" : "RECEIVED";
		int n = NUMBERS.incrementAndGet();
		jdbc.sql("""
				INSERT INTO report (tracking_number, channel, received_on, status, anonymous, named, category_code,
				  subject, content, above_district, acceptance_due_on, decided_on, concluded_on, answered_on,
				  finding, created_at, version)
				VALUES (:tn, :channel, :received, :status, TRUE, FALSE, :category, '统计测试', '统计测试内容', FALSE,
				  :due, :decided, :concluded, :answered, :finding, :now, 0)""")
			.param("tn", "JB-" + receivedOn.getYear() + "-" + n)
			.param("channel", channel)
			.param("received", receivedOn)
			.param("status", status)
			.param("category", categoryCode)
			.param("due", receivedOn.plusDays(21))
			.param("decided", acceptedOn)
			.param("concluded", concludedOn)
			.param("answered", answeredOn)
			.param("finding", concludedOn == null ? null : "SUBSTANTIATED")
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update();
	}

	/** A report whose acceptance was refused on {@code decidedOn}. */
	public void rejectedReport(LocalDate receivedOn, LocalDate decidedOn) {
		int n = NUMBERS.incrementAndGet();
		jdbc.sql("""
				INSERT INTO report (tracking_number, channel, received_on, status, anonymous, named, category_code,
				  subject, content, above_district, acceptance_due_on, decided_on, created_at, version)
				VALUES (:tn, 'LETTER', :received, 'NOT_ACCEPTED', TRUE, FALSE, 'ZFZD-04', '统计测试', '统计测试内容', FALSE,
				  :due, :decided, :now, 0)""")
			.param("tn", "JB-" + receivedOn.getYear() + "-" + n)
			.param("received", receivedOn)
			.param("due", receivedOn.plusDays(21))
			.param("decided", decidedOn)
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update();
	}

	/**
	 * A problem of a unit found on {@code foundOn}, with its rectification assignment due on
	 * {@code dueOn} and closed out on {@code closedOn} (null: still open).
	 */
	public void problem(String unitCode, String categoryCode, LocalDate foundOn, LocalDate dueOn, LocalDate closedOn) {
		String assignmentId = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO problem (unit_code, category_code, description, severity, source, found_on, status,
				  assignment_id, issued_by, closed_on, created_at, version)
				VALUES (:unit, :category, '统计测试问题', 'GENERAL', 'OTHER', :found, :status, :assignment, 'officer',
				  :closed, :now, 0)""")
			.param("unit", unitCode)
			.param("category", categoryCode)
			.param("found", foundOn)
			.param("status", closedOn == null ? "OPEN" : "CLOSED")
			.param("assignment", assignmentId)
			.param("closed", closedOn)
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update();
		jdbc.sql("""
				INSERT INTO assignment (id, kind, source_id, unit_code, status, issued_by, issued_on, original_due_on,
				  due_on, sign_due_on, signed_late, percent, returned_count, flagged, closed_on, created_at, version)
				VALUES (:id, 'PROBLEM', :source, :unit, :status, 'officer', :issued, :due, :due, :issued, FALSE, 0, 0,
				  FALSE, :closed, :now, 0)""")
			.param("id", assignmentId)
			.param("source", "fixture-" + assignmentId)
			.param("unit", unitCode)
			.param("status", closedOn == null ? "ISSUED" : "CLOSED")
			.param("issued", foundOn)
			.param("due", dueOn)
			.param("closed", closedOn)
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update();
	}

	/**
	 * A decided accountability case against a cadre (as the accountability module stores one), with its
	 * forms in force and four-forms level; {@code revokedOn} non-null: revoked on appeal. Returns its id.
	 */
	public String decidedCase(String cadreNo, String unitCode, String name, String position, String facts,
			java.util.List<String> forms, int fourForm, LocalDate decidedOn, LocalDate revokedOn) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO accountability_case (subject_kind, subject_cadre_no, subject_unit_code, subject_name,
				  subject_position, subject_party_member, facts, jurisdiction_level, deciding_unit_code, status, opened_on,
				  opened_by, defence_declined, decided_on, document_number, four_form, effect_permanent, revoked_on,
				  created_at, version)
				VALUES ('CADRE', :cadre, :unit, :name, :position, TRUE, :facts, 'DISTRICT', 'JW', 'DECIDED', :opened,
				  'officer', TRUE, :decided, '演纪〔2024〕1号', :four, FALSE, :revoked, :now, 0)""")
			.param("cadre", cadreNo)
			.param("unit", unitCode)
			.param("name", name)
			.param("position", position)
			.param("facts", facts)
			.param("opened", decidedOn.minusDays(20))
			.param("decided", decidedOn)
			.param("four", fourForm)
			.param("revoked", revokedOn)
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int i = 0; i < forms.size(); i++) {
			for (String table : java.util.List.of("accountability_case_form", "accountability_case_decided_form")) {
				jdbc.sql("INSERT INTO " + table + " (case_id, position, form) VALUES (:id, :pos, :form)")
					.param("id", id).param("pos", i).param("form", forms.get(i)).update();
			}
		}
		return String.valueOf(id);
	}

	/**
	 * A report received on {@code receivedOn} naming, as accused, the cadre {@code cadreNo} of unit
	 * {@code unitCode} (either may be null) and the unit {@code accusedUnitCode} (null: none).
	 */
	public long reportNaming(String channel, String categoryCode, LocalDate receivedOn, String cadreNo, String unitCode,
			String accusedUnitCode) {
		report(channel, categoryCode, receivedOn, null, null, null);
		long id = jdbc.sql("SELECT MAX(id) FROM report").query(Long.class).single();
		if (cadreNo != null || unitCode != null) {
			jdbc.sql("""
					INSERT INTO report_accused (report_id, idx, name, cadre_no, unit_code)
					VALUES (:id, 0, '被反映人', :cadre, :unit)""")
				.param("id", id).param("cadre", cadreNo).param("unit", unitCode).update();
		}
		if (accusedUnitCode != null) {
			jdbc.sql("INSERT INTO report_accused_unit (report_id, idx, name, unit_code) VALUES (:id, 0, '被反映单位', :unit)")
				.param("id", id).param("unit", accusedUnitCode).update();
		}
		return id;
	}

	/**
	 * A supervised task led by {@code leadUnitCode} (with {@code coUnitCodes}), issued on
	 * {@code issuedOn}, due on {@code deadline}, completed on {@code completedOn} (null: in progress).
	 */
	public long task(String leadUnitCode, java.util.List<String> coUnitCodes, LocalDate issuedOn, LocalDate deadline,
			LocalDate completedOn) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO supervised_task (title, source, lead_unit_code, responsible_cadre_no, issued_on, deadline,
				  frequency, status, completed_on, created_by, created_at, version)
				VALUES ('统计测试任务', 'INSTRUCTION', :lead, 'C004', :issued, :deadline, 'MONTHLY', :status, :completed,
				  'officer', :now, 0)""")
			.param("lead", leadUnitCode)
			.param("issued", issuedOn)
			.param("deadline", deadline)
			.param("status", completedOn == null ? "IN_PROGRESS" : "COMPLETED")
			.param("completed", completedOn)
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKey().longValue();
		java.util.List<String> units = new java.util.ArrayList<>();
		units.add(leadUnitCode);
		units.addAll(coUnitCodes);
		for (int i = 0; i < units.size(); i++) {
			jdbc.sql("""
					INSERT INTO supervised_task_unit (task_id, position, unit_code, unit_role, percent, closed_on)
					VALUES (:task, :pos, :unit, :role, :percent, :closed)""")
				.param("task", id)
				.param("pos", i)
				.param("unit", units.get(i))
				.param("role", i == 0 ? "LEAD" : "CO")
				.param("percent", completedOn == null ? 0 : 100)
				.param("closed", completedOn)
				.update();
		}
		return id;
	}
}
