package org.ducha.intake;

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
 * Demo reports around DEMO.md, loaded under the {@code demo} profile when there is no report yet:
 * one per interesting state (new, red, proposal waiting for the director, verification running,
 * answered and rated, not accepted, one naming the officer 林静 that she cannot see), registered
 * and handled by the demo accounts {@code intake}, {@code officer} and {@code director}.
 */
@Component
@Profile("demo")
@Order(40)
class IntakeDemoData implements ApplicationRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IntakeDemoData.class);

	private final ReportRepository repository;
	private final Reports reports;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final TransactionTemplate transaction;

	IntakeDemoData(ReportRepository repository, Reports reports, AccessControl access, WorkingCalendar calendar,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.reports = reports;
		this.access = access;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("intake").isEmpty()) {
			return;
		}
		LocalDate today = calendar.today();
		ReporterIdentity zhang = new ReporterIdentity("张建华", "13812345678", "110101198503071234", "演示区某建筑公司", "演示区和平路18号");
		ReporterIdentity li = new ReporterIdentity("李秀英", "13998765432", null, null, "东兴街道和平社区3栋");

		String fresh = as("intake", () -> register(ReportChannel.ONLINE, calendar.minusWorkingDays(today, 2), true, null,
				List.of(new NewAccused("陈刚", "演示区住房和城乡建设局", "城建股股长", null)), List.of("演示区住房和城乡建设局"),
				"BXGD-01-03", "办理施工许可多次被要求补材料", "2026年以来办理施工许可，窗口每次只告知一项缺少的材料，前后跑了五次仍未办结。"));
		String red = as("intake", () -> register(ReportChannel.PHONE, calendar.minusWorkingDays(today, 17), false, li,
				List.of(new NewAccused("何敏", "演示区市场监督管理局", "副局长", null)), List.of(),
				"ZFZD-03", "投诉处理推诿扯皮", "食品安全投诉转了三个科室，均称不归本科室管理，至今无人处理。"));
		String proposal = as("intake", () -> register(ReportChannel.LETTER, calendar.minusWorkingDays(today, 8), false, zhang,
				List.of(new NewAccused("郑伟", "演示区住房和城乡建设局", "科员", null)), List.of(),
				"BXGD-02", "工作日午间饮酒", "反映郑伟在工作日午间多次在单位附近饭店饮酒，下午上班时有酒气。"));
		String verification = as("intake", () -> register(ReportChannel.VISIT, calendar.minusWorkingDays(today, 30), false, zhang,
				List.of(new NewAccused("冯涛", "东兴街道办事处", "党工委书记", null)), List.of("东兴街道办事处"),
				"BXGD-01-02", "拆迁补偿公示不及时", "和平社区拆迁补偿标准迟迟未公示，居民多次询问无人答复。"));
		String answered = as("intake", () -> register(ReportChannel.BOX, calendar.minusWorkingDays(today, 45), true, null,
				List.of(), List.of("演示区教育局"), "ZFZD-01-01", "学校党支部三会一课流于形式",
				"反映某学校党支部组织生活会多次以业务会代替。"));
		String rejected = as("intake", () -> register(ReportChannel.PHONE, calendar.minusWorkingDays(today, 12), false, li,
				List.of(), List.of(), "ZFZD-04", "小区物业收费纠纷", "反映小区物业公司收费标准不透明。"));
		as("intake", () -> register(ReportChannel.LETTER, calendar.minusWorkingDays(today, 5), false, li,
				List.of(new NewAccused("林静", "演示区纪委监委", "干部", null)), List.of(), "BXGD-01-03",
				"接访时态度生硬", "反映来访接待时工作人员态度生硬，未作登记。"));

		as("officer", () -> {
			reports.accept(proposal);
			reports.proposeDisposal(proposal, DisposalMethod.INQUIRY, "officer", "线索较具体，建议函询。", null);
			reports.accept(verification);
			reports.tellAcceptance(verification, today);
			reports.proposeDisposal(verification, DisposalMethod.VERIFICATION, "officer", "涉及群众切身利益，建议初步核实。", null);
			reports.accept(answered);
			reports.proposeDisposal(answered, DisposalMethod.VERIFICATION, "officer", "建议初步核实。", null);
			reports.reject(rejected, "属于物业服务合同纠纷，不属于作风问题，已告知向住建部门反映。");
			return null;
		});
		as("director", () -> {
			reports.approveDisposal(verification);
			reports.approveDisposal(answered);
			return null;
		});
		as("officer", () -> {
			reports.conclude(answered, Finding.PARTLY_SUBSTANTIATED, "经核实，该支部两次以业务会代替组织生活会，已责令整改。");
			reports.answer(answered, "经核实，反映的问题部分属实，已责令该支部整改并通报。", null);
			return null;
		});
		if (fresh == null || red == null) {
			throw new IllegalStateException("demo reports not created");
		}
	}

	private String register(ReportChannel channel, LocalDate receivedOn, boolean anonymous, ReporterIdentity reporter,
			List<NewAccused> accused, List<String> accusedUnits, String category, String subject, String content) {
		NewReport report = new NewReport(channel, receivedOn, anonymous, anonymous ? "demo-2026" : null, reporter, accused,
				accusedUnits, category, null, subject, content, receivedOn.minusDays(3), List.of());
		Registered registered = reports.register(report);
		if (registered.queryCode() != null) {
			log.info("Demo report {}: query code {} with PIN demo-2026", registered.report().getTrackingNumber(),
					registered.queryCode());
		}
		return String.valueOf(registered.report().getId());
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
