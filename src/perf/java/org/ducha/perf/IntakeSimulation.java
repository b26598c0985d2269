package org.ducha.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Intake throughput (issue 3, docs/PERFORMANCE.md): first the public submission
 * {@code POST /api/v1/public/reports} (anonymous, with a PIN), then the staff registration
 * {@code POST /api/v1/reports} by the demo intake officer with a bearer token (one token, taken before
 * the run: the staff users share the officer's account). The public body carries a PIN, so each
 * submission costs one Argon2id hash; the staff body is a named letter without a PIN, so it costs none. Each phase is a closed
 * workload: {@code perf.users} users submit back to back for {@code perf.seconds} seconds, then stop.
 * Loopback only; run by {@code perf/run-intake.sh}, which starts the application and passes its address.
 */
public class IntakeSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:18080");
	static final int USERS = Integer.getInteger("perf.users", 8);
	static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("perf.seconds", 60));
	static final AtomicLong COUNTER = new AtomicLong();

	static {
		if (!BASE_URL.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("perf.baseUrl must be a loopback address (http://127.0.0.1:PORT)");
		}
	}

	static String today() {
		return LocalDate.now(Clock.system(ZoneId.of("Asia/Shanghai"))).toString();
	}

	static String publicReport(Session session) {
		return """
				{"anonymous":true,"pin":"perf-pin-%d","accused":[{"name":"陈刚","unitName":"演示区住房和城乡建设局","position":"股长"}],
				 "accusedUnits":["演示区住房和城乡建设局"],"categoryCode":"ZFZD-03","subject":"窗口办事推诿 %d",
				 "content":"在办事窗口多次被要求补交材料，工作人员推诿扯皮。","occurredOn":"%s"}"""
			.formatted(session.userId(), COUNTER.incrementAndGet(), today());
	}

	static String staffReport(Session session) {
		return """
				{"channel":"LETTER","receivedOn":"%s","anonymous":false,
				 "reporter":{"name":"张三","phone":"13800000000","idNumber":"110101199001011234","unit":"某公司","address":"某路1号"},
				 "accused":[{"name":"陈刚","unitName":"演示区住房和城乡建设局","position":"股长"}],
				 "accusedUnits":["演示区住房和城乡建设局"],"categoryCode":"ZFZD-03","subject":"来信反映推诿扯皮 %d",
				 "content":"来信反映办事窗口多次推诿。","occurredOn":"%s"}"""
			.formatted(today(), COUNTER.incrementAndGet(), today());
	}

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.disableWarmUp()
		.shareConnections();

	ScenarioBuilder publicSubmission = scenario("public submission")
		.exec(during(PHASE).on(http("POST /api/v1/public/reports").post("/api/v1/public/reports")
			.body(StringBody(IntakeSimulation::publicReport))
			.check(status().is(201), jsonPath("$.queryCode").exists())));

	ScenarioBuilder staffRegistration = scenario("staff registration")
		.exec(during(PHASE).on(http("POST /api/v1/reports").post("/api/v1/reports")
			.header("Authorization", session -> "Bearer " + token)
			.body(StringBody(IntakeSimulation::staffReport))
			.check(status().is(201), jsonPath("$.trackingNumber").exists())));

	/** One token of the demo intake officer for all staff users, from {@code POST /api/v1/auth/token}. */
	static volatile String token;

	@Override
	public void before() {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"intake\",\"password\":\"Demo@2026\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher matcher = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (response.statusCode() != 200 || !matcher.find()) {
				throw new IllegalStateException("no token for intake: HTTP " + response.statusCode());
			}
			token = matcher.group(1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	{
		setUp(publicSubmission.injectOpen(atOnceUsers(USERS))
			.andThen(staffRegistration.injectOpen(atOnceUsers(USERS))))
			.protocols(protocol)
			.maxDuration(PHASE.multipliedBy(2).plusMinutes(2))
			.assertions(global().failedRequests().percent().lt(1.0));
	}
}
