package org.ducha.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ducha.access.AccessControl;
import org.ducha.access.Role;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.dashboard.MonthFigures;
import org.ducha.dashboard.Statistics;
import org.ducha.dashboard.StatisticsSummary;
import org.ducha.dashboard.UnitRank;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The leader dashboard of SPEC §10 ({@code /dashboard}): for a period (default: 1 January to
 * today) the tiles of the summary, the charts by channel, category, unit and the four forms, the
 * 八项规定 table and the unit ranking. Every number and every chart element links to the list
 * behind it, with the same period (the lists apply the reader's own data scope, so the number
 * and the list agree). LEADER, OFFICE_DIRECTOR and OFFICER see the district; a UNIT_PRINCIPAL sees
 * his units' figures (never report figures) and his unit's rank; anyone else is refused by
 * {@link Statistics} (403).
 *
 * <p>A campaign chosen beside the period ({@code campaignId}) narrows the figures to its reports,
 * problems and supervised tasks, and the links to the report and problem lists carry it (the task
 * list has no campaign filter). The overdue rectifications, the decisions (and their four forms),
 * the month-by-month table and the ranking are not narrowed by campaign, so they are left out then,
 * and a note says so.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardPageController {

	/** The ranking shows its first and last ten units when there are more than twenty (the export has all). */
	static final int RANKING_ENDS = 10;

	/** The units-with-most-problems chart shows the first fifteen (the problem list has every unit). */
	static final int PROBLEM_UNITS = 15;

	/** One bar of a chart and one row of the table beside it: label, value and the list behind it. */
	record Item(String code, String label, long value, String href) {
	}

	/** The month-by-month table: one column per series, one row per month; each cell links to its list. */
	record Monthly(List<String> series, List<MonthRow> rows) {
	}

	record MonthRow(String month, List<Item> cells) {
	}

	private final Statistics statistics;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final MessageSource messages;

	private final RankingExport rankingExport;
	private final Campaigns campaigns;

	DashboardPageController(Statistics statistics, AccessControl access, WorkingCalendar calendar,
			Organization organization, Taxonomies taxonomies, MessageSource messages, RankingExport rankingExport,
			Campaigns campaigns) {
		this.rankingExport = rankingExport;
		this.campaigns = campaigns;
		this.statistics = statistics;
		this.access = access;
		this.calendar = calendar;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.messages = messages;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String campaignId, Model model) {
		if (!statistics.mayRead()) {
			throw DomainException.forbidden("the dashboard is for the district roles and unit principals");
		}
		LocalDate today = calendar.today();
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate start = parse("from", from, today.withDayOfYear(1), errors);
		LocalDate end = parse("to", to, today, errors);
		model.addAttribute("from", from == null ? start.toString() : from);
		model.addAttribute("to", to == null ? end.toString() : to);
		model.addAttribute("errors", errors);
		model.addAttribute("campaignList", campaigns.all());
		Long campaign = null;
		if (campaignId != null && !campaignId.isBlank()) {
			try {
				campaign = Long.valueOf(campaignId.trim());
			}
			catch (NumberFormatException e) {
				errors.put("campaignId", text("dashboard.invalid.campaign"));
			}
		}
		model.addAttribute("campaignId", campaign == null ? "" : campaign.toString());
		if (!errors.isEmpty()) {
			return "dashboard/dashboard";
		}
		StatisticsSummary summary;
		try {
			summary = statistics.summary(start, end, campaign);
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(),
					text("campaignId".equals(f.field()) ? "dashboard.invalid.campaign" : "dashboard.invalid.range")));
			return "dashboard/dashboard";
		}
		Period period = new Period(start, end, campaign);
		model.addAttribute("byCampaign", campaign != null);
		model.addAttribute("period", period);
		model.addAttribute("summary", summary);
		model.addAttribute("district", summary.district());
		model.addAttribute("links", links(period));
		Map<String, List<Item>> charts = new LinkedHashMap<>();
		if (summary.district()) {
			charts.put("channels", channels(summary, period));
			charts.put("reportCategories", reportCategories(summary, period));
		}
		if (campaign == null && summary.district()) {
			List<UnitRank> ranking = statistics.ranking(start, end);
			model.addAttribute("rankedCount", ranking.size());
			model.addAttribute("ranking", ranking.size() <= 2 * RANKING_ENDS ? ranking : ranking.subList(0, RANKING_ENDS));
			model.addAttribute("rankingTail", ranking.size() <= 2 * RANKING_ENDS ? List.of()
					: ranking.subList(ranking.size() - RANKING_ENDS, ranking.size()));
		}
		else if (campaign == null) {
			Optional<UnitRank> own = access.currentUser().hasRole(Role.UNIT_PRINCIPAL)
					? statistics.ownRank(start, end) : Optional.empty();
			model.addAttribute("ownRank", own.orElse(null));
			model.addAttribute("rankedUnits", own.isPresent() ? statistics.rankedUnitCount() : 0);
		}
		charts.put("problemUnits", problemUnits(summary, period, unitNames()));
		charts.put("problemCategories", problemCategories(summary, period));
		if (summary.cases() != null) {
			charts.put("fourForms", fourForms(summary, period));
		}
		charts.put("eightRules", eightRules(summary, period));
		model.addAttribute("charts", charts);
		if (campaign == null) {
			model.addAttribute("monthly", monthly(statistics.monthly(start, end), period, summary.district()));
		}
		return "dashboard/dashboard";
	}

	/** The ranking of the period as .xlsx (the export button of the ranking; district roles). */
	@GetMapping(path = "/ranking", params = "format=xlsx")
	void rankingXlsx(@RequestParam @org.springframework.format.annotation.DateTimeFormat(
			iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		rankingExport.respond(from, to, response);
	}

	/**
	 * The period (and campaign, null: none) of the figures, and the query strings that carry them to
	 * the lists: the campaign only to the report and problem lists, which filter by it.
	 */
	record Period(LocalDate from, LocalDate to, Long campaignId) {

		Period(LocalDate from, LocalDate to) {
			this(from, to, null);
		}

		String href(String path, String fromParam, String toParam, String... more) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath(path)
				.queryParam(fromParam, from)
				.queryParam(toParam, to);
			if (campaignId != null && (path.equals("/reports") || path.equals("/problems"))) {
				b.queryParam("campaignId", campaignId);
			}
			for (int i = 0; i + 1 < more.length; i += 2) {
				b.queryParam(more[i], more[i + 1]);
			}
			return b.encode().build().toUriString();
		}
	}

	private static Map<String, String> links(Period p) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("received", p.href("/reports", "receivedFrom", "receivedTo"));
		links.put("accepted", p.href("/reports", "acceptedFrom", "acceptedTo"));
		links.put("concluded", p.href("/reports", "concludedFrom", "concludedTo"));
		links.put("answered", p.href("/reports", "answeredFrom", "answeredTo"));
		links.put("found", p.href("/problems", "foundFrom", "foundTo"));
		links.put("closed", p.href("/problems", "closedFrom", "closedTo"));
		links.put("overdue", p.href("/assignments", "dueFrom", "dueTo", "kind", "PROBLEM", "late", "true"));
		links.put("decided", p.href("/accountability/cases", "decidedFrom", "decidedTo"));
		links.put("tasksCreated", p.href("/tasks", "createdFrom", "createdTo"));
		links.put("tasksCompleted", p.href("/tasks", "completedFrom", "completedTo"));
		links.put("tasksOverdue", p.href("/tasks", "dueFrom", "dueTo", "overdue", "true"));
		return links;
	}

	private Monthly monthly(List<MonthFigures> months, Period period, boolean withReports) {
		List<String> series = new ArrayList<>();
		if (withReports) {
			series.add("reportsReceived");
		}
		series.addAll(List.of("problemsFound", "problemsClosed", "casesDecided", "tasksCreated"));
		List<MonthRow> rows = new ArrayList<>();
		for (MonthFigures m : months) {
			LocalDate first = m.month().atDay(1).isBefore(period.from()) ? period.from() : m.month().atDay(1);
			LocalDate last = m.month().atEndOfMonth().isAfter(period.to()) ? period.to() : m.month().atEndOfMonth();
			Period p = new Period(first, last);
			List<Item> cells = new ArrayList<>();
			for (String key : series) {
				cells.add(switch (key) {
					case "reportsReceived" -> new Item(key, text("dashboard.series." + key), m.reportsReceived(),
							p.href("/reports", "receivedFrom", "receivedTo"));
					case "problemsFound" -> new Item(key, text("dashboard.series." + key), m.problemsFound(),
							p.href("/problems", "foundFrom", "foundTo"));
					case "problemsClosed" -> new Item(key, text("dashboard.series." + key), m.problemsClosed(),
							p.href("/problems", "closedFrom", "closedTo"));
					case "casesDecided" -> new Item(key, text("dashboard.series." + key), m.casesDecided(),
							p.href("/accountability/cases", "decidedFrom", "decidedTo"));
					default -> new Item(key, text("dashboard.series." + key), m.tasksCreated(),
							p.href("/tasks", "createdFrom", "createdTo"));
				});
			}
			rows.add(new MonthRow(m.month().toString(), cells));
		}
		return new Monthly(series.stream().map(k -> text("dashboard.series." + k)).toList(), rows);
	}

	private List<Item> channels(StatisticsSummary s, Period p) {
		List<Item> items = new ArrayList<>();
		s.reportsByChannel().forEach((channel, n) -> items.add(new Item(channel, text("intake.channel." + channel), n,
				p.href("/reports", "receivedFrom", "receivedTo", "channel", channel))));
		return byValue(items);
	}

	private List<Item> reportCategories(StatisticsSummary s, Period p) {
		List<Item> items = new ArrayList<>();
		s.reportsByCategory().forEach((code, n) -> items.add(new Item(code, categoryName(code), n,
				p.href("/reports", "receivedFrom", "receivedTo", "categoryCode", code, "exactCategory", "true"))));
		return byValue(items);
	}

	private List<Item> problemCategories(StatisticsSummary s, Period p) {
		List<Item> items = new ArrayList<>();
		s.problemsByCategory().forEach((code, n) -> items.add(new Item(code, categoryName(code), n,
				p.href("/problems", "foundFrom", "foundTo", "categoryCode", code))));
		return byValue(items);
	}

	/** Largest first, then by code: the chart reads from the top. */
	private static List<Item> byValue(List<Item> items) {
		items.sort(java.util.Comparator.comparingLong(Item::value).reversed().thenComparing(Item::code));
		return items;
	}

	private static List<Item> problemUnits(StatisticsSummary s, Period p, Map<String, String> unitNames) {
		List<Item> items = new ArrayList<>();
		s.problemsByUnit().entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(PROBLEM_UNITS)
			.forEach(e -> items.add(new Item(e.getKey(), unitNames.getOrDefault(e.getKey(), e.getKey()), e.getValue(),
					p.href("/problems", "foundFrom", "foundTo", "unitCode", e.getKey()))));
		return items;
	}

	private List<Item> fourForms(StatisticsSummary s, Period p) {
		List<Item> items = new ArrayList<>();
		s.cases().byFourForm().forEach((form, n) -> items.add(new Item(form, text("dashboard.fourForm." + form), n,
				p.href("/accountability/cases", "decidedFrom", "decidedTo", "fourForm", form))));
		return items;
	}

	private static List<Item> eightRules(StatisticsSummary s, Period p) {
		List<Item> items = new ArrayList<>();
		for (StatisticsSummary.CategoryCount c : s.eightRules()) {
			String label = c.parentCode() == null ? c.name() : "　" + c.name();
			items.add(new Item(c.code(), label, c.problems(),
					p.href("/problems", "foundFrom", "foundTo", "categoryCode", c.code(), "withSubcategories", "true")));
		}
		return items;
	}

	private String categoryName(String code) {
		return taxonomies.findCategory(code).map(CategoryRef::name).orElse(code);
	}

	private Map<String, String> unitNames() {
		return organization.unitNames();
	}

	private LocalDate parse(String field, String value, LocalDate fallback, Map<String, String> errors) {
		if (value == null) {
			return fallback;
		}
		if (value.isBlank()) {
			errors.put(field, text("dashboard.invalid.required"));
			return fallback;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			errors.put(field, text("dashboard.invalid.date"));
			return fallback;
		}
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}
}
