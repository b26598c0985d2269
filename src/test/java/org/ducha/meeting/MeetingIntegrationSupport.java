package org.ducha.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * One application context for the meeting integration tests: the demo district with a clock the
 * tests set (Monday 2026-09-14, 10:00, unless moved). Each test schedules its own meetings, on days
 * after the demo meetings, and uses its own attendees where it counts absences.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(MeetingTestConfiguration.class)
abstract class MeetingIntegrationSupport {

	static final AtomicInteger COUNTER = new AtomicInteger();

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingTestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessControl access;

	@Autowired
	Meetings meetings;

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	/** Runs a service call as a demo account. */
	<T> T as(String username, Supplier<T> action) {
		CurrentUser user = access.findUser(username).orElseThrow();
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CurrentUser(user.username(), user.displayName(), user.cadreNo(), user.unitCode(),
				Set.copyOf(user.roles())).toAuthentication());
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Schedules a meeting as the officer, 孙丽 (C004) deciding leave. */
	Meeting schedule(LocalDateTime startsAt, List<String> unitCodes, List<String> cadreNos) {
		return as("officer", () -> meetings.schedule(new NewMeeting("区政府专题会议 " + COUNTER.incrementAndGet(), startsAt,
				"区政府第一会议室", "QZF", "C004", unitCodes, cadreNos)));
	}

	static String id(Meeting meeting) {
		return String.valueOf(meeting.getId());
	}

	static String id(LeaveRequest leave) {
		return String.valueOf(leave.getId());
	}
}
