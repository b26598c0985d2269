package org.ducha.assignment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadline figures of assignments of one kind per unit, for the statistics and the unit ranking
 * (SPEC §10), counted in the database with one grouped query. An assignment counts when its
 * (current) due date lies in the range: on time if closed on or before the due date, overdue if
 * the due date has passed ({@code today} is later) and it was not closed by then.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentStatistics {

	private final JdbcClient jdbc;

	AssignmentStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One unit's assignments due in the range: how many, how many closed on time, how many overdue. */
	public record UnitDeadlines(String unitCode, long due, long closedOnTime, long overdue) {

		/** Closed on time among those due, 0..1; 1 when nothing was due. */
		public double onTimeRate() {
			return due == 0 ? 1.0 : (double) closedOnTime / due;
		}
	}

	/** Per unit code, the deadline figures of the assignments of {@code kind} due between the dates inclusive. */
	public Map<String, UnitDeadlines> deadlinesByUnit(AssignmentKind kind, LocalDate from, LocalDate to, LocalDate today) {
		Map<String, UnitDeadlines> byUnit = new LinkedHashMap<>();
		List<UnitDeadlines> rows = jdbc.sql("""
				SELECT unit_code, COUNT(*),
				  SUM(CASE WHEN closed_on IS NOT NULL AND closed_on <= due_on THEN 1 ELSE 0 END),
				  SUM(CASE WHEN due_on < :today AND (closed_on IS NULL OR closed_on > due_on) THEN 1 ELSE 0 END)
				FROM assignment WHERE kind = :kind AND due_on BETWEEN :from AND :to
				GROUP BY unit_code ORDER BY unit_code""")
			.param("kind", kind.name())
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.query((rs, n) -> new UnitDeadlines(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
		rows.forEach(r -> byUnit.put(r.unitCode(), r));
		return byUnit;
	}

	/** The overdue count of {@link #deadlinesByUnit} summed over the units ({@code unitCodes} null: all). */
	public long overdue(AssignmentKind kind, LocalDate from, LocalDate to, LocalDate today, Set<String> unitCodes) {
		return deadlinesByUnit(kind, from, to, today).values().stream()
			.filter(d -> unitCodes == null || unitCodes.contains(d.unitCode()))
			.mapToLong(UnitDeadlines::overdue)
			.sum();
	}
}
