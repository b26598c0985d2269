package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

class SessionWriteThrottleIntegrationTests extends AccessIntegrationSupport {

	@Autowired
	JdbcTemplate jdbc;

	SessionRepository<Session> sessions;

	@Autowired
	@SuppressWarnings("unchecked")
	void setSessions(SessionRepository<?> sessions) {
		this.sessions = (SessionRepository<Session>) sessions;
	}

	@Test
	void aPageViewAfterSignInWritesNoSessionRow() throws Exception {
		String name = unique("sessionwrite");
		newUser(name, false, Role.OFFICER);
		Cookie cookie = pageLogin(name, PASSWORD).getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
		String id = jdbc.queryForObject("select session_id from spring_session where principal_name = ?", String.class, name);
		long stored = storedLastAccess(id);

		Thread.sleep(20);
		mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());

		assertThat(storedLastAccess(id)).isEqualTo(stored);
	}

	@Test
	void aRequestThatChangesNothingWritesNoSessionRow() {
		Session created = sessions.createSession();
		created.setAttribute("probe", "one");
		sessions.save(created);
		long stored = storedLastAccess(created.getId());

		Session again = sessions.findById(created.getId());
		again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(10));
		sessions.save(again);

		assertThat(storedLastAccess(created.getId())).isEqualTo(stored);
	}

	@Test
	void aSessionTouchedAfterTheIntervalIsWrittenSoItDoesNotExpire() {
		Session created = sessions.createSession();
		sessions.save(created);
		long stored = storedLastAccess(created.getId());

		Session again = sessions.findById(created.getId());
		Instant later = Instant.ofEpochMilli(stored).plus(SessionWriteThrottle.TOUCH_INTERVAL).plus(Duration.ofSeconds(1));
		again.setLastAccessedTime(later);
		sessions.save(again);

		assertThat(storedLastAccess(created.getId())).isEqualTo(later.toEpochMilli());
	}

	@Test
	void aChangedAttributeIsWrittenAtOnce() {
		Session created = sessions.createSession();
		sessions.save(created);

		Session again = sessions.findById(created.getId());
		again.setAttribute("probe", "two");
		sessions.save(again);

		assertThat(sessions.findById(created.getId()).<String>getAttribute("probe")).isEqualTo("two");
	}

	private long storedLastAccess(String sessionId) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}
}
