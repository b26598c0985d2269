package org.ducha.accountability;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application context for the accountability integration tests: the demo district with a clock the tests
 * set (Friday 2026-09-18 unless a test moves it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(AccountabilityTestConfiguration.class)
abstract class AccountabilityIntegrationSupport {

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor DIRECTOR = user("director").roles("OFFICE_DIRECTOR");
	static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor ZJJ_LIAISON = user("zjj-liaison").roles("UNIT_LIAISON");
	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor CADRE = user("chengang").roles("CADRE");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountabilityTestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountabilityCases cases;

	@Autowired
	AccessControl access;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	/** Runs {@code work} as a demo account in a transaction, as the pages and API would. */
	<T> T as(String username, Supplier<T> work) {
		CurrentUser user = access.findUser(username).orElseThrow();
		SecurityContextHolder.getContext().setAuthentication(user.toAuthentication());
		try {
			return new TransactionTemplate(transactions).execute(s -> work.get());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	void as(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	static void await(BooleanSupplier condition) {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("condition not reached within 10 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	long auditCount(String action, String objectId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND object_id = :o")
			.param("a", action).param("o", objectId).query(Long.class).single();
	}
}
