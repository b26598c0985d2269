package org.ducha.assignment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ducha.attachment.Attachments;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for the assignment integration tests: the demo district (its accounts,
 * units and cadres) with a clock the tests set. Each test issues its own assignments.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(AssignmentTestConfiguration.class)
abstract class AssignmentIntegrationSupport {

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor DIRECTOR = user("director").roles("OFFICE_DIRECTOR");
	static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor ZJJ_LIAISON = user("zjj-liaison").roles("UNIT_LIAISON");
	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor INTAKE = user("intake").roles("INTAKE_OFFICER");
	static final RequestPostProcessor CADRE = user("chengang").roles("CADRE");

	@Autowired
	MockMvc mvc;

	@Autowired
	AssignmentTestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** Issues a problem assignment to the unit as the officer, with the given dates. */
	AssignmentView issue(String unitCode, LocalDate issuedOn, LocalDate dueOn) {
		return assignments.issue(new NewAssignment(AssignmentKind.PROBLEM, "P-" + UUID.randomUUID(), unitCode, null, null,
				"按要求整改", issuedOn, dueOn, Map.of("整改户数", new BigDecimal("10"))), "officer");
	}

	AssignmentView issueToZjj() {
		return issue("ZJJ", clock.START, LocalDate.of(2026, 10, 30));
	}

	ResultActions action(String id, String action, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/assignments/" + id + "/" + action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	void ok(String id, String action, String body, RequestPostProcessor who) throws Exception {
		MvcResult result = action(id, action, body, who).andReturn();
		int status = result.getResponse().getStatus();
		if (status != 200 && status != 201) {
			throw new AssertionError(action + " refused (" + status + "): " + result.getResponse().getContentAsString());
		}
	}

	ResultActions read(String id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/assignments/" + id).with(who));
	}

	/** Uploads a small text file as {@code username} and returns its attachment id. */
	String upload(String username) {
		return attachmentStore.store(new ByteArrayInputStream("整改完成的照片说明".getBytes(StandardCharsets.UTF_8)),
				"evidence.txt", username, false).id();
	}

	@Autowired
	Attachments attachmentStore;

	long auditCount(String action, String objectId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND object_id = :o")
			.param("a", action)
			.param("o", objectId)
			.query(Long.class)
			.single();
	}
}
