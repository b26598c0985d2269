package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class PublicReportPagesIntegrationTests extends IntakeIntegrationSupport {

	static RequestPostProcessor from(String address) {
		return PublicReportApiIntegrationTests.from(address);
	}

	/**
	 * A citizen's browser: carries the SESSION cookie from one request to the next (sessions live in
	 * the database, so MockMvc's own session objects are not used).
	 */
	final class Visitor {

		private jakarta.servlet.http.Cookie session;

		org.springframework.test.web.servlet.ResultActions perform(
				org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
			if (session != null) {
				request.cookie(session);
			}
			org.springframework.test.web.servlet.ResultActions result = mvc.perform(request);
			jakarta.servlet.http.Cookie cookie = result.andReturn().getResponse().getCookie("SESSION");
			if (cookie != null) {
				session = cookie;
			}
			return result;
		}
	}

	Html html(MvcResult result) throws Exception {
		return new Html(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Submits a valid anonymous report through the page and returns {trackingNumber, queryCode}. */
	String[] submitThroughThePage(String address) throws Exception {
		return submitThroughThePage(new Visitor(), address);
	}

	String[] submitThroughThePage(Visitor visitor, String address) throws Exception {
		MvcResult result = visitor.perform(post("/public/report").with(csrf()).with(from(address))
			.param("anonymous", "true").param("pin", "page-pin-1").param("pinRepeat", "page-pin-1")
			.param("accused[0].name", "陈刚").param("categoryCode", "ZFZD-03").param("subject", "窗口推诿")
			.param("content", "多次被要求补材料"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/report/done")).andReturn();
		return new String[] { (String) result.getFlashMap().get("trackingNumber"),
				(String) result.getFlashMap().get("queryCode") };
	}

	@Test
	void theSubmissionFormIsPublic() throws Exception {
		Html form = html(mvc.perform(get("/public/report")).andExpect(status().isOk()).andReturn());
		assertThat(form.contains("data-testid=\"public-report-form\"")).isTrue();
		assertThat(form.contains("main-nav")).isFalse();
	}

	@Test
	void aRefusedSubmissionKeepsWhatWasTypedAndTheFilesAcrossAttempts() throws Exception {
		Visitor visitor = new Visitor();
		MockMultipartFile photo = new MockMultipartFile("files", "现场.txt", "text/plain", "现场情况".getBytes(StandardCharsets.UTF_8));
		Html first = html(visitor.perform(multipart("/public/report").file(photo).with(csrf()).with(from("10.3.0.1"))
			.param("anonymous", "true").param("pin", "abc").param("pinRepeat", "abc")
			.param("subject", "窗口推诿").param("content", "").param("accused[0].name", "陈刚"))
			.andExpect(status().isOk()).andReturn());
		assertThat(first.tag("input", "name=\"pin\"")).contains("is-invalid");
		assertThat(first.tag("textarea", "name=\"content\"")).contains("is-invalid");
		assertThat(first.tag("select", "name=\"categoryCode\"")).contains("is-invalid");
		assertThat(Html.valueOf(first.tag("input", "name=\"subject\""))).isEqualTo("窗口推诿");
		assertThat(Html.valueOf(first.tag("input", "name=\"accused[0].name\""))).isEqualTo("陈刚");
		assertThat(first.block("data-testid=\"kept-uploads\"", "ul").contains("现场.txt")).isTrue();
		assertThat(first.contains("name=\"attachmentIds[0]\"")).as("upload ids stay in the session, not the page").isFalse();

		Html second = html(visitor.perform(post("/public/report").with(csrf()).with(from("10.3.0.1"))
			.param("anonymous", "true").param("pin", "page-pin-2").param("pinRepeat", "page-pin-3")
			.param("subject", "窗口推诿").param("content", "多次被要求补材料").param("categoryCode", "ZFZD-03"))
			.andExpect(status().isOk()).andReturn());
		assertThat(second.tag("input", "name=\"pinRepeat\"")).contains("is-invalid");
		assertThat(second.block("data-testid=\"kept-uploads\"", "ul").contains("现场.txt")).isTrue();

		MvcResult done = visitor.perform(post("/public/report").with(csrf()).with(from("10.3.0.1"))
			.param("anonymous", "true").param("pin", "page-pin-2").param("pinRepeat", "page-pin-2")
			.param("subject", "窗口推诿").param("content", "多次被要求补材料").param("categoryCode", "ZFZD-03"))
			.andExpect(redirectedUrl("/public/report/done")).andReturn();
		String tracking = (String) done.getFlashMap().get("trackingNumber");
		Long id = jdbc.sql("SELECT id FROM report WHERE tracking_number = :t").param("t", tracking).query(Long.class).single();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'REPORT' AND owner_id = :id")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDonePageShowsTrackingNumberAndQueryCodeOnlyOnce() throws Exception {
		Visitor visitor = new Visitor();
		String[] r = submitThroughThePage(visitor, "10.3.0.2");
		Html done = html(visitor.perform(get("/public/report/done")).andExpect(status().isOk()).andReturn());
		assertThat(done.textOf("code", "data-testid=\"query-code\"")).isEqualTo(r[1]);
		assertThat(done.textOf("code", "data-testid=\"tracking-number\"")).isEqualTo(r[0]);
		assertThat(done.contains("page-pin-1")).isFalse();
		visitor.perform(get("/public/report/done")).andExpect(redirectedUrl("/public/follow-up"));
	}

	@Test
	void aWrongCodeAndAWrongPinShowTheSameMessageAndTheRightOnesOpenTheReport() throws Exception {
		String[] r = submitThroughThePage("10.3.0.3");
		Visitor visitor = new Visitor();
		Html wrongPin = html(visitor.perform(post("/public/follow-up").with(csrf()).with(from("10.3.0.3"))
			.param("queryCode", r[1]).param("pin", "nope-nope")).andExpect(status().isOk()).andReturn());
		Html wrongCode = html(visitor.perform(post("/public/follow-up").with(csrf()).with(from("10.3.0.3"))
			.param("queryCode", "ABCDEFGHJKMNPQRS").param("pin", "page-pin-1")).andExpect(status().isOk()).andReturn());
		assertThat(wrongPin.textOf("div", "follow-up-not-found")).isEqualTo(wrongCode.textOf("div", "follow-up-not-found"))
			.isNotBlank();
		visitor.perform(post("/public/follow-up").with(csrf()).with(from("10.3.0.3"))
			.param("queryCode", r[1].toLowerCase()).param("pin", "page-pin-1")).andExpect(redirectedUrl("/public/follow-up"));
		Html view = html(visitor.perform(get("/public/follow-up")).andExpect(status().isOk()).andReturn());
		assertThat(view.textOf("dd", "data-testid=\"tracking-number\"")).isEqualTo(r[0]);
		assertThat(view.values("data-status")).contains("RECEIVED");
		assertThat(view.contains("page-pin-1")).isFalse();

		visitor.perform(post("/public/follow-up/messages").with(csrf()).param("text", "补充：上午十点"))
			.andExpect(flash().attribute("done", "message"));
		visitor.perform(post("/public/follow-up/rating").with(csrf()).param("rating", "SATISFIED"))
			.andExpect(flash().attribute("failedAction", "rating"));
		Html after = html(visitor.perform(get("/public/follow-up")).andReturn());
		assertThat(after.block("data-testid=\"public-messages\"", "form").contains("补充：上午十点")).isTrue();
		assertThat(after.contains("data-testid=\"rating-form\"")).isFalse();

		visitor.perform(post("/public/follow-up/close").with(csrf()));
		Html closed = html(visitor.perform(get("/public/follow-up")).andReturn());
		assertThat(closed.contains("data-testid=\"follow-up-form\"")).isTrue();
	}

	@Test
	void evidenceAddedOnTheFollowUpPageIsLinkedToTheReport() throws Exception {
		String[] r = submitThroughThePage("10.3.0.4");
		Visitor visitor = new Visitor();
		visitor.perform(post("/public/follow-up").with(csrf()).with(from("10.3.0.4"))
			.param("queryCode", r[1]).param("pin", "page-pin-1"));
		visitor.perform(multipart("/public/follow-up/evidence").file(new MockMultipartFile("files", "补充.txt", "text/plain",
				"补充材料".getBytes(StandardCharsets.UTF_8))).with(csrf()))
			.andExpect(flash().attribute("done", "evidence"));
		Html view = html(visitor.perform(get("/public/follow-up")).andReturn());
		assertThat(view.block("data-testid=\"public-evidence\"", "form").contains("补充.txt")).isTrue();
	}

	@Test
	void filesStoredByAFormThatKeepsFailingCountAgainstTheAddressAndThenAreRefusedLikeThrottledSubmissions()
			throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
		Visitor visitor = new Visitor();
		for (int round = 0; round < 5; round++) {
			var invalid = multipart("/public/report");
			for (int i = 0; i < 10; i++) {
				invalid.file(new MockMultipartFile("files", "证据" + round + "-" + i + ".txt", "text/plain",
						("证据材料 " + round + "-" + i).getBytes(StandardCharsets.UTF_8)));
			}
			visitor.perform(invalid.with(csrf()).with(from("10.3.5.5")).param("anonymous", "true").param("subject", ""))
				.andExpect(status().isOk());
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(before + 50);
		String throttled = visitor.perform(multipart("/public/report").file(new MockMultipartFile("files", "多一个.txt",
				"text/plain", "多一个".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(from("10.3.5.5"))
			.param("anonymous", "true").param("subject", ""))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(before + 50);
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/public/follow-up").with(csrf()).with(from("10.3.5.6"))
				.param("queryCode", "ABCDEFGHJKMNPQRS").param("pin", "wrong-" + i));
		}
		String throttledLookup = mvc.perform(post("/public/follow-up").with(csrf()).with(from("10.3.5.6"))
			.param("queryCode", "ABCDEFGHJKMNPQRS").param("pin", "wrong")).andExpect(status().isTooManyRequests())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(new Html(throttled).block("data-testid=\"error-page\"", "div").toString()).contains("429")
			.isEqualTo(new Html(throttledLookup).block("data-testid=\"error-page\"", "div").toString());
		mvc.perform(multipart("/public/report").file(new MockMultipartFile("files", "别处.txt", "text/plain",
				"别处".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(from("10.3.5.7"))
			.param("anonymous", "true").param("subject", "")).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(before + 51);
	}

	@Test
	void aThrottledAddressGetsTheTooManyRequestsPage() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/public/follow-up").with(csrf()).with(from("10.3.0.99"))
				.param("queryCode", "ABCDEFGHJKMNPQRS").param("pin", "wrong-" + i)).andExpect(status().isOk());
		}
		mvc.perform(post("/public/follow-up").with(csrf()).with(from("10.3.0.99"))
			.param("queryCode", "ABCDEFGHJKMNPQRS").param("pin", "wrong")).andExpect(status().isTooManyRequests());
	}
}
