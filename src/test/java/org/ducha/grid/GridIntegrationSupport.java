package org.ducha.grid;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application context for the grid tests: the demo district (accounts, units, the routing table of the
 * demo, its grid events) with a fixed clock. Each test reports its own events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(GridTestConfiguration.class)
abstract class GridIntegrationSupport {

	static final RequestPostProcessor HPSQ = user("hpsq").roles("UNIT_LIAISON");
	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");
	static final RequestPostProcessor ZJJ_LIAISON = user("zjj-liaison").roles("UNIT_LIAISON");
	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor CADRE = user("chengang").roles("CADRE");

	@Autowired
	MockMvc mvc;

	@Autowired
	GridEventRepository repository;

	@Autowired
	Assignments assignments;

	@Autowired
	Attachments attachments;

	@Autowired
	AccessControl access;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void clearSecurity() {
		SecurityContextHolder.clearContext();
	}

	static String eventJson(String area, String category) {
		return """
				{"areaUnitCode":"%s","categoryCode":"%s","place":"和平社区5号楼前","description":"路面塌陷约一米见方，已有行人绊倒。"}"""
			.formatted(area, category);
	}

	ResultActions report(String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/grid-events").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** Reports an event as HPSQ and returns its id. */
	long reported(String category) throws Exception {
		MvcResult result = report(eventJson("HPSQ", category), HPSQ).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("grid event refused: " + result.getResponse().getContentAsString());
		}
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	ResultActions read(long id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/grid-events/" + id).with(who));
	}

	ResultActions rate(long id, String rating, String comment, RequestPostProcessor who) throws Exception {
		String body = comment == null ? "{\"rating\":\"" + rating + "\"}"
				: "{\"rating\":\"" + rating + "\",\"comment\":\"" + comment + "\"}";
		return mvc.perform(post("/api/v1/grid-events/" + id + "/rating").with(who)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	GridEvent event(long id) {
		return new TransactionTemplate(transactions).execute(s -> repository.findById(id).orElseThrow());
	}

	String assignmentOf(long id) {
		return event(id).getAssignmentId();
	}

	/** Signs and submits the event's assignment with evidence, as the department's liaison. */
	void signAndSubmit(long id) {
		String assignment = assignmentOf(id);
		as("zjj-liaison", () -> assignments.sign(assignment));
		as("zjj-liaison", () -> assignments.reportProgress(assignment, "已设置围挡。", 50, null));
		String evidence = attachments.store(new ByteArrayInputStream("处置前后照片说明".getBytes(StandardCharsets.UTF_8)),
				"evidence.txt", "zjj-liaison", false).id();
		as("zjj-liaison", () -> assignments.submit(assignment, "已回填塌陷路面并恢复通行。", List.of(evidence)));
	}

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
}
