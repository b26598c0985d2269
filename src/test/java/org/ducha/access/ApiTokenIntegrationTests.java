package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

class ApiTokenIntegrationTests extends AccessIntegrationSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Test
	void issuesATokenThatAuthenticatesApiCalls() throws Exception {
		String name = unique("api");
		newUser(name, false, Role.OFFICER);

		MvcResult result = requestToken(name, PASSWORD);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String body = result.getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String expiresAt = JsonPath.read(body, "$.expiresAt");
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(expiresAt).endsWith("+08:00");
		assertThat(OffsetDateTime.parse(expiresAt).toInstant()).isEqualTo(MutableClock.START.plus(Duration.ofHours(8)));

		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(jsonPath("$.roles[0]").value("OFFICER"));
	}

	@Test
	void storesOnlyTheHashOfATokenAndEachTokenIsDifferent() throws Exception {
		String name = unique("hash");
		UserAccount user = newUser(name, false, Role.OFFICER);
		String first = token(name, PASSWORD);
		String second = token(name, PASSWORD);

		List<String> stored = jdbc.queryForList("select token_hash from access_token where user_id = ?", String.class,
				user.getId());
		assertThat(first).isNotEqualTo(second);
		assertThat(stored).containsExactlyInAnyOrder(ApiTokens.hash(first), ApiTokens.hash(second))
			.doesNotContain(first, second);
	}

	@Test
	void answers401ProblemWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/auth/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void answers401ProblemForAnUnknownToken() throws Exception {
		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
	}

	@Test
	void anExpiredTokenAnswers401() throws Exception {
		String name = unique("expiry");
		newUser(name, false, Role.OFFICER);
		String token = token(name, PASSWORD);

		clock.advance(Duration.ofHours(8).minusSeconds(1));
		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		clock.advance(Duration.ofSeconds(1));
		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
	}

	@Test
	void aRevokedTokenAnswers401() throws Exception {
		String name = unique("revoke");
		newUser(name, false, Role.OFFICER);
		String token = token(name, PASSWORD);

		mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongPasswordAnswers401Problem() throws Exception {
		String name = unique("wrong");
		newUser(name, false, Role.OFFICER);

		mvc.perform(post("/api/v1/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + name + "\",\"password\":\"Wrong#Pass1\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
		assertThat(requestToken("nobody-" + name, PASSWORD).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aMissingPasswordIsAValidationFailure() throws Exception {
		mvc.perform(post("/api/v1/auth/token")
				.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void fiveFailuresInARowLockTheAccountAndEvenTheRightPasswordAnswers423() throws Exception {
		String name = unique("lock");
		newUser(name, false, Role.OFFICER);

		for (int i = 0; i < 5; i++) {
			assertThat(requestToken(name, "Wrong#Pass" + i).getResponse().getStatus()).isEqualTo(401);
		}
		MvcResult locked = requestToken(name, PASSWORD);

		assertThat(locked.getResponse().getStatus()).isEqualTo(423);
		assertThat(locked.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat((String) JsonPath.read(locked.getResponse().getContentAsString(), "$.code")).isEqualTo("ACCOUNT_LOCKED");
	}

	@Test
	void theLockEndsAfterFifteenMinutes() throws Exception {
		String name = unique("unlock");
		newUser(name, false, Role.OFFICER);
		for (int i = 0; i < 5; i++) {
			requestToken(name, "Wrong#Pass" + i);
		}

		clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(423);
		clock.advance(Duration.ofSeconds(1));
		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSuccessResetsTheFailureCounter() throws Exception {
		String name = unique("reset");
		newUser(name, false, Role.OFFICER);
		for (int i = 0; i < 4; i++) {
			requestToken(name, "Wrong#Pass" + i);
		}
		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			requestToken(name, "Wrong#Pass" + i);
		}
		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void concurrentSignInsOfOneAccountAllSucceed() throws Exception {
		String name = unique("concurrent");
		newUser(name, false, Role.OFFICER);

		List<Integer> statuses = concurrently(8, i -> requestToken(name, PASSWORD).getResponse().getStatus());

		assertThat(statuses).hasSize(8).containsOnly(200);
		assertThat(jdbc.queryForObject("select count(*) from access_token t join access_user u on u.id = t.user_id where u.username = ?",
				Long.class, name)).isEqualTo(8);
		assertThat(jdbc.queryForObject("select last_login_at from access_user where username = ?", OffsetDateTime.class,
				name)).isNotNull();
	}

	@Test
	void concurrentWrongPasswordsAreEachCountedAndTheFifthLocksOnce() throws Exception {
		String name = unique("concurrent-wrong");
		newUser(name, false, Role.OFFICER);
		for (int i = 0; i < 2; i++) {
			requestToken(name, "Wrong#Pass" + i);
		}

		List<Integer> statuses = concurrently(3, i -> requestToken(name, "Wrong#Pass" + i).getResponse().getStatus());

		assertThat(statuses).containsOnly(401);
		assertThat(jdbc.queryForList("select outcome from access_login_event where username = ? and outcome = 'LOCKED'",
				String.class, name)).hasSize(1);
		assertThat(jdbc.queryForObject("select failed_attempts from access_user where username = ?", Integer.class, name))
			.isZero();
		assertThat(requestToken(name, PASSWORD).getResponse().getStatus()).isEqualTo(423);
	}

	private interface Attempt {

		int run(int index) throws Exception;

	}

	/** Runs {@code count} attempts at once, released together, and returns their results. */
	private static List<Integer> concurrently(int count, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				results.add(pool.submit(() -> {
					start.await();
					return attempt.run(index);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void everyAttemptIsLoggedAndAuditedWithoutThePassword() throws Exception {
		String name = unique("audited");
		newUser(name, false, Role.OFFICER);
		requestToken(name, "Secret#Wrong1");
		requestToken(name, PASSWORD);

		List<AuditEvent> events = audit.search(name, null, null, Pageable.unpaged()).getContent();
		assertThat(events).extracting(AuditEvent::getAction).contains("LOGIN_FAILED", "LOGIN_SUCCEEDED");
		assertThat(events).allSatisfy(e -> assertThat(String.valueOf(e.getDetails()))
			.doesNotContain("Secret#Wrong1").doesNotContain(PASSWORD));
		assertThat(jdbc.queryForList("select outcome from access_login_event where username = ? order by id",
				String.class, name)).containsExactly("FAILURE", "SUCCESS");
	}

	@Test
	void aDisabledAccountGetsNoTokenAndItsTokensStopWorking() throws Exception {
		String name = unique("disabled");
		UserAccount user = newUser(name, false, Role.OFFICER);
		String token = token(name, PASSWORD);

		accounts.disable(user.getId());

		mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		MvcResult refused = requestToken(name, PASSWORD);
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
		assertThat((String) JsonPath.read(refused.getResponse().getContentAsString(), "$.code"))
			.isEqualTo("ACCOUNT_DISABLED");
	}

	@Test
	void anAccountWithAPendingPasswordChangeGetsNoToken() throws Exception {
		String name = unique("fresh");
		newUser(name, true, Role.OFFICER);

		MvcResult refused = requestToken(name, PASSWORD);

		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat((String) JsonPath.read(refused.getResponse().getContentAsString(), "$.code"))
			.isEqualTo("PASSWORD_CHANGE_REQUIRED");
	}

	@Test
	void aRoleThatMayNotReadTheLoginLogGets403Problem() throws Exception {
		String officer = unique("officer");
		newUser(officer, false, Role.OFFICER);
		String auditor = unique("auditor");
		newUser(auditor, false, Role.AUDITOR);

		mvc.perform(get("/api/v1/access/login-events").header("Authorization", "Bearer " + token(officer, PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));

		mvc.perform(get("/api/v1/access/login-events").param("username", officer)
				.header("Authorization", "Bearer " + token(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].outcome").value("SUCCESS"))
			.andExpect(jsonPath("$.items[0].channel").value("API"));
	}

	@Test
	void testsOfOtherModulesAuthenticateApiCallsWithMockUsersOrACurrentUser() throws Exception {
		mvc.perform(get("/api/v1/auth/me").with(user("mock-officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("mock-officer"))
			.andExpect(jsonPath("$.roles[0]").value("OFFICER"));

		CurrentUser principal = new CurrentUser("zjj-mock", "Zhou", "C010", "ZJJ", Set.of(Role.UNIT_PRINCIPAL));
		mvc.perform(get("/api/v1/auth/me").with(authentication(principal.toAuthentication())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.roles[0]").value("UNIT_PRINCIPAL"));
	}

	@Test
	void publicApiCallsNeedNoToken() throws Exception {
		int status = mvc.perform(get("/api/v1/public/no-such-thing")).andReturn().getResponse().getStatus();
		assertThat(status).isNotIn(401, 403);
	}
}
