package org.ducha.access;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode, an empty database gets the three separated administrators (admin, secadmin,
 * auditor) so that someone can sign in. Their password is {@code ducha.access.initial-password}
 * or, when that is not set, a random one written once to the log; it must be changed at the first
 * sign-in.
 */
@Component
@Profile("!demo")
@Order(20)
class InitialAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#%+-=";

	record Initial(String username, String displayName, Role role) {
	}

	static final List<Initial> ADMINISTRATORS = List.of(
			new Initial("admin", "系统管理员", Role.SYSTEM_ADMIN),
			new Initial("secadmin", "安全保密管理员", Role.SECURITY_ADMIN),
			new Initial("auditor", "安全审计员", Role.AUDITOR));

	private final UserAccountRepository users;
	private final UserAccounts accounts;
	private final AccessProperties properties;
	private final SecureRandom random = new SecureRandom();

	InitialAccounts(UserAccountRepository users, UserAccounts accounts, AccessProperties properties) {
		this.users = users;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		boolean configured = properties.initialPassword() != null && !properties.initialPassword().isBlank();
		for (Initial initial : ADMINISTRATORS) {
			String password = configured ? properties.initialPassword() : randomPassword();
			accounts.provision(new UserAccounts.NewAccount(initial.username(), initial.displayName(), null, null, password),
					true, List.of(initial.role()));
			if (!configured) {
				log.warn("Created the initial account '{}' with the one-time password {} (to be changed at first sign-in)",
						initial.username(), password);
			}
		}
	}

	String randomPassword() {
		String password;
		do {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			password = sb.toString();
		}
		while (!PasswordPolicy.isSatisfiedBy(password));
		return password;
	}
}
