package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class UserAdministrationIntegrationTests extends AccessIntegrationSupport {

	static final RequestPostProcessor SYSTEM_ADMIN = user("sys-admin").roles("SYSTEM_ADMIN");
	static final RequestPostProcessor SECURITY_ADMIN = user("sec-admin").roles("SECURITY_ADMIN");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Logins logins;

	@BeforeEach
	void testUnitAndCadre() {
		if (jdbc.queryForObject("select count(*) from org_unit where code = 'TU1'", Integer.class) == 0) {
			jdbc.update("insert into org_unit (code, name, type) values ('TU1', 'Test unit', 'DEPARTMENT')");
			jdbc.update("insert into org_unit (code, name, type) values ('TU2', 'Other unit', 'DEPARTMENT')");
			jdbc.update("""
					insert into org_cadre (cadre_no, name, unit_code, rank, party_member, status)
					values ('TC1', 'Test cadre', 'TU1', 'STAFF', true, 'SERVING')""");
		}
	}

	List<String> auditedActions(String username) {
		return audit.search(username, null, null, Pageable.unpaged()).getContent().stream()
			.map(AuditEvent::getAction).toList();
	}

	@Test
	void theSystemAdministratorCreatesAnAccountWhosePasswordMustBeChanged() throws Exception {
		String name = unique("created");

		MvcResult result = mvc.perform(post("/access/users").with(SYSTEM_ADMIN).with(csrf()).param("username", name)
				.param("displayName", "Created").param("cadreNo", "TC1").param("unitCode", "")
				.param("initialPassword", "Initial#Pass1"))
			.andExpect(status().isFound())
			.andReturn();

		UserAccount created = accounts.findByUsername(name).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/access/users/" + created.getId());
		assertThat(created.isMustChangePassword()).isTrue();
		assertThat(created.getRoles()).isEmpty();
		assertThat(created.getUnitCode()).as("defaults to the cadre's unit").isEqualTo("TU1");
		List<AuditEvent> events = audit.search(name, "sys-admin", "USER_CREATED", Pageable.unpaged()).getContent();
		assertThat(events).hasSize(1);
		assertThat(events.getFirst().getDetails()).doesNotContain("Initial#Pass1");
		assertThat(pageLogin(name, "Initial#Pass1").getResponse().getRedirectedUrl()).isEqualTo(ForcedPasswordChange.PAGE);
	}

	@Test
	void theCreateFormKeepsWhatWasTypedAndShowsTheErrorBesideTheField() throws Exception {
		String name = unique("weakform");

		mvc.perform(post("/access/users").with(SYSTEM_ADMIN).with(csrf()).param("username", name)
				.param("displayName", "Weak Form").param("cadreNo", "").param("unitCode", "TU2")
				.param("initialPassword", "password"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")))
			.andExpect(content().string(Matchers.containsString("value=\"Weak Form\"")))
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.containsString("密码至少8位")));
		assertThat(accounts.findByUsername(name)).isEmpty();

		mvc.perform(post("/access/users").with(SYSTEM_ADMIN).with(csrf()).param("username", name)
				.param("displayName", "Bad Unit").param("unitCode", "NO-SUCH").param("initialPassword", "Initial#Pass1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("单位代码“NO-SUCH”不存在")));
		assertThat(accounts.findByUsername(name)).isEmpty();
	}

	@Test
	void theCreateFormShowsEveryProblemAtOnce() throws Exception {
		String html = mvc.perform(post("/access/users").with(SYSTEM_ADMIN).with(csrf()).param("username", "Bad Name")
				.param("displayName", "").param("cadreNo", "C-NONE").param("unitCode", "NOPE")
				.param("initialPassword", "short"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("用户名须为2至64位", "请填写姓名", "干部编号“C-NONE”不存在", "单位代码“NOPE”不存在", "密码至少8位");
		assertThat(html.split("class=\"invalid-feedback\">[^<]", -1)).hasSize(6);
	}

	@Test
	void aTakenOrMalformedUserNameIsRefused() throws Exception {
		String name = unique("taken");
		newUser(name, false);

		mvc.perform(post("/access/users").with(SYSTEM_ADMIN).with(csrf()).param("username", name)
				.param("displayName", "Again").param("initialPassword", "Initial#Pass1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("已被使用")));
		mvc.perform(post("/access/users").with(SYSTEM_ADMIN).with(csrf()).param("username", "-bad name")
				.param("displayName", "Bad").param("initialPassword", "Initial#Pass1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("用户名须为2至64位")));
	}

	@Test
	void onlyTheSystemAdministratorManagesUsers() throws Exception {
		mvc.perform(get("/access/users").with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(get("/access/users").with(SECURITY_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(post("/access/users").with(user("o").roles("OFFICER")).with(csrf()).param("username", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/access/users").with(SYSTEM_ADMIN)).andExpect(status().isOk());
	}

	@Test
	void theUserListFiltersAndAnsweresHtmxWithTheResultsOnly() throws Exception {
		String name = unique("findme");
		newUser(name, false, Role.OFFICER);

		mvc.perform(get("/access/users").with(SYSTEM_ADMIN).param("text", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-username=\"" + name + "\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-username=\"admin\""))));
		mvc.perform(get("/access/users").with(SYSTEM_ADMIN).header("HX-Request", "true").param("text", name))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-username=\"" + name + "\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndTokens() throws Exception {
		String name = unique("todisable");
		UserAccount user = newUser(name, false, Role.OFFICER);
		Cookie session = session(name, PASSWORD);
		String token = token(name, PASSWORD);

		mvc.perform(post("/access/users/{id}/disable", user.getId()).with(SYSTEM_ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/access/users/" + user.getId()))
			.andExpect(flash().attribute("noticeKey", "access.users.disabled"));

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(pageLogin(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?disabled");

		mvc.perform(post("/access/users/{id}/enable", user.getId()).with(SYSTEM_ADMIN).with(csrf()));
		assertThat(pageLogin(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(auditedActions(name)).contains("USER_DISABLED", "USER_ENABLED");
	}

	@Test
	void nobodyDisablesTheirOwnAccount() throws Exception {
		String name = unique("selfadmin");
		UserAccount self = newUser(name, false, Role.SYSTEM_ADMIN);

		mvc.perform(post("/access/users/{id}/disable", self.getId()).with(user(name).roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(flash().attribute("failureKey", "error.SELF_DISABLE_REFUSED"));
		assertThat(accounts.get(self.getId()).isEnabled()).isTrue();
	}

	@Test
	void unlockingLetsALockedUserSignInBeforeTheLockEnds() throws Exception {
		String name = unique("tounlock");
		UserAccount user = newUser(name, false, Role.OFFICER);
		for (int i = 0; i < 5; i++) {
			requestToken(name, "Wrong#Pass" + i);
		}
		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(423);
		mvc.perform(get("/access/users/{id}", user.getId()).with(SYSTEM_ADMIN))
			.andExpect(content().string(Matchers.containsString("data-testid=\"unlock\"")));

		mvc.perform(get("/access/users").with(SYSTEM_ADMIN).param("status", "LOCKED"))
			.andExpect(content().string(Matchers.containsString("data-username=\"" + name + "\"")));

		mvc.perform(post("/access/users/{id}/unlock", user.getId()).with(SYSTEM_ADMIN).with(csrf()))
			.andExpect(flash().attribute("noticeKey", "access.users.unlocked"));
		mvc.perform(get("/access/users").with(SYSTEM_ADMIN).param("status", "LOCKED"))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-username=\"" + name + "\""))));

		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(200);
		assertThat(auditedActions(name)).contains("USER_UNLOCKED");
	}

	@Test
	void resettingAPasswordForcesAChangeAndEndsTheTokens() throws Exception {
		String name = unique("toreset");
		UserAccount user = newUser(name, false, Role.OFFICER);
		String token = token(name, PASSWORD);

		mvc.perform(post("/access/users/{id}/password", user.getId()).with(SYSTEM_ADMIN).with(csrf())
				.param("newPassword", "weak"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")));
		mvc.perform(post("/access/users/{id}/password", user.getId()).with(SYSTEM_ADMIN).with(csrf())
				.param("newPassword", "Reset#Pass9"))
			.andExpect(flash().attribute("noticeKey", "access.users.passwordReset"));

		assertThat(accounts.get(user.getId()).isMustChangePassword()).isTrue();
		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(pageLogin(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(pageLogin(name, "Reset#Pass9").getResponse().getRedirectedUrl()).isEqualTo(ForcedPasswordChange.PAGE);
		assertThat(auditedActions(name)).contains("PASSWORD_RESET");
	}

	@Test
	void editingTheProfileChecksTheUnitAndIsAudited() throws Exception {
		String name = unique("profile");
		UserAccount user = newUser(name, false);

		mvc.perform(post("/access/users/{id}", user.getId()).with(SYSTEM_ADMIN).with(csrf())
				.param("displayName", "New Name").param("cadreNo", "").param("unitCode", "NOPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"New Name\"")))
			.andExpect(content().string(Matchers.containsString("单位代码“NOPE”不存在")));
		mvc.perform(post("/access/users/{id}", user.getId()).with(SYSTEM_ADMIN).with(csrf())
				.param("displayName", "New Name").param("cadreNo", "").param("unitCode", "TU2"))
			.andExpect(redirectedUrl("/access/users/" + user.getId()));

		UserAccount changed = accounts.get(user.getId());
		assertThat(changed.getDisplayName()).isEqualTo("New Name");
		assertThat(changed.getUnitCode()).isEqualTo("TU2");
		assertThat(auditedActions(name)).contains("USER_UPDATED");
	}

	@Test
	void theSecurityAdministratorGrantsAndRevokesRoles() throws Exception {
		String name = unique("grantee");
		UserAccount user = newUser(name, false);

		mvc.perform(post("/access/grants/{id}/grant", user.getId()).with(SECURITY_ADMIN).with(csrf())
				.param("role", "OFFICER"))
			.andExpect(redirectedUrl("/access/grants/" + user.getId()))
			.andExpect(flash().attribute("noticeKey", "access.grants.granted"));
		assertThat(accounts.get(user.getId()).getRoles()).containsExactly(Role.OFFICER);
		assertThat(token(name, PASSWORD)).isNotBlank();
		mvc.perform(get("/access/grants").with(SECURITY_ADMIN).param("role", "OFFICER").param("text", name))
			.andExpect(content().string(Matchers.containsString("data-username=\"" + name + "\"")));
		mvc.perform(get("/access/grants").with(SECURITY_ADMIN).param("role", "LEADER").param("text", name))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-username=\"" + name + "\""))));

		mvc.perform(post("/access/grants/{id}/revoke", user.getId()).with(SECURITY_ADMIN).with(csrf())
				.param("role", "OFFICER"))
			.andExpect(flash().attribute("noticeKey", "access.grants.revoked"));
		assertThat(accounts.get(user.getId()).getRoles()).isEmpty();

		List<AuditEvent> grants = audit.search(name, "sec-admin", null, Pageable.unpaged()).getContent();
		assertThat(grants).extracting(AuditEvent::getAction).containsExactlyInAnyOrder("ROLE_GRANTED", "ROLE_REVOKED");
		assertThat(grants).extracting(AuditEvent::getDetails).containsOnly("role=OFFICER");
	}

	@Test
	void aRoleChangeEndsTheUsersPageSessions() throws Exception {
		String name = unique("regrant");
		UserAccount user = newUser(name, false, Role.OFFICER);
		Cookie session = session(name, PASSWORD);

		accounts.grant(user.getId(), Role.INSPECTOR);

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theSecurityAdministratorCannotGiveAnAccountTwoAdministratorRoles() throws Exception {
		String name = unique("twoadmins");
		UserAccount user = newUser(name, false, Role.SYSTEM_ADMIN);

		MvcResult refused = mvc.perform(post("/access/grants/{id}/grant", user.getId()).with(SECURITY_ADMIN)
				.with(csrf()).param("role", "AUDITOR"))
			.andExpect(redirectedUrl("/access/grants/" + user.getId()))
			.andExpect(flash().attribute("failureKey", "error.ADMIN_ROLES_COMBINED"))
			.andReturn();

		assertThat(accounts.get(user.getId()).getRoles()).containsExactly(Role.SYSTEM_ADMIN);
		mvc.perform(get("/access/grants/{id}", user.getId()).with(SECURITY_ADMIN)
				.cookie(refused.getResponse().getCookie("SESSION")))
			.andExpect(content().string(Matchers.containsString("data-testid=\"failure\"")))
			.andExpect(content().string(Matchers.containsString("三员分立：系统管理员、安全保密管理员、安全审计员不能由同一账号兼任")));
	}

	@Test
	void theSecurityAdministratorCannotMixAdministratorAndBusinessRoles() throws Exception {
		UserAccount auditor = newUser(unique("auditorbiz"), false, Role.AUDITOR);
		UserAccount officer = newUser(unique("officeradm"), false, Role.OFFICER);

		mvc.perform(post("/access/grants/{id}/grant", auditor.getId()).with(SECURITY_ADMIN).with(csrf())
				.param("role", "LEADER"))
			.andExpect(flash().attribute("failureKey", "error.ADMIN_ROLE_WITH_BUSINESS_ROLE"));
		mvc.perform(post("/access/grants/{id}/grant", officer.getId()).with(SECURITY_ADMIN).with(csrf())
				.param("role", "SECURITY_ADMIN"))
			.andExpect(flash().attribute("failureKey", "error.ADMIN_ROLE_WITH_BUSINESS_ROLE"));

		assertThat(accounts.get(auditor.getId()).getRoles()).containsExactly(Role.AUDITOR);
		assertThat(accounts.get(officer.getId()).getRoles()).containsExactly(Role.OFFICER);
	}

	@Test
	void unitRolesNeedTheAccountsUnit() throws Exception {
		UserAccount noUnit = newUser(unique("nounit"), false);

		mvc.perform(post("/access/grants/{id}/grant", noUnit.getId()).with(SECURITY_ADMIN).with(csrf())
				.param("role", "UNIT_LIAISON"))
			.andExpect(flash().attribute("failureKey", "error.UNIT_REQUIRED"));
		assertThat(accounts.get(noUnit.getId()).getRoles()).isEmpty();
	}

	@Test
	void nobodyChangesTheirOwnRoles() throws Exception {
		String name = unique("selfgrant");
		UserAccount self = newUser(name, false, Role.SECURITY_ADMIN);

		mvc.perform(post("/access/grants/{id}/revoke", self.getId()).with(user(name).roles("SECURITY_ADMIN"))
				.with(csrf()).param("role", "SECURITY_ADMIN"))
			.andExpect(flash().attribute("failureKey", "error.SELF_GRANT_REFUSED"));
		assertThat(accounts.get(self.getId()).getRoles()).containsExactly(Role.SECURITY_ADMIN);
	}

	@Test
	void onlyTheSecurityAdministratorGrantsRoles() throws Exception {
		UserAccount user = newUser(unique("notgranted"), false);

		mvc.perform(post("/access/grants/{id}/grant", user.getId()).with(SYSTEM_ADMIN).with(csrf()).param("role", "OFFICER"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/access/grants").with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(get("/access/grants").with(SECURITY_ADMIN)).andExpect(status().isOk());
		assertThat(accounts.get(user.getId()).getRoles()).isEmpty();
	}

	@Test
	void theLoginLogIsForTheSecurityAdministratorAndTheAuditor() throws Exception {
		String name = unique("logged");
		newUser(name, false, Role.OFFICER);
		requestToken(name, "Wrong#Pass1");

		mvc.perform(get("/access/login-log").with(SECURITY_ADMIN).param("username", name))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-outcome=\"FAILURE\"")));
		mvc.perform(get("/access/login-log").with(user("aud").roles("AUDITOR")).param("outcome", "FAILURE"))
			.andExpect(status().isOk());
		mvc.perform(get("/access/login-log").with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(get("/access/login-log").with(SYSTEM_ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void theNavigationOffersEachAdministratorItsPages() throws Exception {
		mvc.perform(get("/").with(SYSTEM_ADMIN))
			.andExpect(content().string(Matchers.containsString("data-nav=\"/access/users\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-nav=\"/access/grants\""))));
		mvc.perform(get("/").with(SECURITY_ADMIN))
			.andExpect(content().string(Matchers.containsString("data-nav=\"/access/grants\"")))
			.andExpect(content().string(Matchers.containsString("data-nav=\"/access/login-log\"")));
		mvc.perform(get("/").with(user("o").roles("OFFICER")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-nav=\"/access/"))))
			.andExpect(content().string(Matchers.containsString("data-nav=\"/account/password\"")));
	}

	@Test
	void theUserPagesRender() throws Exception {
		UserAccount user = newUser(unique("render"), false, Role.OFFICER);
		clock.advance(Duration.ZERO);

		mvc.perform(get("/access/users/new").with(SYSTEM_ADMIN)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"user-form\"")));
		mvc.perform(get("/access/users/{id}", user.getId()).with(SYSTEM_ADMIN)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"reset-form\"")));
		mvc.perform(get("/access/grants/{id}", user.getId()).with(SECURITY_ADMIN)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-role=\"OFFICER\"")));
		mvc.perform(get("/access/users/{id}", 999_999).with(SYSTEM_ADMIN)).andExpect(status().isNotFound());
	}
}
