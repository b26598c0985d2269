package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;

class PageLoginIntegrationTests extends AccessIntegrationSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<?> sessions;

	@Test
	void signingInOnTheLoginPageOpensTheHomePage() throws Exception {
		String name = unique("page");
		newUser(name, false, Role.OFFICER);

		MvcResult login = pageLogin(name, PASSWORD);

		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie session = login.getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));
		assertThat(jdbc.queryForList("select outcome from access_login_event where username = ? and channel = 'PAGE'",
				String.class, name)).containsExactly("SUCCESS");
	}

	@Test
	void aWrongPasswordReturnsToTheLoginPageWithAMessageAndTheTypedName() throws Exception {
		String name = unique("pagewrong");
		newUser(name, false, Role.OFFICER);

		MvcResult login = pageLogin(name, "Wrong#Pass1");

		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		mvc.perform(get("/login").param("error", "").cookie(login.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"login-error\"")))
			.andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")));
	}

	@Test
	void thePageLoginLocksAfterFiveFailuresAndRefusesTheRightPasswordUntilTheLockEnds() throws Exception {
		String name = unique("pagelock");
		newUser(name, false, Role.OFFICER);
		for (int i = 0; i < 5; i++) {
			assertThat(pageLogin(name, "Wrong#Pass" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}

		assertThat(pageLogin(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(Matchers.containsString("data-testid=\"login-locked\"")));

		clock.advance(Duration.ofMinutes(15));
		assertThat(pageLogin(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.queryForList("select outcome from access_login_event where username = ? order by id",
				String.class, name)).containsExactly("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "LOCKED",
						"REFUSED_LOCKED", "SUCCESS");
	}

	@Test
	void theLoginPageIsChineseAndListsNoDemoAccountsOutsideDemoMode() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("用户登录")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("demo-accounts"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(DemoAccounts.PASSWORD))));
	}

	@Test
	void anUnauthenticatedPageRequestIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/access/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUnauthenticatedHtmxRequestAsksForAFullReload() throws Exception {
		MvcResult result = mvc.perform(get("/access/users").header("HX-Request", "true")).andReturn();
		assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo("true");
		assertThat(result.getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void theErrorPageIsReachableWithoutSigningIn() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("data-testid=\"error-page\"")));
	}

	@Test
	void staticResourcesAndHealthNeedNoSignIn() throws Exception {
		mvc.perform(get("/css/ducha.css")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void pagePostsWithoutTheCsrfTokenAreRefused() throws Exception {
		String name = unique("csrf");
		newUser(name, false, Role.OFFICER);

		mvc.perform(post("/login").param("username", name).param("password", PASSWORD))
			.andExpect(status().isForbidden());
		Cookie session = session(name, PASSWORD);
		mvc.perform(post("/account/password").cookie(session).param("currentPassword", PASSWORD)
				.param("newPassword", "Other#Pass2").param("confirmPassword", "Other#Pass2"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/access/users").with(user("sys").roles("SYSTEM_ADMIN")).param("username", unique("nocsrf")))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutEndsTheSessionAndIsLogged() throws Exception {
		String name = unique("logout");
		newUser(name, false, Role.OFFICER);
		Cookie session = session(name, PASSWORD);

		mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout"));

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.queryForList("select outcome from access_login_event where username = ? order by id",
				String.class, name)).containsExactly("SUCCESS", "LOGOUT");
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() {
		assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aFirstSignInOutsideDemoModeSendsEveryPageToThePasswordChange() throws Exception {
		String name = unique("first");
		newUser(name, true, Role.OFFICER);

		MvcResult login = pageLogin(name, PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(ForcedPasswordChange.PAGE);
		Cookie session = login.getResponse().getCookie("SESSION");

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl(ForcedPasswordChange.PAGE));
		mvc.perform(get("/access/login-log").cookie(session)).andExpect(redirectedUrl(ForcedPasswordChange.PAGE));
		mvc.perform(get("/").cookie(session).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", ForcedPasswordChange.PAGE));
		mvc.perform(get(ForcedPasswordChange.PAGE).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"forced-change\"")));

		mvc.perform(post(ForcedPasswordChange.PAGE).with(csrf()).cookie(session).param("currentPassword", PASSWORD)
				.param("newPassword", "Fresh#Pass2").param("confirmPassword", "Fresh#Pass2"))
			.andExpect(redirectedUrl(ForcedPasswordChange.PAGE));

		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(accounts.findByUsername(name).orElseThrow().isMustChangePassword()).isFalse();
		assertThat(pageLogin(name, "Fresh#Pass2").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aWeakNewPasswordIsRefusedBesideTheField() throws Exception {
		String name = unique("weak");
		newUser(name, true, Role.OFFICER);
		Cookie session = session(name, PASSWORD);

		mvc.perform(post(ForcedPasswordChange.PAGE).with(csrf()).cookie(session).locale(Locale.SIMPLIFIED_CHINESE)
				.param("currentPassword", PASSWORD).param("newPassword", "alllowercase")
				.param("confirmPassword", "alllowercase"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.containsString("密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类。")));

		assertThat(accounts.findByUsername(name).orElseThrow().isMustChangePassword()).isTrue();
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl(ForcedPasswordChange.PAGE));
	}

	@Test
	void aWrongCurrentPasswordOrAMismatchedConfirmationIsRefused() throws Exception {
		String name = unique("mismatch");
		newUser(name, false, Role.OFFICER);
		Cookie session = session(name, PASSWORD);

		mvc.perform(post(ForcedPasswordChange.PAGE).with(csrf()).cookie(session).param("currentPassword", "Nope#Nope1")
				.param("newPassword", "Fresh#Pass2").param("confirmPassword", "Fresh#Pass2"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("当前密码不正确")));
		mvc.perform(post(ForcedPasswordChange.PAGE).with(csrf()).cookie(session).param("currentPassword", PASSWORD)
				.param("newPassword", "Fresh#Pass2").param("confirmPassword", "Fresh#Pass3"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("两次输入的新密码不一致")));
		assertThat(pageLogin(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}
}
