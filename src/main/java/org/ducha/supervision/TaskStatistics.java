package org.ducha.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervised task counts for the statistics (SPEC §10), each one query in the database. A task
 * counts as created by its issue date, completed by its completion date, and overdue when its final
 * deadline lies in the range, has passed ({@code today} is later) and the task was not completed by
 * then — the same rule as the overdue rectifications of {@code AssignmentStatistics}.
 * {@code unitCodes} narrows to the tasks one of those units takes part in (lead or co-unit, as the
 * task list's data scope does); null means the whole district. The caller checks who may read them.
 */
@Service
@Transactional(readOnly = true)
public class TaskStatistics {

	private final JdbcClient jdbc;

	TaskStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tasks issued, completed and overdue (see the class comment) between the dates inclusive. */
	public record TaskCounts(long created, long completed, long overdue) {
	}

	public TaskCounts counts(LocalDate from, LocalDate to, LocalDate today, Set<String> unitCodes) {
		return counts(from, to, today, unitCodes, null);
	}

	/** {@link #counts(LocalDate, LocalDate, LocalDate, Set)} of the tasks of one campaign (null: every task). */
	public TaskCounts counts(LocalDate from, LocalDate to, LocalDate today, Set<String> unitCodes, Long campaignId) {
		String campaign = campaignId == null ? "" : " AND campaign_id = " + campaignId.longValue();
		long created = count("issued_on BETWEEN :from AND :to" + campaign, from, to, today, unitCodes);
		long completed = count("completed_on BETWEEN :from AND :to" + campaign, from, to, today, unitCodes);
		long overdue = count("deadline BETWEEN :from AND :to AND " + OVERDUE + campaign, from, to, today, unitCodes);
		return new TaskCounts(created, completed, overdue);
	}

	/** The overdue condition on {@code supervised_task}: the deadline passed and not completed by it. */
	static final String OVERDUE = "deadline < :today AND (completed_on IS NULL OR completed_on > deadline)";

	/** Tasks issued in the range by month (only months with tasks). */
	public Map<YearMonth, Long> createdByMonth(LocalDate from, LocalDate to, Set<String> unitCodes) {
		Map<YearMonth, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT ym, COUNT(*) FROM (SELECT EXTRACT(YEAR FROM issued_on) * 100 + EXTRACT(MONTH FROM issued_on)"
				+ " AS ym FROM supervised_task WHERE issued_on BETWEEN :from AND :to" + unitFilter(unitCodes)
				+ ") months GROUP BY ym ORDER BY ym")
			.params(params(from, to, null, unitCodes))
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(YearMonth.of(e.getKey() / 100, e.getKey() % 100), e.getValue()));
		return counts;
	}

	private long count(String condition, LocalDate from, LocalDate to, LocalDate today, Set<String> unitCodes) {
		return jdbc.sql("SELECT COUNT(*) FROM supervised_task WHERE " + condition + unitFilter(unitCodes))
			.params(params(from, to, condition.contains(":today") ? today : null, unitCodes))
			.query(Long.class)
			.single();
	}

	private static String unitFilter(Set<String> unitCodes) {
		return unitCodes == null ? ""
				: " AND EXISTS (SELECT 1 FROM supervised_task_unit tu WHERE tu.task_id = supervised_task.id"
						+ " AND tu.unit_code IN (:units))";
	}

	private static Map<String, Object> params(LocalDate from, LocalDate to, LocalDate today, Set<String> unitCodes) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", from);
		params.put("to", to);
		if (today != null) {
			params.put("today", today);
		}
		if (unitCodes != null) {
			params.put("units", unitCodes.isEmpty() ? Set.of("") : unitCodes);
		}
		return params;
	}
}
