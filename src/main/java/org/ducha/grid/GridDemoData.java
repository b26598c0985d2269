package org.ducha.grid;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.assignment.Assignments;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo grid: a routing table for the grid categories (none for 其他民生事项, which the office routes by
 * hand) and four events from 和平社区 in different stages, one of them rated. Only on an empty grid.
 */
@Component
@Profile("demo")
@Order(70)
class GridDemoData implements ApplicationRunner {

	private static final byte[] EVIDENCE = "已完成墙体加固并设置警示标识，附施工记录。".getBytes(StandardCharsets.UTF_8);

	private final GridEventRepository repository;
	private final GridRoutes routes;
	private final GridEvents events;
	private final Assignments assignments;
	private final Attachments attachments;
	private final AccessControl access;
	private final TransactionTemplate transaction;

	GridDemoData(GridEventRepository repository, GridRoutes routes, GridEvents events, Assignments assignments,
			Attachments attachments, AccessControl access, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.routes = routes;
		this.events = events;
		this.assignments = assignments;
		this.attachments = attachments;
		this.access = access;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (routes.count() == 0) {
			transaction.executeWithoutResult(s -> {
				routes.define("WGSX-01", GridRoute.ANY_AREA, "ZJJ");
				routes.define("WGSX-02", GridRoute.ANY_AREA, "SCJ");
				routes.define("WGSX-03", GridRoute.ANY_AREA, "JYJ");
			});
		}
		if (repository.count() > 0 || access.findUser("hpsq").isEmpty() || access.findUser("officer").isEmpty()) {
			return;
		}
		GridEventView rated = as("hpsq", () -> events.report(new NewGridEvent("HPSQ", "WGSX-01",
				"和平社区3号楼北侧围墙", "围墙出现明显裂缝并向人行道倾斜，雨后有倒塌风险，居民经过时存在安全隐患。", null, List.of()),
				null));
		String ratedAssignment = rated.event().getAssignmentId();
		as("zjj-liaison", () -> assignments.sign(ratedAssignment));
		as("zjj-liaison", () -> assignments.reportProgress(ratedAssignment, "已设置围挡，组织施工队加固。", 60, null));
		AttachmentInfo evidence = attachments.store(new ByteArrayInputStream(EVIDENCE), "evidence.txt", "zjj-liaison",
				false);
		as("zjj-liaison", () -> assignments.submit(ratedAssignment, "已对围墙进行加固，设置警示标识，隐患已消除。",
				List.of(evidence.id())));
		as("officer", () -> events.rate(rated.event().getId(), GridRating.SATISFIED, "处置及时，居民反映良好。"));

		GridEventView handling = as("hpsq", () -> events.report(new NewGridEvent("HPSQ", "WGSX-02", "和平社区农贸市场东门",
				"市场东门多家摊位售卖无标签散装熟食，存在食品安全隐患。", null, List.of()), null));
		as("scj", () -> assignments.sign(handling.event().getAssignmentId()));

		as("hpsq", () -> events.report(new NewGridEvent("HPSQ", "WGSX-01", "和平社区幸福路12号",
				"小区内违规搭建彩钢棚，占用消防通道。", null, List.of()), null));

		as("hpsq", () -> events.report(new NewGridEvent("HPSQ", "WGSX-04", "和平社区文化广场",
				"广场夜间照明灯损坏多日，居民夜间活动不便。", null, List.of()), null));
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
