package org.ducha.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One application context (not in demo mode, with a clock the tests move) shared by the access
 * integration tests; each test creates its own accounts under unique names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AccessTestConfiguration.class)
abstract class AccessIntegrationSupport {

	static final String PASSWORD = "Test#Pass1";
	private static final AtomicInteger COUNTER = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccounts accounts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static String unique(String prefix) {
		return prefix + "-" + COUNTER.incrementAndGet();
	}

	UserAccount newUser(String username, boolean mustChangePassword, Role... roles) {
		return accounts.provision(new UserAccounts.NewAccount(username, "Name " + username, null, null, PASSWORD),
				mustChangePassword, List.of(roles));
	}

	MvcResult requestToken(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).andReturn();
	}

	String token(String username, String password) throws Exception {
		MvcResult result = requestToken(username, password);
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("token refused: " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	MvcResult pageLogin(String username, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn();
	}

	/** Signs in on the login page and returns the session cookie. */
	Cookie session(String username, String password) throws Exception {
		MvcResult result = pageLogin(username, password);
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("no session after login, redirected to " + result.getResponse().getRedirectedUrl());
		}
		return cookie;
	}
}
