package org.ducha.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.DecisionRecord;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentStatistics;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.intake.ReportStatistics;
import org.ducha.meeting.Meetings;
import org.ducha.meeting.UnitAttendance;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.organization.UnitType;
import org.ducha.rectification.ProblemStatistics;
import org.ducha.shared.DomainException;
import org.ducha.supervision.SupervisedTasks;
import org.ducha.supervision.TaskStatistics;
import org.ducha.supervision.UnitTaskRating;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of SPEC §10, computed through the other modules' public queries (never their
 * tables): the summary counts (with the supervised tasks), the monthly figures and the unit ranking.
 * LEADER, OFFICE_DIRECTOR and OFFICER read the district's totals, report counts limited to the
 * reports the reader may see (the report visibility policy: never one naming him or his unit); a
 * UNIT_PRINCIPAL reads only the figures of his unit and the units below it, without report figures
 * (counts must never tell an accused unit that it was reported). Anyone else → 403.
 *
 * <p>The summary and the ranking figures are kept for a short while ({@link StatisticsCache}, 60 s by
 * default), after the caller's permission was checked: a summary under a key of the caller himself
 * (account, roles, cadre, unit) and his unit scope, so that nothing is ever shared between two users,
 * whatever decides their visibility; the ranking figures, which are the same for every reader (per
 * unit, no report figures), under the period and the day.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

	static final Set<Role> DISTRICT_READERS = EnumSet.of(Role.LEADER, Role.OFFICE_DIRECTOR, Role.OFFICER);
	static final String EIGHT_RULES_TAXONOMY = "BXGD";
	static final int MAX_DAYS = 3700;

	private final ReportStatistics reports;
	private final ProblemStatistics problems;
	private final AssignmentStatistics assignments;
	private final AccountabilityCases cases;
	private final SupervisedTasks tasks;
	private final TaskStatistics taskStatistics;
	private final Meetings meetings;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final UnitRankingRule rankingRule;
	private final StatisticsCache cache;
	private final Campaigns campaigns;

	/**
	 * A summary as one caller sees it: he himself (what decides his visibility), his scope, the
	 * period, the day and the campaign (null: every record).
	 */
	private record SummaryKey(CurrentUser caller, Set<String> units, LocalDate from, LocalDate to, LocalDate today,
			Long campaignId) {
	}

	/** The monthly figures as one caller sees them: the same key as a summary's, apart. */
	private record MonthlyKey(CurrentUser caller, Set<String> units, LocalDate from, LocalDate to, LocalDate today) {
	}

	/** The ranking figures of a period on a day (the same for every reader). */
	private record FiguresKey(LocalDate from, LocalDate to, LocalDate today) {
	}

	Statistics(ReportStatistics reports, ProblemStatistics problems, AssignmentStatistics assignments,
			AccountabilityCases cases, SupervisedTasks tasks, TaskStatistics taskStatistics, Meetings meetings,
			Organization organization, Taxonomies taxonomies, AccessControl access, WorkingCalendar calendar,
			RankingWeights weights, StatisticsCache cache, Campaigns campaigns) {
		this.reports = reports;
		this.problems = problems;
		this.assignments = assignments;
		this.cases = cases;
		this.tasks = tasks;
		this.taskStatistics = taskStatistics;
		this.meetings = meetings;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.access = access;
		this.calendar = calendar;
		this.rankingRule = new UnitRankingRule(weights);
		this.cache = cache;
		this.campaigns = campaigns;
	}

	/** Whether the current user may read statistics at all (district roles or a unit principal). */
	public boolean mayRead() {
		return access.findCurrentUser()
			.map(u -> u.hasAnyRole(Role.LEADER, Role.OFFICE_DIRECTOR, Role.OFFICER, Role.UNIT_PRINCIPAL))
			.orElse(false);
	}

	/** The summary for the period, for the caller's scope (see the class comment), at most one cache TTL old. */
	public StatisticsSummary summary(LocalDate from, LocalDate to) {
		return summary(from, to, null);
	}

	/**
	 * {@link #summary(LocalDate, LocalDate)} of the records of one campaign (null: every record); see
	 * {@link StatisticsSummary} for the figures left out then. An unknown campaign → VALIDATION_FAILED
	 * on {@code campaignId}.
	 */
	public StatisticsSummary summary(LocalDate from, LocalDate to, Long campaignId) {
		checkRange(from, to, campaignId);
		CurrentUser user = access.currentUser();
		Set<String> units = unitsOf(user);
		return cache.get(
				new SummaryKey(user, units == null ? null : Set.copyOf(units), from, to, calendar.today(), campaignId),
				() -> computeSummary(from, to, campaignId));
	}

	private StatisticsSummary computeSummary(LocalDate from, LocalDate to, Long campaignId) {
		CurrentUser user = access.currentUser();
		Set<String> units = unitsOf(user);
		boolean district = units == null;
		LocalDate today = calendar.today();
		StatisticsSummary.Reports reportCounts = null;
		Map<String, Long> byChannel = Map.of();
		Map<String, Long> reportsByCategory = Map.of();
		if (district) {
			ReportStatistics.ReportCounts c = reports.counts(from, to, campaignId);
			reportCounts = new StatisticsSummary.Reports(c.received(), c.accepted(), c.concluded(), c.answered());
			byChannel = reports.receivedByChannel(from, to, campaignId);
			reportsByCategory = reports.receivedByCategory(from, to, campaignId);
		}
		ProblemStatistics.ProblemCounts p = problems.counts(from, to, units, campaignId);
		// assignments and cases carry no campaign: not applicable under one (StatisticsSummary)
		Long overdue = campaignId != null ? null : assignments.overdue(AssignmentKind.PROBLEM, from, to, today, units);
		StatisticsSummary.Cases caseFigures = campaignId != null ? null : caseFigures(from, to, units);
		Map<String, Long> problemsByCategory = problems.foundByCategory(from, to, units, campaignId);
		TaskStatistics.TaskCounts t = taskStatistics.counts(from, to, today, units, campaignId);
		return new StatisticsSummary(from, to, district, reportCounts,
				new StatisticsSummary.Problems(p.found(), p.closed(), overdue), caseFigures, byChannel,
				reportsByCategory, problemsByCategory, problems.foundByUnit(from, to, units, campaignId),
				eightRules(problemsByCategory), new TaskCounts(t.created(), t.completed(), t.overdue()), campaignId);
	}

	/**
	 * The supervised tasks of the period for the caller's scope: issued, completed, overdue (final
	 * deadline in the period and passed, not completed by it). A unit principal counts the tasks his
	 * units take part in, as his task list shows them.
	 */
	public TaskCounts tasks(LocalDate from, LocalDate to) {
		checkRange(from, to);
		return taskCounts(from, to, unitsOf(access.currentUser()), calendar.today());
	}

	private TaskCounts taskCounts(LocalDate from, LocalDate to, Set<String> units, LocalDate today) {
		TaskStatistics.TaskCounts c = taskStatistics.counts(from, to, today, units);
		return new TaskCounts(c.created(), c.completed(), c.overdue());
	}

	/**
	 * The figures of every month the range touches, in order (months without records answer zeros),
	 * each counted within the range only: reports received (null for a unit principal, visible
	 * reports only), problems found and closed out, cases decided (not revoked) and tasks issued.
	 */
	public List<MonthFigures> monthly(LocalDate from, LocalDate to) {
		checkRange(from, to);
		CurrentUser user = access.currentUser();
		Set<String> units = unitsOf(user);
		return cache.get(new MonthlyKey(user, units == null ? null : Set.copyOf(units), from, to, calendar.today()),
				() -> List.copyOf(computeMonthly(from, to, units)));
	}

	private List<MonthFigures> computeMonthly(LocalDate from, LocalDate to, Set<String> units) {
		boolean district = units == null;
		Map<YearMonth, Long> received = district ? reports.receivedByMonth(from, to) : Map.of();
		Map<YearMonth, Long> found = problems.byMonth(false, from, to, units);
		Map<YearMonth, Long> closed = problems.byMonth(true, from, to, units);
		Map<YearMonth, Long> created = taskStatistics.createdByMonth(from, to, units);
		Map<YearMonth, Long> decided = new LinkedHashMap<>();
		for (DecidedCase c : decisions(from, to)) {
			if (units == null || units.contains(c.unitCode())) {
				decided.merge(YearMonth.from(c.decidedOn()), 1L, Long::sum);
			}
		}
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.add(new MonthFigures(m, district ? received.getOrDefault(m, 0L) : null, found.getOrDefault(m, 0L),
					closed.getOrDefault(m, 0L), decided.getOrDefault(m, 0L), created.getOrDefault(m, 0L)));
		}
		return months;
	}

	/**
	 * The unit ranking for the period ({@link UnitRankingRule}) over the district's working units
	 * (departments, townships, villages): district roles only.
	 */
	public List<UnitRank> ranking(LocalDate from, LocalDate to) {
		checkRange(from, to);
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(DISTRICT_READERS.toArray(Role[]::new))) {
			throw DomainException.forbidden("the unit ranking is for the district roles");
		}
		return rankingRule.rank(keptFigures(from, to));
	}

	/** The ranking line of the caller's own unit (a unit principal), if his unit is ranked. */
	public java.util.Optional<UnitRank> ownRank(LocalDate from, LocalDate to) {
		checkRange(from, to);
		CurrentUser user = access.currentUser();
		if (!user.hasRole(Role.UNIT_PRINCIPAL) || user.unitCode() == null) {
			throw DomainException.forbidden("the own rank is for unit principals");
		}
		return rankingRule.rank(keptFigures(from, to)).stream()
			.filter(r -> r.figures().unitCode().equals(user.unitCode()))
			.findFirst();
	}

	/** How many units the ranking ranks (the departments, townships and villages of the district). */
	public int rankedUnitCount() {
		return rankedUnits().size();
	}

	List<UnitFigures> figures(LocalDate from, LocalDate to) {
		LocalDate today = calendar.today();
		Map<String, Long> found = problems.foundByUnit(from, to, null);
		Map<String, AssignmentStatistics.UnitDeadlines> deadlines = assignments.deadlinesByUnit(AssignmentKind.PROBLEM,
				from, to, today);
		Map<String, List<UnitTaskRating>> ratings = tasks.ratingsBetween(from, to).stream()
			.filter(r -> r.rating() != null)
			.collect(Collectors.groupingBy(UnitTaskRating::unitCode));
		Map<String, UnitAttendance> attendance = meetings.attendanceByUnit(from, to);
		List<UnitFigures> figures = new ArrayList<>();
		for (Unit unit : rankedUnits()) {
			String code = unit.getCode();
			AssignmentStatistics.UnitDeadlines d = deadlines.get(code);
			List<UnitTaskRating> rated = ratings.getOrDefault(code, List.of());
			Double taskScore = rated.isEmpty() ? null
					: rated.stream().mapToInt(r -> UnitRankingRule.scoreOf(r.rating())).average().orElse(0);
			UnitAttendance a = attendance.get(code);
			figures.add(new UnitFigures(code, unit.getName(), found.getOrDefault(code, 0L), d == null ? 0 : d.due(),
					d == null ? 0 : d.closedOnTime(), d == null ? 0 : d.overdue(), taskScore, a == null ? 0 : a.required(),
					a == null ? 0 : a.attended()));
		}
		return figures;
	}

	/** {@link #figures} at most one cache TTL old. */
	private List<UnitFigures> keptFigures(LocalDate from, LocalDate to) {
		return cache.get(new FiguresKey(from, to, calendar.today()), () -> List.copyOf(figures(from, to)));
	}

	private List<Unit> rankedUnits() {
		Set<UnitType> ranked = EnumSet.of(UnitType.DEPARTMENT, UnitType.TOWNSHIP, UnitType.VILLAGE);
		return organization.allUnits().stream()
			.filter(u -> ranked.contains(u.getType()))
			.sorted(Comparator.comparing(Unit::getCode))
			.toList();
	}

	/** null: the district; otherwise the unit codes the caller's figures are limited to. */
	private Set<String> unitsOf(CurrentUser user) {
		if (user.hasAnyRole(DISTRICT_READERS.toArray(Role[]::new))) {
			return null;
		}
		if (user.hasRole(Role.UNIT_PRINCIPAL)) {
			DataScope scope = access.scopeOf(user);
			return scope.unitCodes();
		}
		throw DomainException.forbidden("statistics are for the district roles and unit principals");
	}

	private List<StatisticsSummary.CategoryCount> eightRules(Map<String, Long> byCategory) {
		List<CategoryRef> categories = taxonomies.activeCategories(EIGHT_RULES_TAXONOMY);
		List<StatisticsSummary.CategoryCount> counts = new ArrayList<>();
		for (CategoryRef c : categories) {
			long n = byCategory.getOrDefault(c.code(), 0L);
			if (c.isFirstLevel()) {
				n += categories.stream()
					.filter(child -> c.code().equals(child.parentCode()))
					.mapToLong(child -> byCategory.getOrDefault(child.code(), 0L))
					.sum();
			}
			counts.add(new StatisticsSummary.CategoryCount(c.code(), c.name(), c.parentCode(), n));
		}
		return counts;
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		checkRange(from, to, null, false);
	}

	private void checkRange(LocalDate from, LocalDate to, Long campaignId) {
		checkRange(from, to, campaignId, campaignId != null && campaigns.find(campaignId).isEmpty());
	}

	private static void checkRange(LocalDate from, LocalDate to, Long campaignId, boolean unknownCampaign) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (unknownCampaign) {
			errors.add(new DomainException.FieldError("campaignId", "unknown campaign " + campaignId));
		}
		if (from == null) {
			errors.add(new DomainException.FieldError("from", "required"));
		}
		if (to == null) {
			errors.add(new DomainException.FieldError("to", "required"));
		}
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(new DomainException.FieldError("to", "not before from"));
		}
		if (from != null && to != null && from.plusDays(MAX_DAYS).isBefore(to)) {
			errors.add(new DomainException.FieldError("to", "at most " + MAX_DAYS + " days after from"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	private StatisticsSummary.Cases caseFigures(LocalDate from, LocalDate to, Set<String> units) {
		Map<String, Long> byFourForm = new LinkedHashMap<>();
		for (int form = 1; form <= 4; form++) {
			byFourForm.put(String.valueOf(form), 0L);
		}
		Map<String, Long> byForm = new LinkedHashMap<>();
		long decided = 0;
		for (DecidedCase c : decisions(from, to)) {
			if (units != null && !units.contains(c.unitCode())) {
				continue;
			}
			decided++;
			if (c.fourForm() >= 1 && c.fourForm() <= 4) {
				byFourForm.merge(String.valueOf(c.fourForm()), 1L, Long::sum);
			}
			c.forms().forEach(form -> byForm.merge(form, 1L, Long::sum));
		}
		return new StatisticsSummary.Cases(decided, byFourForm, byForm);
	}

	/** The cases decided between the dates inclusive and not revoked, by decision date (district roles). */
	public List<DecidedCase> decidedCases(LocalDate from, LocalDate to) {
		checkRange(from, to);
		if (!access.currentUser().hasAnyRole(DISTRICT_READERS.toArray(Role[]::new))) {
			throw DomainException.forbidden("decided cases are for the district roles");
		}
		return decisions(from, to);
	}

	private List<DecidedCase> decisions(LocalDate from, LocalDate to) {
		Map<String, String> unitNames = new LinkedHashMap<>();
		organization.allUnits().forEach(u -> unitNames.put(u.getCode(), u.getName()));
		List<DecidedCase> decided = new ArrayList<>();
		for (DecisionRecord d : cases.decisionsBetween(from, to)) {
			if (d.revoked()) {
				continue;
			}
			String unitCode = d.subject().unitCode();
			decided.add(new DecidedCase(d.caseId(), unitCode, unitNames.getOrDefault(unitCode, unitCode),
					d.subject().name(), d.subject().position(), d.facts(), d.forms().stream().map(Enum::name).toList(),
					d.fourForm() == null ? 0 : d.fourForm(), d.decidedOn()));
		}
		return decided;
	}
}
