package org.ducha.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report counts for the statistics and the monthly bulletin (SPEC §10), counted in the database
 * with one grouped query each, so they stay cheap on a million reports. They carry counts only — no
 * report, no content, no accused, no reporter — and count only the reports the current user may see
 * ({@link ReportVisibilityPolicy}, pushed into each query as a condition): a district leader accused
 * in person, or belonging to an accused unit, never has that report counted. The caller decides who
 * may read them at all (the dashboard module shows them to the district roles only).
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

	private final JdbcClient jdbc;

	private final ReportViewers viewers;

	ReportStatistics(JdbcClient jdbc, ReportViewers viewers) {
		this.jdbc = jdbc;
		this.viewers = viewers;
	}

	/** The four counts of the summary, each by the date of its own event, both dates inclusive. */
	public record ReportCounts(long received, long accepted, long concluded, long answered) {
	}

	/**
	 * Reports received (received date in range), accepted (acceptance decided in range and not
	 * rejected, transferred or merged), concluded (conclusion date in range) and answered (answer
	 * date in range), among those the current user may see.
	 */
	public ReportCounts counts(LocalDate from, LocalDate to) {
		return counts(from, to, null);
	}

	/** {@link #counts(LocalDate, LocalDate)} of the reports of one campaign (null: every report). */
	public ReportCounts counts(LocalDate from, LocalDate to, Long campaignId) {
		Visibility visibility = Visibility.of(viewers.current(), campaignId);
		return new ReportCounts(count("received_on BETWEEN :from AND :to", from, to, visibility),
				count("decided_on BETWEEN :from AND :to AND status IN " + ACCEPTED_STATUSES, from, to, visibility),
				count("concluded_on BETWEEN :from AND :to", from, to, visibility),
				count("answered_on BETWEEN :from AND :to", from, to, visibility));
	}

	/** The statuses a report counted as accepted is in (the acceptance was not refused, transferred or merged). */
	static final String ACCEPTED_STATUSES = "('ACCEPTED', 'CONCLUDED', 'ANSWERED')";

	/** One count per event date, each a range scan of that date's index. */
	private long count(String condition, LocalDate from, LocalDate to, Visibility visibility) {
		return jdbc.sql("SELECT COUNT(*) FROM report WHERE " + condition + visibility.condition())
			.params(visibility.params(from, to))
			.query(Long.class)
			.single();
	}

	/** Reports received in the range by channel code (only channels with reports), among those the user may see. */
	public Map<String, Long> receivedByChannel(LocalDate from, LocalDate to) {
		return receivedByChannel(from, to, null);
	}

	/** {@link #receivedByChannel(LocalDate, LocalDate)} of the reports of one campaign (null: every report). */
	public Map<String, Long> receivedByChannel(LocalDate from, LocalDate to, Long campaignId) {
		Visibility visibility = Visibility.of(viewers.current(), campaignId);
		return grouped("SELECT channel, COUNT(*) FROM report WHERE received_on BETWEEN :from AND :to"
				+ visibility.condition() + " GROUP BY channel ORDER BY channel", from, to, visibility);
	}

	/** Reports received in the range by category code (only categories with reports), among those the user may see. */
	public Map<String, Long> receivedByCategory(LocalDate from, LocalDate to) {
		return receivedByCategory(from, to, null);
	}

	/** {@link #receivedByCategory(LocalDate, LocalDate)} of the reports of one campaign (null: every report). */
	public Map<String, Long> receivedByCategory(LocalDate from, LocalDate to, Long campaignId) {
		Visibility visibility = Visibility.of(viewers.current(), campaignId);
		return grouped("SELECT category_code, COUNT(*) FROM report WHERE received_on BETWEEN :from AND :to"
				+ visibility.condition() + " GROUP BY category_code ORDER BY category_code", from, to, visibility);
	}

	/** Reports received in the range by month (only months with reports), among those the user may see. */
	public Map<YearMonth, Long> receivedByMonth(LocalDate from, LocalDate to) {
		Visibility visibility = Visibility.of(viewers.current());
		Map<YearMonth, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT ym, COUNT(*) FROM (
				  SELECT EXTRACT(YEAR FROM received_on) * 100 + EXTRACT(MONTH FROM received_on) AS ym FROM report
				  WHERE received_on BETWEEN :from AND :to""" + visibility.condition() + """
				) months GROUP BY ym ORDER BY ym""")
			.params(visibility.params(from, to))
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(YearMonth.of(e.getKey() / 100, e.getKey() % 100), e.getValue()));
		return counts;
	}

	private Map<String, Long> grouped(String sql, LocalDate from, LocalDate to, Visibility visibility) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql)
			.params(visibility.params(from, to))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * {@link ReportVisibilityPolicy#visibleTo} as an SQL condition on the {@code report} table: the
	 * role's reach, then no accused person with the viewer's cadre number and no accused unit in the
	 * viewer's unit lineage (NOT EXISTS on the indexed accused tables, evaluated in the same query).
	 */
	private record Visibility(ReportVisibilityPolicy.Viewer viewer, Long campaignId) {

		static Visibility of(ReportVisibilityPolicy.Viewer viewer) {
			return new Visibility(viewer, null);
		}

		/** The visibility condition, narrowed to the reports of one campaign (null: no narrowing). */
		static Visibility of(ReportVisibilityPolicy.Viewer viewer, Long campaignId) {
			return new Visibility(viewer, campaignId);
		}

		String condition() {
			StringBuilder sql = new StringBuilder();
			if (campaignId != null) {
				sql.append(" AND report.campaign_id = :campaignId");
			}
			switch (ReportVisibilityPolicy.reachOf(viewer.roles())) {
				case ALL -> {
				}
				case OWN_REGISTERED -> sql.append(" AND report.registered_by = :viewerUsername");
				case NONE -> sql.append(" AND 1 = 0");
			}
			if (viewer.cadreNo() != null) {
				sql.append(" AND NOT EXISTS (SELECT 1 FROM report_accused ra WHERE ra.report_id = report.id"
						+ " AND ra.cadre_no = :viewerCadreNo)");
			}
			if (!viewer.unitLineage().isEmpty()) {
				sql.append(" AND NOT EXISTS (SELECT 1 FROM report_accused_unit rau WHERE rau.report_id = report.id"
						+ " AND rau.unit_code IN (:viewerUnits))");
			}
			return sql.toString();
		}

		Map<String, Object> params(LocalDate from, LocalDate to) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("from", from);
			params.put("to", to);
			if (campaignId != null) {
				params.put("campaignId", campaignId);
			}
			if (ReportVisibilityPolicy.reachOf(viewer.roles()) == ReportVisibilityPolicy.Reach.OWN_REGISTERED) {
				params.put("viewerUsername", viewer.username());
			}
			if (viewer.cadreNo() != null) {
				params.put("viewerCadreNo", viewer.cadreNo());
			}
			if (!viewer.unitLineage().isEmpty()) {
				params.put("viewerUnits", viewer.unitLineage());
			}
			return params;
		}
	}
}
