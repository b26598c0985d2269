package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

class UserAccountTests {

	static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	static UserAccount account(String cadreNo, String unitCode) {
		return new UserAccount("u", "U", cadreNo, unitCode, "{noop}x", false, NOW);
	}

	static String codeOf(Runnable action) {
		try {
			action.run();
		}
		catch (DomainException e) {
			return e.code();
		}
		return null;
	}

	@Test
	void anAccountHoldsAtMostOneAdministratorRole() {
		for (Role first : new Role[] { Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR }) {
			for (Role second : new Role[] { Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR }) {
				if (first == second) {
					continue;
				}
				UserAccount user = account(null, null);
				user.grant(first);
				assertThat(codeOf(() -> user.grant(second))).isEqualTo("ADMIN_ROLES_COMBINED");
				assertThat(user.getRoles()).containsExactly(first);
			}
		}
	}

	@Test
	void anAdministratorHoldsNoBusinessRole() {
		UserAccount admin = account("C001", "QW");
		admin.grant(Role.AUDITOR);
		assertThat(codeOf(() -> admin.grant(Role.OFFICER))).isEqualTo("ADMIN_ROLE_WITH_BUSINESS_ROLE");
		assertThat(codeOf(() -> admin.grant(Role.CADRE))).isEqualTo("ADMIN_ROLE_WITH_BUSINESS_ROLE");

		UserAccount officer = account("C006", "JW");
		officer.grant(Role.OFFICER);
		assertThat(codeOf(() -> officer.grant(Role.SECURITY_ADMIN))).isEqualTo("ADMIN_ROLE_WITH_BUSINESS_ROLE");
		assertThat(officer.getRoles()).containsExactly(Role.OFFICER);
	}

	@Test
	void businessRolesCombine() {
		UserAccount user = account("C012", "ZJJ");
		user.grant(Role.CADRE);
		user.grant(Role.INSPECTOR);
		assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.CADRE, Role.INSPECTOR);
	}

	@Test
	void unitRolesNeedAUnitAndTheCadreRoleACadre() {
		assertThat(codeOf(() -> account(null, null).grant(Role.UNIT_LIAISON))).isEqualTo("UNIT_REQUIRED");
		assertThat(codeOf(() -> account(null, "ZJJ").grant(Role.CADRE))).isEqualTo("CADRE_REQUIRED");
		UserAccount liaison = account(null, "ZJJ");
		liaison.grant(Role.UNIT_LIAISON);
		assertThat(codeOf(() -> liaison.changeProfile("L", null, null))).isEqualTo("UNIT_REQUIRED");
	}

	@Test
	void grantingAHeldRoleOrRevokingAMissingOneIsRefused() {
		UserAccount user = account(null, null);
		user.grant(Role.OFFICER);
		assertThat(codeOf(() -> user.grant(Role.OFFICER))).isEqualTo("ROLE_ALREADY_GRANTED");
		assertThat(codeOf(() -> user.revoke(Role.LEADER))).isEqualTo("ROLE_NOT_GRANTED");
		user.revoke(Role.OFFICER);
		assertThat(user.getRoles()).isEmpty();
	}

	@Test
	void disablingTwiceOrEnablingAnActiveAccountIsAnIllegalTransition() {
		UserAccount user = account(null, null);
		assertThat(codeOf(user::enable)).isEqualTo("ILLEGAL_TRANSITION");
		user.disable();
		assertThat(user.isEnabled()).isFalse();
		assertThat(codeOf(user::disable)).isEqualTo("ILLEGAL_TRANSITION");
		user.enable();
		assertThat(user.isEnabled()).isTrue();
	}

	@Test
	void unlockingAnAccountThatIsNotLockedIsRefused() {
		UserAccount user = account(null, null);
		assertThatThrownBy(() -> user.unlock(NOW)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("ACCOUNT_NOT_LOCKED");
	}
}
