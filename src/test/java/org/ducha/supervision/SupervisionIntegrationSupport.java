package org.ducha.supervision;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for the supervision integration tests: the demo district with a clock
 * the tests set (Monday 2026-09-14 unless moved). Each test creates its own tasks.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(SupervisionTestConfiguration.class)
abstract class SupervisionIntegrationSupport {

	static final AtomicInteger COUNTER = new AtomicInteger();

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor DIRECTOR = user("director").roles("OFFICE_DIRECTOR");
	static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor INTAKE = user("intake").roles("INTAKE_OFFICER");
	static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	SupervisionTestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessControl access;

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	/** A task for ZJJ (lead) and SCJ (co-unit), deadline 2026-10-15, target 60,000 m², three milestones. */
	static String taskBody(String deadline, String offsets) {
		StringBuilder milestones = new StringBuilder();
		String[] parts = offsets.split(",");
		for (int i = 0; i < parts.length; i++) {
			milestones.append(i == 0 ? "" : ",").append("{\"name\":\"节点").append(i + 1)
				.append("\",\"workingDaysBefore\":").append(parts[i]).append('}');
		}
		return """
				{"title":"标准化厂房建设 %d","description":"按期建成标准化厂房","source":"DECISION",
				 "sourceName":"区政府第12次常务会议","itemNumber":"3","leadUnitCode":"ZJJ","coUnitCodes":["SCJ"],
				 "responsibleCadreNo":"C004","deadline":"%s","frequency":"WEEKLY",
				 "targets":[{"metric":"标准化厂房","measureUnit":"m²","targetValue":60000}],
				 "milestones":[%s]}"""
			.formatted(COUNTER.incrementAndGet(), deadline, milestones);
	}

	ResultActions create(String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/tasks").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String createId(String body) throws Exception {
		MvcResult result = create(body, OFFICER).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("task refused: " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	/** Runs a service call as a demo account (the assignment module's steps check the signed-in user). */
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
}
