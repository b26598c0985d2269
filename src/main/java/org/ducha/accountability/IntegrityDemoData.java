package org.ducha.accountability;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo commendations (表彰) on two integrity files, entered by the office; only when none exist.
 * Touches no case and no report, so the demo's opinions follow from the other modules' data alone.
 */
@Component
@Profile("demo")
@Order(80)
class IntegrityDemoData implements ApplicationRunner {

	private final CommendationRepository repository;
	private final Commendations commendations;
	private final AccessControl access;
	private final TransactionTemplate transaction;

	IntegrityDemoData(CommendationRepository repository, Commendations commendations, AccessControl access,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.commendations = commendations;
		this.access = access;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("officer").isEmpty()) {
			return;
		}
		as("officer", () -> commendations.record("C010", "全区优秀共产党员", "中共演示区委员会", LocalDate.of(2025, 6, 30)));
		as("officer", () -> commendations.record("C040", "全区作风建设先进个人", "中共演示区委员会", LocalDate.of(2025, 12, 26)));
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
