package org.ducha.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.FlagReason;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.rectification.NewProblem;
import org.ducha.rectification.ProblemFilter;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Problems;
import org.ducha.rectification.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo district's accountability (SPEC §8), loaded under the {@code demo} profile when there is no case yet,
 * dates relative to the calendar's today:
 * <ul>
 * <li>a 住建局 problem naming 陈刚 (C012), issued {@value #CHEN_GANG_ISSUED_WORKING_DAYS_AGO} working days ago
 * and left undone, its assignment flagged OVERDUE through the assignments module (as the daily sweep does), so
 * that it reaches the accountability candidates through {@code AssignmentFlagged};</li>
 * <li>何敏 (C021) admonished (诫勉) by the district three months ago — the case opened a month before, its
 * 一案双究 proposals dismissed with reasons, her statement recorded — so that her integrity file and opinion
 * show the decision within its effect period;</li>
 * <li>an open case against 冯涛 (C030) under investigation, on the 东兴街道 problem naming him.</li>
 * </ul>
 */
@Component
@Profile("demo")
@Order(75)
class AccountabilityDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountabilityDemoData.class);

	static final int CHEN_GANG_ISSUED_WORKING_DAYS_AGO = 40;
	static final String CHEN_GANG_PROBLEM = "办理建设工程竣工验收备案时推诿扯皮，群众反映三次往返仍未办结。";
	static final String HE_MIN_DOCUMENT = "演纪诫〔2026〕3号";

	private final AccountabilityCaseRepository repository;
	private final AccountabilityCases cases;
	private final Problems problems;
	private final Assignments assignments;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transaction;

	AccountabilityDemoData(AccountabilityCaseRepository repository, AccountabilityCases cases, Problems problems,
			Assignments assignments, AccessControl access, WorkingCalendar calendar, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.cases = cases;
		this.problems = problems;
		this.assignments = assignments;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("officer").isEmpty() || access.findUser("director").isEmpty()) {
			return;
		}
		LocalDate today = calendar.today();
		chenGangsOverdueProblem(today);
		heMinsAdmonishment(today);
		fengTaosOpenCase();
		log.info("Demo data: an overdue problem of 陈刚 flagged, 何敏 admonished, a case against 冯涛 under investigation");
	}

	private void chenGangsOverdueProblem(LocalDate today) {
		ProblemView problem = as("officer", () -> problems.create(new NewProblem("ZJJ", "ZFZD-03", Severity.SERIOUS,
				ProblemSource.SURVEY, CHEN_GANG_PROBLEM, "明确首办责任，限期办结积压的竣工验收备案，向群众说明情况。",
				List.of("C012"), null, null, calendar.minusWorkingDays(today, CHEN_GANG_ISSUED_WORKING_DAYS_AGO), null)));
		String assignmentId = problem.assignment().id();
		// As the daily sweep flags an item five working days overdue: by the system, through the module's API.
		transaction.executeWithoutResult(status -> assignments.flag(assignmentId, FlagReason.OVERDUE, today));
	}

	private void heMinsAdmonishment(LocalDate today) {
		LocalDate decidedOn = today.minusMonths(3);
		LocalDate openedOn = decidedOn.minusMonths(1);
		as("officer", () -> {
			CurrentUser officer = access.currentUser();
			AccountabilityCase c = cases.openCase(NewCase.againstCadre("C021",
					"分管的食品安全投诉处置工作中，对群众反复投诉的问题未督促首办科室及时处理，造成不良影响。"), null, officer, openedOn);
			Instant now = Instant.now(clock);
			for (Proposal p : List.copyOf(c.getProposals())) {
				c.proposalDismissed(p, "经调查，该同志已履行督促职责，不负领导责任。", "officer", openedOn.plusDays(5), now);
				audit.recordAs("officer", "CASE_PROPOSAL_DISMISSED", AccountabilityCases.AUDIT_TYPE,
						AccountabilityCases.id(c), "proposal=" + p.getId());
			}
			c.startInvestigation("officer", now);
			c.recordDefence("对未及时督促处置投诉的事实无异议，已组织整改。", false, "officer", openedOn.plusDays(14), now);
			c.propose("拟予诫勉。", "officer", now);
			c.decide(new AccountabilityCase.Decision(List.of(Form.ADMONISHMENT), decidedOn, decidedOn, HE_MIN_DOCUMENT,
					cases.defaultDecidingBody(c), null), "director", now);
			repository.save(c);
			audit.recordAs("director", "CASE_DECIDED", AccountabilityCases.AUDIT_TYPE, AccountabilityCases.id(c),
					"forms=ADMONISHMENT fourForm=" + c.getFourForm() + " document=" + HE_MIN_DOCUMENT);
			return c;
		});
	}

	private void fengTaosOpenCase() {
		List<String> basis = as("officer", () -> problems
			.search(new ProblemFilter("DXJD", null, null, null, null, null, null), PageRequest.of(0, 50))
			.stream()
			.filter(p -> p.problem().getResponsibleCadreNos().contains("C030"))
			.map(p -> p.problem().getId().toString())
			.limit(1)
			.toList());
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C030",
				"街道对拆迁补偿公示迟缓、未及时回应群众关切负有主体责任，作为党工委书记履行第一责任人职责不到位。").withProblems(basis)));
		as("officer", () -> cases.startInvestigation(opened.id()));
	}

	private <T> T as(String username, Supplier<T> work) {
		CurrentUser user = access.findUser(username).orElseThrow();
		SecurityContextHolder.getContext().setAuthentication(user.toAuthentication());
		try {
			return transaction.execute(status -> work.get());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
