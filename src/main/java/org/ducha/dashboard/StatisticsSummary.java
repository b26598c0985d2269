package org.ducha.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The counts of SPEC §10 for a period, each by the date of its own event (received, accepted,
 * concluded, answered, found, closed, due, decided), both dates inclusive; revoked decisions are
 * left out. {@code reports} is null for a caller who may not see report figures (a unit principal:
 * counts about reports would tell an accused unit that it was reported). {@code district} tells
 * whether the figures are the district's totals or the caller's own units'.
 *
 * <p>{@code campaignId} (null: every record) narrows the figures to the records of one campaign
 * (SPEC §4): reports, problems and supervised tasks carry one. The decided cases and the overdue
 * rectifications (assignments) carry none, so under a campaign they are not applicable:
 * {@code cases} and {@code problems.overdue} are null and {@link #notApplicable} names them, never
 * an unfiltered figure shown as a filtered one.
 */
public record StatisticsSummary(LocalDate from, LocalDate to, boolean district, Reports reports, Problems problems,
		Cases cases, Map<String, Long> reportsByChannel, Map<String, Long> reportsByCategory,
		Map<String, Long> problemsByCategory, Map<String, Long> problemsByUnit, List<CategoryCount> eightRules,
		TaskCounts tasks, Long campaignId) {

	/** The figures left out under a campaign (their records carry none); empty without a campaign. */
	public static final List<String> NOT_APPLICABLE_UNDER_CAMPAIGN = List.of("problems.overdue", "cases");

	public List<String> notApplicable() {
		return campaignId == null ? List.of() : NOT_APPLICABLE_UNDER_CAMPAIGN;
	}

	public record Reports(long received, long accepted, long concluded, long answered) {
	}

	/** Found and closed out in the period; overdue: rectifications due in the period and not closed by their due date. */
	public record Problems(long found, long closed, Long overdue) {
	}

	/**
	 * Decisions in the period: how many, by the four forms (keys "1".."4", each present) and by form
	 * code (a decision counts once under each of its forms).
	 */
	public record Cases(long decided, Map<String, Long> byFourForm, Map<String, Long> byForm) {
	}

	/**
	 * One category of the 中央八项规定精神 table (taxonomy BXGD): problems found in the period filed
	 * under it; a first-level category also counts those filed under its children.
	 */
	public record CategoryCount(String code, String name, String parentCode, long problems) {
	}
}
