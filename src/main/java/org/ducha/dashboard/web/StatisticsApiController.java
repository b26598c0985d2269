package org.ducha.dashboard.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.dashboard.MonthFigures;
import org.ducha.dashboard.Statistics;
import org.ducha.dashboard.StatisticsSummary;
import org.ducha.dashboard.TaskCounts;
import org.ducha.dashboard.UnitRank;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/statistics/summary} exactly as API.md (plus the breakdowns by channel,
 * category, unit, the 八项规定 table and the supervised tasks), {@code GET /api/v1/statistics/monthly}
 * (every month of the range) and {@code GET /api/v1/statistics/ranking}. Readers:
 * LEADER, OFFICE_DIRECTOR, OFFICER (district totals); UNIT_PRINCIPAL (own units, no report
 * figures: {@code reports} is null); anyone else 403.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
class StatisticsApiController {

	private final Statistics statistics;

	private final RankingExport rankingExport;

	StatisticsApiController(Statistics statistics, RankingExport rankingExport) {
		this.statistics = statistics;
		this.rankingExport = rankingExport;
	}

	record SummaryResponse(LocalDate from, LocalDate to, String scope, StatisticsSummary.Reports reports,
			StatisticsSummary.Problems problems, StatisticsSummary.Cases cases, Map<String, Long> reportsByChannel,
			Map<String, Long> reportsByCategory, Map<String, Long> problemsByCategory, Map<String, Long> problemsByUnit,
			List<StatisticsSummary.CategoryCount> eightRules, TaskCounts tasks,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long campaignId,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<String> notApplicable) {
	}

	record MonthResponse(String month, Long reportsReceived, long problemsFound, long problemsClosed, long casesDecided,
			long tasksCreated) {

		static MonthResponse of(MonthFigures m) {
			return new MonthResponse(m.month().toString(), m.reportsReceived(), m.problemsFound(), m.problemsClosed(),
					m.casesDecided(), m.tasksCreated());
		}
	}

	record RankResponse(int rank, String unitCode, String unitName, double score, long problems, Double onTimeRate,
			long overdue, Double taskScore, Double attendanceRate) {

		static RankResponse of(UnitRank r) {
			return new RankResponse(r.rank(), r.figures().unitCode(), r.figures().unitName(), r.score(),
					r.figures().problems(), r.figures().onTimeRate(), r.figures().overdue(), r.figures().taskScore(),
					r.figures().attendanceRate());
		}
	}

	@GetMapping("/summary")
	@Operation(summary = "Counts of records whose event date lies in the range (revoked decisions excluded)")
	SummaryResponse summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long campaignId) {
		StatisticsSummary s = statistics.summary(from, to, campaignId);
		return new SummaryResponse(s.from(), s.to(), s.district() ? "DISTRICT" : "UNIT", s.reports(), s.problems(),
				s.cases(), s.reportsByChannel(), s.reportsByCategory(), s.problemsByCategory(), s.problemsByUnit(),
				s.eightRules(), s.tasks(), s.campaignId(), campaignId == null ? null : s.notApplicable());
	}

	@GetMapping("/monthly")
	@Operation(summary = "The figures of every month of the range (reportsReceived null for a unit principal)")
	Map<String, Object> monthly(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String campaignId) {
		noCampaign(campaignId);
		List<MonthResponse> items = statistics.monthly(from, to).stream().map(MonthResponse::of).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", from);
		body.put("to", to);
		body.put("items", items);
		return body;
	}

	@GetMapping(path = "/ranking", params = "format=xlsx")
	@Operation(summary = "The unit ranking for the range as .xlsx (district roles)")
	void rankingXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		rankingExport.respond(from, to, response);
	}

	@GetMapping("/ranking")
	@Operation(summary = "The unit ranking for the range (district roles)")
	Map<String, Object> ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String campaignId) {
		noCampaign(campaignId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", from);
		body.put("to", to);
		body.put("items", statistics.ranking(from, to).stream().map(RankResponse::of).toList());
		return body;
	}

	/**
	 * The monthly figures and the ranking are not narrowed by campaign (cases, assignments, ratings
	 * and meetings carry none): a campaign asked for is refused rather than answered unfiltered.
	 */
	private static void noCampaign(String campaignId) {
		if (campaignId != null) {
			throw org.ducha.shared.DomainException.validation(List.of(new org.ducha.shared.DomainException.FieldError(
					"campaignId", "not supported here: only the summary filters by campaign")));
		}
	}
}
