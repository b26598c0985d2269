package org.ducha.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The leader dashboard's statistics (issue 6, docs/PERFORMANCE.md, section D): {@code perf.users}
 * users, alternately the demo {@code leader} and {@code officer} (password Demo@2026), each with a
 * bearer token of his own from {@code POST /api/v1/auth/token}, read back to back for
 * {@code perf.seconds} seconds {@code GET /api/v1/statistics/summary} and
 * {@code GET /api/v1/statistics/ranking} for the year so far (January 1 to today in the district).
 * With {@code perf.page=true} each user also signs in through the login form and loads the HTML page
 * {@code GET /dashboard} (which shows the same year by default) in the same loop. Loopback only; run
 * by {@code perf/run-dashboard.sh}.
 */
public class DashboardSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("perf.baseUrl", "http://127.0.0.1:18080");
	static final int USERS = Integer.getInteger("perf.users", 4);
	static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("perf.seconds", 60));
	static final boolean PAGE = Boolean.getBoolean("perf.page");
	static final String PASSWORD = "Demo@2026";

	static final LocalDate TODAY = LocalDate.now(Clock.system(ZoneId.of("Asia/Shanghai")));
	static final String FROM = TODAY.withDayOfYear(1).toString();
	static final String TO = TODAY.toString();

	static {
		if (!BASE_URL.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("perf.baseUrl must be a loopback address (http://127.0.0.1:PORT)");
		}
	}

	Iterator<Map<String, Object>> accounts = Stream.iterate(0, n -> n + 1)
		.map(n -> Map.<String, Object>of("username", n % 2 == 0 ? "leader" : "officer"))
		.iterator();

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).disableWarmUp();

	ChainBuilder signIn = exec(http("POST /api/v1/auth/token").post("/api/v1/auth/token")
		.header("Content-Type", "application/json")
		.body(StringBody("{\"username\":\"#{username}\",\"password\":\"" + PASSWORD + "\"}"))
		.check(status().is(200), jsonPath("$.token").saveAs("token")));

	ChainBuilder formSignIn = exec(http("GET /login").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("POST /login").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200)));

	ChainBuilder api = exec(http("GET /api/v1/statistics/summary").get("/api/v1/statistics/summary")
		.queryParam("from", FROM)
		.queryParam("to", TO)
		.header("Authorization", "Bearer #{token}")
		.header("Accept", "application/json")
		.check(status().is(200), jsonPath("$.scope").is("DISTRICT")))
		.exec(http("GET /api/v1/statistics/ranking").get("/api/v1/statistics/ranking")
			.queryParam("from", FROM)
			.queryParam("to", TO)
			.header("Authorization", "Bearer #{token}")
			.header("Accept", "application/json")
			.check(status().is(200), jsonPath("$.items[0].unitCode").exists()));

	ChainBuilder page = exec(http("GET /dashboard").get("/dashboard")
		.check(status().is(200), css("[data-testid=dashboard]").exists()));

	ScenarioBuilder dashboard = PAGE
			? scenario("leader dashboard").feed(accounts).exec(signIn).exec(formSignIn).exec(during(PHASE).on(api.exec(page)))
			: scenario("leader dashboard").feed(accounts).exec(signIn).exec(during(PHASE).on(api));

	{
		setUp(dashboard.injectOpen(atOnceUsers(USERS)))
			.protocols(protocol)
			.maxDuration(PHASE.plusMinutes(2))
			.assertions(global().failedRequests().percent().lt(1.0));
	}
}
