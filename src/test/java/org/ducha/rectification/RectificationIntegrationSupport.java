package org.ducha.rectification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.assignment.Assignments;
import org.ducha.attachment.Attachments;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application context for the rectification integration tests: the demo district (accounts,
 * units, cadres, the campaign, the demo problems) with a clock the tests set. Each test creates its
 * own problems, on unit and category pairs no other test uses where recurrence could interfere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(RectificationTestConfiguration.class)
abstract class RectificationIntegrationSupport {

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor DIRECTOR = user("director").roles("OFFICE_DIRECTOR");
	static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor ZJJ_LIAISON = user("zjj-liaison").roles("UNIT_LIAISON");
	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor INSPECTOR = user("inspector").roles("INSPECTOR");
	static final RequestPostProcessor OTHER_INSPECTOR = user("inspector2").roles("INSPECTOR");
	static final RequestPostProcessor INTAKE = user("intake").roles("INTAKE_OFFICER");
	static final RequestPostProcessor CADRE = user("chengang").roles("CADRE");

	@Autowired
	MockMvc mvc;

	@Autowired
	RectificationTestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Problems problems;

	@Autowired
	ProblemRepository problemRepository;

	@Autowired
	Assignments assignments;

	@Autowired
	Attachments attachments;

	@Autowired
	AccessControl access;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	static String problemJson(String unitCode, String categoryCode, String extra) {
		return """
				{"unitCode":"%s","categoryCode":"%s","severity":"GENERAL","source":"OTHER",
				 "description":"窗口工作人员服务态度生硬","responsibleCadreNos":[]%s}"""
			.formatted(unitCode, categoryCode, extra == null || extra.isBlank() ? "" : "," + extra);
	}

	ResultActions create(String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/problems").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** Creates a problem as the officer and returns the response JSON. */
	String created(String body) throws Exception {
		MvcResult result = create(body, OFFICER).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("problem refused: " + result.getResponse().getContentAsString());
		}
		return result.getResponse().getContentAsString();
	}

	String createdId(String body) throws Exception {
		return JsonPath.read(created(body), "$.id");
	}

	ResultActions read(String id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/problems/" + id).with(who));
	}

	Problem problem(String id) {
		return new TransactionTemplate(transactions).execute(s -> problemRepository.findById(Long.valueOf(id)).orElseThrow());
	}

	String assignmentOf(String problemId) {
		return problem(problemId).getAssignmentId();
	}

	/** Runs {@code work} as a demo account in a transaction, as the pages and API would. */
	<T> T as(String username, Supplier<T> work) {
		CurrentUser user = access.findUser(username).orElseThrow();
		SecurityContextHolder.getContext().setAuthentication(user.toAuthentication());
		try {
			return new TransactionTemplate(transactions).execute(s -> work.get());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	String upload(String username) {
		return attachments.store(new ByteArrayInputStream("整改前后对比照片说明".getBytes(StandardCharsets.UTF_8)),
				"evidence.txt", username, false).id();
	}

	static void await(BooleanSupplier condition) {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("condition not reached within 10 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	long auditCount(String action, String objectId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND object_id = :o")
			.param("a", action).param("o", objectId).query(Long.class).single();
	}
}
