package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * API.md: {@code Idempotency-Key} on the public submission. The same key with the same body within 24 hours
 * returns the first tracking number and query code and creates, counts and notifies nothing; another body (a
 * different PIN included) under the same key is another submission; what is stored holds neither the query
 * code nor the PIN in clear.
 */
class PublicSubmissionIdempotencyIntegrationTests extends IntakeIntegrationSupport {

	static final String PIN = "idem-pin-2026";

	static String body(String subject, String pin) {
		return """
				{"anonymous":true,"pin":"%s","accused":[{"name":"陈刚","unitName":"演示区住房和城乡建设局","position":"股长"}],
				 "accusedUnits":["演示区住房和城乡建设局"],"categoryCode":"ZFZD-03","subject":"%s",
				 "content":"窗口推诿，多次往返","occurredOn":"2026-09-10"}""".formatted(pin, subject);
	}

	MvcResult submit(String body, String key, String address) throws Exception {
		var request = post("/api/v1/public/reports").contentType(MediaType.APPLICATION_JSON).content(body).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request).andExpect(status().isCreated()).andReturn();
	}

	static String field(MvcResult result, String name) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$." + name);
	}

	long reportsWithSubject(String subject) {
		return jdbc.sql("SELECT COUNT(*) FROM report WHERE subject = :s").param("s", subject).query(Long.class).single();
	}

	long newReportNotices(String trackingNumber) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM notification WHERE kind = 'NEW_REPORT'
				AND dedupe_key = (SELECT 'report:' || id || ':new' FROM report WHERE tracking_number = :t)""")
			.param("t", trackingNumber).query(Long.class).single();
	}

	@Test
	void theSameKeyAndBodyWithin24HoursReturnTheFirstTrackingNumberAndQueryCodeAndCreateNothing() throws Exception {
		String subject = "重复提交 " + COUNTER.incrementAndGet();
		String key = UUID.randomUUID().toString();
		MvcResult first = submit(body(subject, PIN), key, "10.7.0.1");
		long notices = newReportNotices(field(first, "trackingNumber"));

		clock.advance(Duration.ofHours(23));
		MvcResult again = submit(body(subject, PIN), key, "10.7.0.1");

		assertThat(field(again, "trackingNumber")).isEqualTo(field(first, "trackingNumber"));
		assertThat(field(again, "queryCode")).isEqualTo(field(first, "queryCode"));
		assertThat(field(again, "receivedOn")).isEqualTo(field(first, "receivedOn"));
		assertThat(reportsWithSubject(subject)).isEqualTo(1);
		assertThat(newReportNotices(field(first, "trackingNumber"))).isEqualTo(notices);
		long id = jdbc.sql("SELECT id FROM report WHERE tracking_number = :t").param("t", field(first, "trackingNumber"))
			.query(Long.class).single();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'REPORT_SUBMISSION_REPLAYED' AND object_id = :id")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRetryIsNotCountedAgainstTheAddressesSubmissionsPerHour() throws Exception {
		// 20 submissions per address per hour (SPEC §17): 25 retries of one submission all answer the first result
		String subject = "网络重试 " + COUNTER.incrementAndGet();
		String key = UUID.randomUUID().toString();
		String tracking = field(submit(body(subject, PIN), key, "10.7.0.2"), "trackingNumber");
		for (int i = 0; i < 25; i++) {
			assertThat(field(submit(body(subject, PIN), key, "10.7.0.2"), "trackingNumber")).isEqualTo(tracking);
		}
		assertThat(reportsWithSubject(subject)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyOrAnotherPinIsAnotherSubmission() throws Exception {
		String subject = "同键异文 " + COUNTER.incrementAndGet();
		String key = UUID.randomUUID().toString();
		MvcResult first = submit(body(subject, PIN), key, "10.7.0.3");

		MvcResult otherPin = submit(body(subject, PIN + "x"), key, "10.7.0.3");
		MvcResult otherText = submit(body(subject + "（补充）", PIN), key, "10.7.0.3");

		assertThat(field(otherPin, "trackingNumber")).isNotEqualTo(field(first, "trackingNumber"));
		assertThat(field(otherPin, "queryCode")).isNotEqualTo(field(first, "queryCode"));
		assertThat(field(otherText, "trackingNumber")).isNotIn(field(first, "trackingNumber"), field(otherPin, "trackingNumber"));
		assertThat(reportsWithSubject(subject)).isEqualTo(2);
		// and each of them is replayed to its own body
		assertThat(field(submit(body(subject, PIN + "x"), key, "10.7.0.3"), "queryCode")).isEqualTo(field(otherPin, "queryCode"));
	}

	@Test
	void after24HoursTheSameKeyAndBodyAreANewSubmission() throws Exception {
		String subject = "隔日再报 " + COUNTER.incrementAndGet();
		String key = UUID.randomUUID().toString();
		MvcResult first = submit(body(subject, PIN), key, "10.7.0.4");

		clock.advance(Duration.ofHours(24).plusMinutes(1));
		MvcResult later = submit(body(subject, PIN), key, "10.7.0.4");

		assertThat(field(later, "trackingNumber")).isNotEqualTo(field(first, "trackingNumber"));
		assertThat(reportsWithSubject(subject)).isEqualTo(2);
	}

	@Test
	void withoutAKeyEverySubmissionIsNew() throws Exception {
		String subject = "无键 " + COUNTER.incrementAndGet();
		submit(body(subject, PIN), null, "10.7.0.5");
		submit(body(subject, PIN), null, "10.7.0.5");
		assertThat(reportsWithSubject(subject)).isEqualTo(2);
	}

	@Test
	void theKeysRowHoldsNeitherTheQueryCodeNorThePinNorTheKeyInClear() throws Exception {
		String subject = "存储 " + COUNTER.incrementAndGet();
		String key = "key-" + UUID.randomUUID();
		MvcResult first = submit(body(subject, PIN), key, "10.7.0.6");
		long id = jdbc.sql("SELECT id FROM report WHERE tracking_number = :t").param("t", field(first, "trackingNumber"))
			.query(Long.class).single();

		var row = jdbc.sql("SELECT key_hash, fingerprint, sealed_query_code FROM public_report_idempotency WHERE report_id = :id")
			.param("id", id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();

		String code = field(first, "queryCode");
		assertThat(row.get(0)).hasSize(64).doesNotContain(key);
		assertThat(row.get(1)).hasSize(64);
		assertThat(row.get(2)).startsWith("v1:").doesNotContain(code);
		assertThat(String.join(" ", row)).doesNotContain(PIN).doesNotContain(code);
		// the fingerprint is keyed: it is not the plain SHA-256 of the canonical body
		assertThat(row.get(1)).isNotEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest
			.getInstance("SHA-256").digest(PublicSubmissionKeys.canonical(new NewReport(null, null, true, PIN, null,
					List.of(new NewAccused("陈刚", "演示区住房和城乡建设局", "股长", null)), List.of("演示区住房和城乡建设局"), "ZFZD-03",
					null, subject, "窗口推诿，多次往返", java.time.LocalDate.of(2026, 9, 10), List.of()))
				.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}

	@Test
	void concurrentSubmissionsOfOneKeyAndBodyCreateOneReport() throws Exception {
		String subject = "并发 " + COUNTER.incrementAndGet();
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(() -> field(submit(body(subject, PIN), key, "10.7.0.7"), "trackingNumber"));
			}
			List<String> numbers = new ArrayList<>();
			for (Future<String> f : pool.invokeAll(calls)) {
				numbers.add(f.get());
			}
			assertThat(numbers).containsOnly(numbers.getFirst());
			assertThat(reportsWithSubject(subject)).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
	}
}
