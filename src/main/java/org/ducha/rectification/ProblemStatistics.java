package org.ducha.rectification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem counts for the statistics, the unit ranking and the monthly bulletin (SPEC §10), each a
 * grouped query in the database. {@code unitCodes} narrows to those units (a unit principal's own
 * figures); null means the whole district. The caller checks who may read them.
 */
@Service
@Transactional(readOnly = true)
public class ProblemStatistics {

	private final JdbcClient jdbc;

	ProblemStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Problems found (found date in range) and closed out (close-out date in range), both dates inclusive. */
	public record ProblemCounts(long found, long closed) {
	}

	public ProblemCounts counts(LocalDate from, LocalDate to, Set<String> unitCodes) {
		return counts(from, to, unitCodes, null);
	}

	/** {@link #counts(LocalDate, LocalDate, Set)} of the problems of one campaign (null: every problem). */
	public ProblemCounts counts(LocalDate from, LocalDate to, Set<String> unitCodes, Long campaignId) {
		return new ProblemCounts(count("found_on", from, to, unitCodes, campaignId),
				count("closed_on", from, to, unitCodes, campaignId));
	}

	/** Problems whose date column lies in the range: a range scan of that column's index. */
	private long count(String dateColumn, LocalDate from, LocalDate to, Set<String> unitCodes, Long campaignId) {
		return jdbc.sql("SELECT COUNT(*) FROM problem WHERE " + dateColumn + " BETWEEN :from AND :to" + unitFilter(unitCodes)
				+ campaignFilter(campaignId))
			.params(params(from, to, unitCodes, campaignId))
			.query(Long.class)
			.single();
	}

	/** Problems found in the range by unit code, most first. */
	public Map<String, Long> foundByUnit(LocalDate from, LocalDate to, Set<String> unitCodes) {
		return foundByUnit(from, to, unitCodes, null);
	}

	/** {@link #foundByUnit(LocalDate, LocalDate, Set)} of the problems of one campaign (null: every problem). */
	public Map<String, Long> foundByUnit(LocalDate from, LocalDate to, Set<String> unitCodes, Long campaignId) {
		return grouped("SELECT unit_code, COUNT(*) FROM problem WHERE found_on BETWEEN :from AND :to" + unitFilter(unitCodes)
				+ campaignFilter(campaignId) + " GROUP BY unit_code ORDER BY COUNT(*) DESC, unit_code", from, to,
				unitCodes, campaignId);
	}

	/** Problems found in the range by category code. */
	public Map<String, Long> foundByCategory(LocalDate from, LocalDate to, Set<String> unitCodes) {
		return foundByCategory(from, to, unitCodes, null);
	}

	/** {@link #foundByCategory(LocalDate, LocalDate, Set)} of the problems of one campaign (null: every problem). */
	public Map<String, Long> foundByCategory(LocalDate from, LocalDate to, Set<String> unitCodes, Long campaignId) {
		return grouped("SELECT category_code, COUNT(*) FROM problem WHERE found_on BETWEEN :from AND :to"
				+ unitFilter(unitCodes) + campaignFilter(campaignId) + " GROUP BY category_code ORDER BY category_code",
				from, to, unitCodes, campaignId);
	}

	/**
	 * Problems whose {@code found_on} ({@code closed = false}) or {@code closed_on} ({@code closed =
	 * true}) lies in the range, by month (only months with problems): one grouped query.
	 */
	public Map<YearMonth, Long> byMonth(boolean closed, LocalDate from, LocalDate to, Set<String> unitCodes) {
		String column = closed ? "closed_on" : "found_on";
		Map<YearMonth, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT ym, COUNT(*) FROM (SELECT EXTRACT(YEAR FROM " + column + ") * 100 + EXTRACT(MONTH FROM " + column
				+ ") AS ym FROM problem WHERE " + column + " BETWEEN :from AND :to" + unitFilter(unitCodes)
				+ ") months GROUP BY ym ORDER BY ym")
			.params(params(from, to, unitCodes))
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(YearMonth.of(e.getKey() / 100, e.getKey() % 100), e.getValue()));
		return counts;
	}

	private static String unitFilter(Set<String> unitCodes) {
		return unitCodes == null ? "" : " AND unit_code IN (:units)";
	}

	private static String campaignFilter(Long campaignId) {
		return campaignId == null ? "" : " AND campaign_id = :campaignId";
	}

	private static Map<String, Object> params(LocalDate from, LocalDate to, Set<String> unitCodes) {
		return params(from, to, unitCodes, null);
	}

	private static Map<String, Object> params(LocalDate from, LocalDate to, Set<String> unitCodes, Long campaignId) {
		Map<String, Object> params = new LinkedHashMap<>();
		if (campaignId != null) {
			params.put("campaignId", campaignId);
		}
		params.put("from", from);
		params.put("to", to);
		if (unitCodes != null) {
			params.put("units", unitCodes.isEmpty() ? Set.of("") : unitCodes);
		}
		return params;
	}

	private Map<String, Long> grouped(String sql, LocalDate from, LocalDate to, Set<String> unitCodes, Long campaignId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql).params(params(from, to, unitCodes, campaignId)).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}
}
