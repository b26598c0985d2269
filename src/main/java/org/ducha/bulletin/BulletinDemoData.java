package org.ducha.bulletin;

import java.time.YearMonth;
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
 * The demo's published bulletin of last month, loaded under the {@code demo} profile when there is
 * no bulletin yet, after the other modules' demo data: assembled by {@code officer} from the demo
 * records, approved and published by {@code director}, so that unit accounts find one to read.
 */
@Component
@Profile("demo")
@Order(95)
class BulletinDemoData implements ApplicationRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulletinDemoData.class);

	private final BulletinRepository repository;
	private final Bulletins bulletins;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final TransactionTemplate transaction;

	BulletinDemoData(BulletinRepository repository, Bulletins bulletins, AccessControl access, WorkingCalendar calendar,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.bulletins = bulletins;
		this.access = access;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("officer").isEmpty() || access.findUser("director").isEmpty()) {
			return;
		}
		YearMonth month = YearMonth.from(calendar.today()).minusMonths(1);
		String id = as("officer", () -> bulletins.assemble(month, null).id());
		as("director", () -> bulletins.approve(id));
		as("director", () -> bulletins.publish(id));
		log.info("Demo data: the published bulletin of {}", month);
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
