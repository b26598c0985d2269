package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class PublicReportApiIntegrationTests extends IntakeIntegrationSupport {

	static final String PIN = "my-secret-pin";

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String anonymousReport() {
		return """
				{"anonymous":true,"pin":"%s","accused":[{"name":"陈刚","unitName":"演示区住房和城乡建设局","position":"股长"}],
				 "accusedUnits":["演示区住房和城乡建设局"],"categoryCode":"ZFZD-03","subject":"办事难 %d",
				 "content":"窗口推诿","occurredOn":"2026-09-10"}""".formatted(PIN, COUNTER.incrementAndGet());
	}

	ResultActions submit(String body, String address) throws Exception {
		return mvc.perform(post("/api/v1/public/reports").with(from(address)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** Submits and returns {id, trackingNumber, queryCode}. */
	String[] submitted(String address) throws Exception {
		MvcResult result = submit(anonymousReport(), address).andExpect(status().isCreated()).andReturn();
		String json = result.getResponse().getContentAsString();
		String tracking = JsonPath.read(json, "$.trackingNumber");
		String id = String.valueOf(jdbc.sql("SELECT id FROM report WHERE tracking_number = :t").param("t", tracking)
			.query(Long.class).single());
		return new String[] { id, tracking, JsonPath.read(json, "$.queryCode") };
	}

	ResultActions lookup(String code, String pin, String address) throws Exception {
		var request = get("/api/v1/public/reports/" + code).with(from(address));
		if (pin != null) {
			request.header("X-Report-Pin", pin);
		}
		return mvc.perform(request);
	}

	@Test
	void aCitizenSubmitsWithoutATokenAndGetsTrackingNumberAndQueryCodeOnce() throws Exception {
		submit(anonymousReport(), "10.1.0.1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNumber", matchesPattern("JB-2026-\\d{6}")))
			.andExpect(jsonPath("$.queryCode", matchesPattern("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{16}")))
			.andExpect(jsonPath("$.receivedOn").value("2026-09-18"));
	}

	@Test
	void theQueryCodeAndPinAreNotStoredInClear() throws Exception {
		String[] r = submitted("10.1.0.2");
		String codeHash = jdbc.sql("SELECT query_code_hash FROM report WHERE id = :id").param("id", Long.parseLong(r[0]))
			.query(String.class).single();
		String pinHash = jdbc.sql("SELECT pin_hash FROM report WHERE id = :id").param("id", Long.parseLong(r[0]))
			.query(String.class).single();
		assertThat(codeHash).isNotEqualTo(r[2]).doesNotContain(r[2]).hasSize(64);
		assertThat(pinHash).startsWith("$argon2id$").doesNotContain(PIN);
	}

	@Test
	void anAnonymousSubmissionNeedsAPinOfSixToSixtyFourCharacters() throws Exception {
		submit(anonymousReport().replace("\"pin\":\"" + PIN + "\",", ""), "10.1.0.3").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pin"));
		submit(anonymousReport().replace(PIN, "12345"), "10.1.0.3").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pin"));
	}

	@Test
	void aNamedSubmissionNeedsTheReporter() throws Exception {
		submit(anonymousReport().replace("\"anonymous\":true", "\"anonymous\":false"), "10.1.0.4")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("reporter.name")));
	}

	@Test
	void theReporterReadsStatusAndMessagesWithCodeAndPin() throws Exception {
		String[] r = submitted("10.1.0.5");
		action(r[0], "messages", "{\"text\":\"请补充时间地点\"}", OFFICER).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/public/reports/" + r[2] + "/messages").with(from("10.1.0.5")).header("X-Report-Pin", PIN)
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"9月10日上午\"}")).andExpect(status().isCreated());
		lookup(r[2].toLowerCase(), PIN, "10.1.0.5").andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingNumber").value(r[1]))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.receivedOn").value("2026-09-18"))
			.andExpect(jsonPath("$.answer").value(nullValue()))
			.andExpect(jsonPath("$.messages", hasSize(2)))
			.andExpect(jsonPath("$.messages[0].from").value("OFFICE"))
			.andExpect(jsonPath("$.messages[1].from").value("REPORTER"))
			.andExpect(jsonPath("$.messages[0].author").doesNotExist())
			.andExpect(jsonPath("$.content").doesNotExist());
		read(r[0], OFFICER).andExpect(jsonPath("$.reporter").value(nullValue()));
	}

	ResultActions reporterMessage(String code, String text, String idempotencyKey, String address) throws Exception {
		var request = post("/api/v1/public/reports/" + code + "/messages").with(from(address)).header("X-Report-Pin", PIN)
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + text + "\"}");
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

	long reporterMessages(String reportId) {
		return jdbc.sql("SELECT COUNT(*) FROM report_message WHERE report_id = :id AND sender = 'REPORTER'")
			.param("id", Long.parseLong(reportId)).query(Long.class).single();
	}

	@Test
	void theSameIdempotencyKeyOnAReporterMessageCreatesNothingNewAndIsScopedByTheReport() throws Exception {
		String[] r = submitted("10.1.0.15");
		String[] other = submitted("10.1.0.15");
		reporterMessage(r[2], "第一次", "msg-key-1", "10.1.0.15").andExpect(status().isCreated());
		reporterMessage(r[2], "第一次", "msg-key-1", "10.1.0.15").andExpect(status().isCreated());
		assertThat(reporterMessages(r[0])).isEqualTo(1);
		reporterMessage(r[2], "第二次", "msg-key-2", "10.1.0.15").andExpect(status().isCreated());
		reporterMessage(r[2], "没有键", null, "10.1.0.15").andExpect(status().isCreated());
		assertThat(reporterMessages(r[0])).isEqualTo(3);
		reporterMessage(other[2], "另一件", "msg-key-1", "10.1.0.15").andExpect(status().isCreated());
		assertThat(reporterMessages(other[0])).isEqualTo(1);
		reporterMessage(r[2], "第一次", "msg-key-1", "10.1.0.15").andExpect(status().isCreated());
		assertThat(reporterMessages(r[0])).isEqualTo(3);
		assertThat(auditCount("REPORT_MESSAGE_SENT", r[0])).isEqualTo(3);
	}

	@Test
	void aWrongCodeAndAWrongPinAnswerExactlyTheSame() throws Exception {
		String[] r = submitted("10.1.0.6");
		String wrongPin = lookup(r[2], "wrong-pin-1", "10.1.0.6").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String wrongCode = lookup("ABCDEFGHJKMNPQRS", PIN, "10.1.0.6").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String malformed = lookup("nonsense", PIN, "10.1.0.6").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String noPin = lookup(r[2], null, "10.1.0.6").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(List.of(wrongPin, wrongCode, malformed, noPin)).map(PublicReportApiIntegrationTests::withoutInstance)
			.containsOnly(withoutInstance(wrongCode));
		assertThat(wrongPin).contains("REPORT_NOT_FOUND");
	}

	/** The problem body without {@code instance}, which only echoes the request path the caller sent. */
	static String withoutInstance(String json) {
		return json.replaceAll("\"instance\":\"[^\"]*\",?", "");
	}

	@Test
	void tenFailuresFromOneAddressThrottleEveryLookupForFifteenMinutes() throws Exception {
		String[] r = submitted("10.1.0.7");
		for (int i = 0; i < 10; i++) {
			lookup(r[2], "wrong-pin-" + i, "10.1.0.7").andExpect(status().isNotFound());
		}
		String rightButThrottled = lookup(r[2], PIN, "10.1.0.7").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("TOO_MANY_REQUESTS")).andReturn().getResponse().getContentAsString();
		String wrongAndThrottled = lookup(r[2], "wrong", "10.1.0.7").andExpect(status().isTooManyRequests())
			.andReturn().getResponse().getContentAsString();
		assertThat(rightButThrottled).isEqualTo(wrongAndThrottled);
		lookup(r[2], PIN, "10.1.0.8").andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(16));
		lookup(r[2], PIN, "10.1.0.7").andExpect(status().isOk());
	}

	@Test
	void theThrottleStoresNoAddress() throws Exception {
		String[] r = submitted("192.168.77.77");
		lookup(r[2], "wrong-pin", "192.168.77.77").andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT key_hash FROM intake_throttle").query(String.class).list())
			.isNotEmpty().noneMatch(k -> k.contains("192.168"));
	}

	@Test
	void twentySubmissionsPerAddressPerHourThenTooManyRequests() throws Exception {
		clock.advance(Duration.ofHours(5));
		for (int i = 0; i < 20; i++) {
			submit(anonymousReport(), "10.1.9.9").andExpect(status().isCreated());
		}
		submit(anonymousReport(), "10.1.9.9").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("TOO_MANY_REQUESTS"));
		submit(anonymousReport(), "10.1.9.10").andExpect(status().isCreated());
		clock.advance(Duration.ofHours(1));
		submit(anonymousReport(), "10.1.9.9").andExpect(status().isCreated());
	}

	@Test
	void ratingIsAllowedOnceTheReportIsAnsweredAndOnlyOnce() throws Exception {
		String[] r = submitted("10.1.0.9");
		rate(r[2], "SATISFIED").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		answerThrough(r[0]);
		lookup(r[2], PIN, "10.1.0.9").andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.answer.text").value("经核实，情况属实，已责令整改"))
			.andExpect(jsonPath("$.answer.answeredOn").value("2026-09-18"));
		rate(r[2], "BASICALLY_SATISFIED").andExpect(status().isCreated());
		rate(r[2], "SATISFIED").andExpect(status().isConflict());
	}

	@Test
	void oneReviewRequestReopensTheDisposalForANewHandler() throws Exception {
		String[] r = submitted("10.1.0.10");
		answerThrough(r[0]);
		review(r[2], "{\"reason\":\"处理不到位\"}").andExpect(status().isCreated());
		lookup(r[2], PIN, "10.1.0.10").andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.answer").value(nullValue()));
		action(r[0], "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"复查\"}", DIRECTOR)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REVIEW_NEEDS_NEW_HANDLER"));
		ok(r[0], "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"director\",\"reason\":\"复查\"}", DIRECTOR);
		ok(r[0], "disposal/approve", "{}", DIRECTOR);
		ok(r[0], "conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"复查属实\"}", DIRECTOR);
		ok(r[0], "answer", "{\"text\":\"复查结果\"}", DIRECTOR);
		review(r[2], "{\"reason\":\"again\"}").andExpect(status().isConflict());
	}

	@Test
	void theSameIdempotencyKeyOnTheReviewRequestAnswersAsTheFirstAndReopensNothingTwice() throws Exception {
		String[] r = submitted("10.1.0.16");
		answerThrough(r[0]);
		reviewWithKey(r[2], "review-key-1").andExpect(status().isCreated());
		reviewWithKey(r[2], "review-key-1").andExpect(status().isCreated());
		assertThat(auditCount("REPORT_REVIEW_REQUESTED", r[0])).isEqualTo(1);
		lookup(r[2], PIN, "10.1.0.16").andExpect(jsonPath("$.status").value("ACCEPTED"));
		reviewWithKey(r[2], "review-key-2").andExpect(status().isConflict());
		review(r[2], "{\"reason\":\"again\"}").andExpect(status().isConflict());
	}

	@Test
	void theSameIdempotencyKeyOnTheRatingAnswersAsTheFirstAndRatesOnce() throws Exception {
		String[] r = submitted("10.1.0.18");
		answerThrough(r[0]);
		rateWithKey(r[2], "SATISFIED", "rating-key-1").andExpect(status().isCreated());
		rateWithKey(r[2], "DISSATISFIED", "rating-key-1").andExpect(status().isCreated());
		assertThat(auditCount("REPORT_RATED", r[0])).isEqualTo(1);
		assertThat(jdbc.sql("SELECT rating FROM report WHERE id = :id").param("id", Long.parseLong(r[0])).query(String.class)
			.single()).isEqualTo("SATISFIED");
		rateWithKey(r[2], "DISSATISFIED", "rating-key-2").andExpect(status().isConflict());
	}

	ResultActions rateWithKey(String code, String rating, String idempotencyKey) throws Exception {
		return mvc.perform(post("/api/v1/public/reports/" + code + "/rating").with(from("10.2.0.4"))
			.header("X-Report-Pin", PIN).header("Idempotency-Key", idempotencyKey).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"" + rating + "\",\"comment\":\"ok\"}"));
	}

	@Test
	void aReviewKeyOfAnotherReportDoesNotAnswerForThisOne() throws Exception {
		String[] first = submitted("10.1.0.17");
		String[] second = submitted("10.1.0.17");
		answerThrough(first[0]);
		answerThrough(second[0]);
		reviewWithKey(first[2], "shared-key").andExpect(status().isCreated());
		reviewWithKey(second[2], "shared-key").andExpect(status().isCreated());
		assertThat(auditCount("REPORT_REVIEW_REQUESTED", second[0])).isEqualTo(1);
		lookup(second[2], PIN, "10.1.0.17").andExpect(jsonPath("$.status").value("ACCEPTED"));
	}

	ResultActions reviewWithKey(String code, String idempotencyKey) throws Exception {
		return mvc.perform(post("/api/v1/public/reports/" + code + "/review").with(from("10.2.0.3"))
			.header("X-Report-Pin", PIN).header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"处理不到位\"}"));
	}

	@Test
	void aPublicSubmissionNotifiesTheOfficeWithoutContent() throws Exception {
		String[] r = submitted("10.1.0.11");
		var rows = jdbc.sql("SELECT recipient, kind, link FROM notification WHERE dedupe_key = :k")
			.param("k", "report:" + r[0] + ":new").query().listOfRows();
		assertThat(rows).extracting(m -> m.get("recipient")).contains("officer", "director");
		assertThat(rows).allSatisfy(m -> {
			assertThat(m.get("kind")).isEqualTo("NEW_REPORT");
			assertThat(m.get("link")).isEqualTo("/reports/" + r[0]);
		});
	}

	ResultActions rate(String code, String rating) throws Exception {
		return mvc.perform(post("/api/v1/public/reports/" + code + "/rating").with(from("10.2.0.1"))
			.header("X-Report-Pin", PIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"" + rating + "\",\"comment\":\"ok\"}"));
	}

	ResultActions review(String code, String body) throws Exception {
		return mvc.perform(post("/api/v1/public/reports/" + code + "/review").with(from("10.2.0.2"))
			.header("X-Report-Pin", PIN).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	void answerThrough(String id) throws Exception {
		ok(id, "accept", "{}", OFFICER);
		ok(id, "disposal", "{\"method\":\"INQUIRY\",\"handlerUsername\":\"officer\",\"reason\":\"函询\"}", OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		ok(id, "conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"属实\"}", OFFICER);
		ok(id, "answer", "{\"text\":\"经核实，情况属实，已责令整改\"}", OFFICER);
	}

	// ---- evidence through the API

	@Value("${ducha.attachments.dir}")
	String attachmentDir;

	ResultActions evidence(String code, String pin, byte[] content, String address) throws Exception {
		var request = multipart("/api/v1/public/reports/" + code + "/evidence")
			.file(new MockMultipartFile("file", "现场.jpg", "image/jpeg", content)).with(from(address));
		if (pin != null) {
			request.header("X-Report-Pin", pin);
		}
		return mvc.perform(request);
	}

	@Test
	void theSameIdempotencyKeyOnEvidenceStoresAndLinksNothingNewAndIsScopedByTheReport() throws Exception {
		String[] r = submitted("10.3.0.9");
		String[] other = submitted("10.3.0.9");
		evidenceWithKey(r[2], "evidence-key-1", "10.3.0.9").andExpect(status().isCreated());
		evidenceWithKey(r[2], "evidence-key-1", "10.3.0.9").andExpect(status().isCreated());
		assertThat(reportAttachments(r[0])).isEqualTo(1);
		assertThat(auditCount("REPORT_EVIDENCE_ADDED", r[0])).isEqualTo(1);
		evidenceWithKey(r[2], "evidence-key-2", "10.3.0.9").andExpect(status().isCreated());
		assertThat(reportAttachments(r[0])).isEqualTo(2);
		evidenceWithKey(other[2], "evidence-key-1", "10.3.0.9").andExpect(status().isCreated());
		assertThat(reportAttachments(other[0])).isEqualTo(1);
	}

	ResultActions evidenceWithKey(String code, String idempotencyKey, String address) throws Exception {
		return mvc.perform(multipart("/api/v1/public/reports/" + code + "/evidence")
			.file(new MockMultipartFile("file", "现场.jpg", "image/jpeg", jpegWithGps())).with(from(address))
			.header("X-Report-Pin", PIN).header("Idempotency-Key", idempotencyKey));
	}

	long reportAttachments(String reportId) {
		return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'REPORT' AND owner_id = :id")
			.param("id", reportId).query(Long.class).single();
	}

	@Test
	void theReporterAddsEvidenceThroughTheApiWithItsGpsRemoved() throws Exception {
		String[] r = submitted("10.3.0.1");
		byte[] photo = jpegWithGps();
		assertThat(contains(photo, GPS_MARK)).isTrue();
		evidence(r[2], PIN, photo, "10.3.0.1").andExpect(status().isCreated());
		String sha = jdbc.sql("SELECT sha256 FROM attachment WHERE owner_type = 'REPORT' AND owner_id = :id")
			.param("id", r[0]).query(String.class).single();
		byte[] stored = Files.readAllBytes(Path.of(attachmentDir, sha.substring(0, 2), sha.substring(2, 4), sha));
		assertThat(contains(stored, GPS_MARK)).isFalse();
		assertThat(contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(stored))).isNotNull();
		assertThat(auditCount("REPORT_EVIDENCE_ADDED", r[0])).isEqualTo(1);
	}

	@Test
	void evidenceWithAWrongCodeOrPinAnswersLikeAMissingCodeAndStoresNothing() throws Exception {
		String[] r = submitted("10.3.0.2");
		long before = jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
		String wrongPin = evidence(r[2], "wrong-pin-1", jpegWithGps(), "10.3.0.2").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String wrongCode = evidence("ABCDEFGHJKMNPQRS", PIN, jpegWithGps(), "10.3.0.2")
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(withoutInstance(wrongPin)).isEqualTo(withoutInstance(wrongCode)).contains("REPORT_NOT_FOUND");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void evidenceFailuresCountTowardsTheLookupThrottle() throws Exception {
		String[] r = submitted("10.3.8.3");
		for (int i = 0; i < 10; i++) {
			evidence(r[2], "wrong-pin-" + i, jpegWithGps(), "10.3.8.3").andExpect(status().isNotFound());
		}
		evidence(r[2], PIN, jpegWithGps(), "10.3.8.3").andExpect(status().isTooManyRequests());
	}

	static final byte[] GPS_MARK = "GPS-39.9042N-116.4074E".getBytes(StandardCharsets.US_ASCII);

	/** A real JPEG with an APP1 Exif segment carrying a GPS marker right after SOI. */
	static byte[] jpegWithGps() throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		byte[] plain = jpeg.toByteArray();
		ByteArrayOutputStream payload = new ByteArrayOutputStream();
		payload.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		payload.write(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0 });
		payload.write(GPS_MARK);
		int length = payload.size() + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		out.write(payload.toByteArray());
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@Test
	void moreConcurrentWrongPinsThanPooledConnectionsAllAnswer404WithoutStarvingThePool() throws Exception {
		// the failed look-up is counted in a transaction of its own: a look-up holding a pooled connection while
		// waiting for a second one deadlocked the pool (4 connections in the tests) until Hikari's 30 s timeout
		String[] r = submitted("10.1.9.1");
		int concurrent = 12;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(concurrent);
		try {
			List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
			for (int i = 0; i < concurrent; i++) {
				String address = "10.1.9." + (10 + i);
				calls.add(() -> lookup(r[2], "wrong-pin-" + address, address).andReturn().getResponse().getStatus());
			}
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var f : pool.invokeAll(calls)) {
				statuses.add(f.get());
			}
			assertThat(statuses).containsOnly(404);
		}
		finally {
			pool.shutdown();
		}
	}
}
