package org.ducha.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
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
 * One application context for the intake integration tests: the demo district (its accounts and
 * cadres) with a clock the tests move. Each test registers its own reports.
 */
@SpringBootTest(properties = "ducha.identity.key-file=target/test-data/keys/intake-tests.keys")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(IntakeTestConfiguration.class)
abstract class IntakeIntegrationSupport {

	static final AtomicInteger COUNTER = new AtomicInteger();

	static final RequestPostProcessor INTAKE = user("intake").roles("INTAKE_OFFICER");
	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor DIRECTOR = user("director").roles("OFFICE_DIRECTOR");
	static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	static final RequestPostProcessor SECADMIN = user("secadmin").roles("SECURITY_ADMIN");
	static final RequestPostProcessor UNIT_PRINCIPAL = user("zjj").roles("UNIT_PRINCIPAL");

	@Autowired
	MockMvc mvc;

	@Autowired
	IntakeTestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A named report body (张三, 138…) naming the given accused JSON and accused unit names. */
	static String namedReport(String channel, String receivedOn, String accusedJson, String accusedUnitsJson) {
		return """
				{"channel":"%s","receivedOn":"%s","anonymous":false,"pin":"pin-123456",
				 "reporter":{"name":"张三","phone":"13800000000","idNumber":"110101199001011234","unit":"某公司","address":"某路1号"},
				 "accused":%s,"accusedUnits":%s,"categoryCode":"ZFZD-03","subject":"推诿扯皮 %d",
				 "content":"办事窗口多次推诿","occurredOn":"2026-09-01"}"""
			.formatted(channel, receivedOn, accusedJson, accusedUnitsJson, COUNTER.incrementAndGet());
	}

	static String namedReport() {
		return namedReport("LETTER", "2026-09-18", "[{\"name\":\"陈刚\",\"unitName\":\"演示区住房和城乡建设局\",\"position\":\"股长\"}]",
				"[\"演示区住房和城乡建设局\"]");
	}

	ResultActions register(String body) throws Exception {
		return register(body, INTAKE);
	}

	ResultActions register(String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/reports").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String registerId(String body) throws Exception {
		return registerId(body, INTAKE);
	}

	String registerId(String body, RequestPostProcessor who) throws Exception {
		MvcResult result = register(body, who).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("registration refused: " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	ResultActions action(String id, String action, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/reports/" + id + "/" + action).with(who)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	void ok(String id, String action, String body, RequestPostProcessor who) throws Exception {
		MvcResult result = action(id, action, body, who).andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError(action + " refused: " + result.getResponse().getContentAsString());
		}
	}

	ResultActions read(String id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/reports/" + id).with(who));
	}

	long auditCount(String action, String objectId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND object_id = :o")
			.param("a", action).param("o", objectId).query(Long.class).single();
	}
}
