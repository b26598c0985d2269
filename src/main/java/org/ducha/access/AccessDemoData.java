package org.ducha.access;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts (DEMO.md), loaded under the {@code demo} profile when there are no users; no forced password change. */
@Component
@Profile("demo")
@Order(20)
class AccessDemoData implements ApplicationRunner {

	private final UserAccountRepository users;
	private final UserAccounts accounts;

	AccessDemoData(UserAccountRepository users, UserAccounts accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		for (DemoAccounts.DemoAccount a : DemoAccounts.ALL) {
			accounts.provision(new UserAccounts.NewAccount(a.username(), a.displayName(), a.cadreNo(), a.unitCode(),
					DemoAccounts.PASSWORD), false, List.of(a.role()));
		}
	}
}
