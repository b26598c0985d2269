package org.ducha.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
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
 * Demo tasks around DEMO.md, loaded under the {@code demo} profile when there is no task yet, spread
 * so that the chart shows a green, a yellow and a red task: 标准化厂房建设 (lead ZJJ, co-unit SCJ,
 * 60,000 m², leader C004 孙丽), a school safety task that is due in two working days, and a market
 * rectification task past its deadline. Created by the demo account {@code officer}.
 */
@Component
@Profile("demo")
@Order(60)
class SupervisionDemoData implements ApplicationRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupervisionDemoData.class);

	private final SupervisedTaskRepository repository;
	private final SupervisedTasks tasks;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final TransactionTemplate transaction;

	SupervisionDemoData(SupervisedTaskRepository repository, SupervisedTasks tasks, AccessControl access,
			WorkingCalendar calendar, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.tasks = tasks;
		this.access = access;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("officer").isEmpty()) {
			return;
		}
		LocalDate today = calendar.today();
		LocalDate greenIssued = calendar.minusWorkingDays(today, 30);
		as("officer", () -> tasks.create(new NewTask("标准化厂房建设", "2026年底前建成标准化厂房6万平方米，完成招商入驻准备。",
				TaskSource.DECISION, "区政府第12次常务会议", "3", null, "ZJJ", List.of("SCJ"), "C004",
				calendar.addWorkingDays(today, 40), ReportingFrequency.SEMIMONTHLY,
				List.of(new NewTarget("标准化厂房", "m²", new BigDecimal("60000"))),
				List.of(new NewMilestone("完成用地报批", 60), new NewMilestone("主体结构封顶", 30),
						new NewMilestone("竣工验收", 5)),
				greenIssued)));
		as("officer", () -> tasks.create(new NewTask("校园周边安全隐患整治", "排查整治校园周边交通、食品安全隐患。",
				TaskSource.INSTRUCTION, "区委书记王建国批示", null, null, "JYJ", List.of("SCJ"), "C005",
				calendar.addWorkingDays(today, 2), ReportingFrequency.WEEKLY, List.of(),
				List.of(new NewMilestone("完成隐患排查", 10), new NewMilestone("完成整改", 2)),
				calendar.minusWorkingDays(today, 20))));
		as("officer", () -> tasks.create(new NewTask("农贸市场提升改造", "完成辖区农贸市场提升改造。",
				TaskSource.KEY_PROJECT, "2026年民生重点项目", null, null, "SCJ", List.of("DXJD"), "C004",
				calendar.minusWorkingDays(today, 3), ReportingFrequency.MONTHLY,
				List.of(new NewTarget("改造市场", "个", new BigDecimal("4"))),
				List.of(new NewMilestone("完成设计方案", 15), new NewMilestone("完成施工", 5)),
				calendar.minusWorkingDays(today, 45))));
		log.info("Demo data: 3 supervised tasks");
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
