package org.ducha.rectification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.assignment.Assignments;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.calendar.WorkingCalendar;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo problems around DEMO.md, loaded under the {@code demo} profile when there is no problem yet:
 * problems of 住建局, 市场监管局 and 东兴街道 issued by {@code officer} over recent months, one
 * of 住建局 closed out (signed, submitted with evidence, accepted) and a later one of the same
 * category that recurs it, and one inspection finding recorded by {@code inspector}.
 */
@Component
@Profile("demo")
@Order(60)
class RectificationDemoData implements ApplicationRunner {

	private static final byte[] EVIDENCE = "一次性告知清单已于窗口公示，附培训签到表。".getBytes(StandardCharsets.UTF_8);

	private final ProblemRepository repository;
	private final Problems problems;
	private final InspectionFindings findings;
	private final Assignments assignments;
	private final Attachments attachments;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final TransactionTemplate transaction;

	RectificationDemoData(ProblemRepository repository, Problems problems, InspectionFindings findings,
			Assignments assignments, Attachments attachments, AccessControl access, WorkingCalendar calendar,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.problems = problems;
		this.findings = findings;
		this.assignments = assignments;
		this.attachments = attachments;
		this.access = access;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("officer").isEmpty() || access.findUser("inspector").isEmpty()) {
			return;
		}
		LocalDate today = calendar.today();
		ProblemView closed = as("officer", () -> problems.create(problem("ZJJ", "BXGD-01-03", Severity.SERIOUS,
				ProblemSource.INSPECTION, "政务服务窗口未落实一次性告知，群众办理施工许可多次往返。",
				"制定并公示一次性告知清单，开展窗口人员作风培训。", List.of("C012"),
				calendar.minusWorkingDays(today, 60))));
		String closedAssignment = closed.assignment().id();
		as("zjj-liaison", () -> assignments.sign(closedAssignment));
		as("zjj-liaison", () -> assignments.reportProgress(closedAssignment, "已制定一次性告知清单，正在组织培训。", 60, null));
		AttachmentInfo evidence = attachments.store(new ByteArrayInputStream(EVIDENCE), "evidence.txt",
				"zjj-liaison", false);
		as("zjj-liaison", () -> assignments.submit(closedAssignment, "一次性告知清单已在窗口公示，培训已完成。",
				List.of(evidence.id())));
		as("officer", () -> assignments.close(closedAssignment));
		awaitClosed(closed.problem().getId(), closedAssignment, today);

		as("officer", () -> problems.create(problem("ZJJ", "BXGD-01-03", Severity.GENERAL, ProblemSource.SURVEY,
				"群众评议反映建设工程窗口仍存在多次要求补充材料的情况。", "复查一次性告知清单执行情况，落实首问负责制。",
				List.of(), today)));
		as("officer", () -> problems.create(problem("SCJ", "ZFZD-03", Severity.SERIOUS, ProblemSource.PATROL,
				"食品安全投诉在科室之间流转，未明确首办责任。", "明确投诉首办责任科室，建立限时办结制度。",
				List.of("C021"), calendar.minusWorkingDays(today, 25))));
		as("officer", () -> problems.create(problem("DXJD", "BXGD-01-02", Severity.GRAVE, ProblemSource.MEDIA,
				"媒体报道拆迁补偿公示迟缓，街道未及时回应群众关切。", "限期公示补偿标准，建立群众诉求回应机制。",
				List.of("C030"), calendar.minusWorkingDays(today, 3))));

		as("inspector", () -> findings.record(new NewFinding("ZJJ", "BXGD-01-04", "区住建局三楼办公区",
				LocalDateTime.of(calendar.minusWorkingDays(today, 1), java.time.LocalTime.of(10, 30)),
				"工作日上午10时30分，办公室两名工作人员在玩手机游戏，来访群众等候无人接待。", List.of())));
	}

	/** The close-out follows the assignment's event; waits for it so that the recurrence below is detected. */
	private void awaitClosed(Long problemId, String assignmentId, LocalDate today) {
		for (int attempt = 0; attempt < 100; attempt++) {
			if (repository.findById(problemId).map(p -> p.getStatus() == ProblemStatus.CLOSED).orElse(false)) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		transaction.executeWithoutResult(status -> problems.closeOut(assignmentId, String.valueOf(problemId), today));
	}

	private static NewProblem problem(String unit, String category, Severity severity, ProblemSource source,
			String description, String measures, List<String> cadres, LocalDate issuedOn) {
		return new NewProblem(unit, category, severity, source, description, measures, cadres, null, null, issuedOn, null);
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
