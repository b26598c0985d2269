package org.ducha.perf;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A unit's to-do page (issue 4, docs/PERFORMANCE.md): {@code perf.users} liaison accounts of generated
 * units (perf-u001, perf-u002, …, one account per user, password Demo@2026) sign in through the login
 * form and then load {@code GET /assignments/todo} (the first page, sorted by urgency) back to back
 * for {@code perf.seconds} seconds. Loopback only; run by {@code perf/run-assignments.sh}.
 */
public class TodoSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:18080");
	static final int USERS = Integer.getInteger("perf.users", 8);
	static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("perf.seconds", 60));

	static {
		if (!BASE_URL.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("perf.baseUrl must be a loopback address (http://127.0.0.1:PORT)");
		}
	}

	Iterator<Map<String, Object>> accounts = IntStream.rangeClosed(1, 300)
		.mapToObj(n -> Map.<String, Object>of("username", "perf-u%03d".formatted(n)))
		.iterator();

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).disableWarmUp();

	ScenarioBuilder todo = scenario("unit to-do page")
		.feed(accounts)
		.exec(http("GET /login").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("POST /login").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", "Demo@2026")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200)))
		.exec(during(PHASE).on(http("GET /assignments/todo").get("/assignments/todo")
			.check(status().is(200), css("table").exists())));

	{
		setUp(todo.injectOpen(atOnceUsers(USERS)))
			.protocols(protocol)
			.maxDuration(PHASE.plusMinutes(2))
			.assertions(global().failedRequests().percent().lt(1.0));
	}
}
