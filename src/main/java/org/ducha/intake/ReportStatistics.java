package org.ducha.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District-wide report counts for the statistics and the monthly bulletin (SPEC §10), counted in
 * the database with one grouped query each, so they stay cheap on a million reports. They carry
 * counts only — no report, no content, no accused, no reporter — and the caller decides who may
 * read them (the dashboard module shows them to the district roles only).
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

	private final JdbcClient jdbc;

	ReportStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The four counts of the summary, each by the date of its own event, both dates inclusive. */
	public record ReportCounts(long received, long accepted, long concluded, long answered) {
	}

	/**
	 * Reports received (received date in range), accepted (acceptance decided in range and not
	 * rejected, transferred or merged), concluded (conclusion date in range) and answered (answer
	 * date in range).
	 */
	public ReportCounts counts(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT
				  SUM(CASE WHEN received_on BETWEEN :from AND :to THEN 1 ELSE 0 END),
				  SUM(CASE WHEN decided_on BETWEEN :from AND :to AND status IN ('ACCEPTED', 'CONCLUDED', 'ANSWERED') THEN 1 ELSE 0 END),
				  SUM(CASE WHEN concluded_on BETWEEN :from AND :to THEN 1 ELSE 0 END),
				  SUM(CASE WHEN answered_on BETWEEN :from AND :to THEN 1 ELSE 0 END)
				FROM report
				WHERE received_on BETWEEN :from AND :to OR decided_on BETWEEN :from AND :to
				   OR concluded_on BETWEEN :from AND :to OR answered_on BETWEEN :from AND :to""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ReportCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/** Reports received in the range by channel code (only channels with reports). */
	public Map<String, Long> receivedByChannel(LocalDate from, LocalDate to) {
		return grouped("SELECT channel, COUNT(*) FROM report WHERE received_on BETWEEN :from AND :to GROUP BY channel ORDER BY channel",
				from, to);
	}

	/** Reports received in the range by category code (only categories with reports). */
	public Map<String, Long> receivedByCategory(LocalDate from, LocalDate to) {
		return grouped("""
				SELECT category_code, COUNT(*) FROM report WHERE received_on BETWEEN :from AND :to
				GROUP BY category_code ORDER BY category_code""", from, to);
	}

	private Map<String, Long> grouped(String sql, LocalDate from, LocalDate to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql).param("from", from).param("to", to).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}
}
