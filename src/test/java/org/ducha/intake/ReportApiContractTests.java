package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An audit of API.md's report sections, endpoint by endpoint, through the real token filter: status
 * codes, error codes and the shapes of the answers. Every call but the public ones carries a bearer
 * token of a DEMO.md account obtained from {@code POST /api/v1/auth/token}.
 */
class ReportApiContractTests extends IntakeIntegrationSupport {

	static final String MISSING = "999999999";

	/** The staff endpoints of API.md "Reports (staff)" with a body each would accept. */
	static final List<String[]> STAFF_ENDPOINTS = List.of(new String[] { "GET", "/api/v1/reports", null },
			new String[] { "GET", "/api/v1/reports/{id}", null },
			new String[] { "POST", "/api/v1/reports", "REGISTER" },
			new String[] { "POST", "/api/v1/reports/{id}/accept", "{}" },
			new String[] { "POST", "/api/v1/reports/{id}/reject", "{\"reason\":\"不属于作风问题\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/transfer", "{\"to\":\"市纪委监委\",\"reason\":\"处级\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/merge", "{\"intoId\":\"1\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/disposal",
					"{\"method\":\"VERIFICATION\",\"handlerUsername\":\"director\",\"reason\":\"核实\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"属实\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/answer", "{\"text\":\"已处理\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/messages", "{\"text\":\"请补充材料\"}" },
			new String[] { "POST", "/api/v1/reports/{id}/identity-requests", "{\"reason\":\"需要联系举报人\"}" });

	private final Map<String, String> tokens = new HashMap<>();

	/** A bearer token of a demo account, from the token endpoint. */
	RequestPostProcessor as(String username) throws Exception {
		String token = tokens.get(username);
		if (token == null) {
			MockHttpServletResponse response = mvc.perform(post("/api/v1/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}")).andReturn().getResponse();
			assertThat(response.getStatus()).as("token of " + username).isEqualTo(200);
			token = JsonPath.read(response.getContentAsString(), "$.token");
			tokens.put(username, token);
		}
		String bearer = token;
		return request -> {
			request.addHeader("Authorization", "Bearer " + bearer);
			return request;
		};
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletResponse call(String method, String path, String body, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = "GET".equals(method) ? get(path) : post(path);
		if (who != null) {
			request.with(who);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content("REGISTER".equals(body) ? namedReport() : body);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	MockHttpServletResponse call(String method, String path, String body, String username) throws Exception {
		return call(method, path, body, as(username));
	}

	/** Registers as the user through the API and returns the report's id. */
	String registered(String body, String username) throws Exception {
		MockHttpServletResponse response = call("POST", "/api/v1/reports", body, username);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return JsonPath.read(response.getContentAsString(), "$.id");
	}

	void step(String id, String action, String body, String username) throws Exception {
		MockHttpServletResponse response = call("POST", "/api/v1/reports/" + id + "/" + action, body, username);
		assertThat(response.getStatus()).as(action + ": " + response.getContentAsString()).isEqualTo(200);
	}

	static Map<String, Object> json(MockHttpServletResponse response) throws Exception {
		return JsonPath.read(response.getContentAsString(), "$");
	}

	/** The problem without {@code instance} (the request path), to compare two answers. */
	static Map<String, Object> problemOf(MockHttpServletResponse response) throws Exception {
		Map<String, Object> problem = new LinkedHashMap<>(json(response));
		problem.remove("instance");
		return problem;
	}

	static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		Map<String, Object> problem = json(response);
		assertThat(problem).containsKeys("type", "title", "status", "detail", "code");
		assertThat(problem.get("status")).isEqualTo(status);
		assertThat(problem.get("code")).isEqualTo(code);
	}

	/** A VALIDATION_FAILED problem whose {@code errors} name exactly these fields, each {field, message}. */
	@SuppressWarnings("unchecked")
	static void assertFieldErrors(MockHttpServletResponse response, String... fields) throws Exception {
		assertProblem(response, 400, "VALIDATION_FAILED");
		List<Map<String, Object>> errors = (List<Map<String, Object>>) json(response).get("errors");
		assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder((Object[]) fields);
		assertThat(errors).allSatisfy(e -> {
			assertThat(e).containsOnlyKeys("field", "message");
			assertThat((String) e.get("message")).isNotBlank();
		});
	}

	// ---- 401 -------------------------------------------------------------------------------------

	@Test
	void everyStaffReportEndpointAnswers401ProblemWithoutATokenOrWithAnUnknownOne() throws Exception {
		String id = registered(namedReport(), "intake");
		RequestPostProcessor unknownToken = request -> {
			request.addHeader("Authorization", "Bearer not-a-token");
			return request;
		};
		for (String[] endpoint : STAFF_ENDPOINTS) {
			String path = endpoint[1].replace("{id}", id);
			assertProblem(call(endpoint[0], path, endpoint[2], (RequestPostProcessor) null), 401, "UNAUTHENTICATED");
			assertProblem(call(endpoint[0], path, endpoint[2], unknownToken), 401, "UNAUTHENTICATED");
		}
		assertProblem(call("POST", "/api/v1/identity-requests/1/approve", null, (RequestPostProcessor) null), 401,
				"UNAUTHENTICATED");
		assertProblem(call("POST", "/api/v1/identity-requests/1/refuse", null, (RequestPostProcessor) null), 401,
				"UNAUTHENTICATED");
		assertThat(auditCount("REPORT_ACCEPTED", id)).isZero();
	}

	@Test
	void thePublicEndpointsNeedNoToken() throws Exception {
		MockHttpServletResponse submitted = call("POST", "/api/v1/public/reports", anonymousPublicReport(),
				from("10.9.0.1"));
		assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
		assertThat(json(submitted)).containsOnlyKeys("trackingNumber", "queryCode", "receivedOn");
		assertThat(json(submitted).get("receivedOn")).isEqualTo("2026-09-18");
		String code = JsonPath.read(submitted.getContentAsString(), "$.queryCode");
		MockHttpServletResponse read = mvc.perform(get("/api/v1/public/reports/" + code).with(from("10.9.0.1"))
			.header("X-Report-Pin", PUBLIC_PIN)).andReturn().getResponse();
		assertThat(read.getStatus()).isEqualTo(200);
	}

	// ---- 403 -------------------------------------------------------------------------------------

	@Test
	void rolesWithoutReportsAreForbiddenOnEveryEndpointAndLearnNothingOfTheirOwnReport() throws Exception {
		String id = registered(namedReport(), "intake");
		for (String user : List.of("chengang", "zjj", "zjj-liaison", "scj", "inspector", "admin", "secadmin",
				"auditor")) {
			for (String[] endpoint : STAFF_ENDPOINTS) {
				MockHttpServletResponse theirs = call(endpoint[0], endpoint[1].replace("{id}", id), endpoint[2], user);
				MockHttpServletResponse missing = call(endpoint[0], endpoint[1].replace("{id}", MISSING), endpoint[2],
						user);
				assertProblem(theirs, 403, "FORBIDDEN");
				assertThat(problemOf(theirs)).as(user + " " + endpoint[1]).isEqualTo(problemOf(missing));
				assertThat(theirs.getContentAsString()).doesNotContain("推诿", "JB-");
			}
		}
		assertThat(auditCount("REPORT_VIEWED", id)).isZero();
	}

	@Test
	void eachStepIsForbiddenToARoleThatMayNotTakeIt() throws Exception {
		String id = registered(namedReport(), "intake");
		assertProblem(call("POST", "/api/v1/reports", "REGISTER", "leader"), 403, "FORBIDDEN");
		// refused before the body is read: an empty body from a role that may not register is 403, not 400
		assertProblem(call("POST", "/api/v1/reports", "{}", "leader"), 403, "FORBIDDEN");
		assertProblem(call("POST", "/api/v1/reports", "{}", "chengang"), 403, "FORBIDDEN");
		assertProblem(call("POST", "/api/v1/reports/" + id + "/accept", "{}", "intake"), 403, "FORBIDDEN");
		assertProblem(call("POST", "/api/v1/reports/" + id + "/accept", "{}", "leader"), 403, "FORBIDDEN");
		step(id, "accept", "{}", "officer");
		step(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"核实\"}",
				"officer");
		assertProblem(call("POST", "/api/v1/reports/" + id + "/disposal/approve", "{}", "officer"), 403, "FORBIDDEN");
		String request = JsonPath.read(call("POST", "/api/v1/reports/" + id + "/identity-requests",
				"{\"reason\":\"核实\"}", "officer").getContentAsString(), "$.id");
		for (String user : List.of("officer", "director", "admin", "auditor")) {
			assertProblem(call("POST", "/api/v1/identity-requests/" + request + "/approve", null, user), 403,
					"FORBIDDEN");
			assertProblem(call("POST", "/api/v1/identity-requests/" + request + "/refuse", null, user), 403,
					"FORBIDDEN");
		}
	}

	@Test
	void aRoleThatMayNotTakeAStepIsForbiddenEvenWithAnInvalidBody() throws Exception {
		String id = registered(namedReport(), "intake");
		for (String action : List.of("reject", "transfer", "merge", "disposal", "conclude", "answer", "messages",
				"disposal/refuse", "disposal/extension", "identity-requests")) {
			assertProblem(call("POST", "/api/v1/reports/" + id + "/" + action, "{}", "chengang"), 403, "FORBIDDEN");
			if (!action.equals("identity-requests")) {
				assertProblem(call("POST", "/api/v1/reports/" + id + "/" + action, "{}", "leader"), 403, "FORBIDDEN");
			}
		}
		assertProblem(call("POST", "/api/v1/reports/" + id + "/disposal/refuse", "{}", "officer"), 403, "FORBIDDEN");
	}

	// ---- 404 -------------------------------------------------------------------------------------

	@Test
	void anAccusedOfficerGets404OnEveryEndpointExactlyAsForAMissingReport() throws Exception {
		String hidden = registered(namedReport("VISIT", "2026-09-18", ReportApiIntegrationTests.ACCUSED_OFFICER, "[]"),
				"intake");
		for (String[] endpoint : STAFF_ENDPOINTS) {
			if (!endpoint[1].contains("{id}")) {
				continue;
			}
			MockHttpServletResponse theirs = call(endpoint[0], endpoint[1].replace("{id}", hidden), endpoint[2],
					"officer");
			MockHttpServletResponse missing = call(endpoint[0], endpoint[1].replace("{id}", MISSING), endpoint[2],
					"officer");
			assertProblem(theirs, 404, "REPORT_NOT_FOUND");
			assertThat(problemOf(theirs)).as(endpoint[1]).isEqualTo(problemOf(missing));
		}
		String visible = registered(namedReport(), "intake");
		assertProblem(call("POST", "/api/v1/reports/" + visible + "/merge", "{\"intoId\":\"" + hidden + "\"}",
				"officer"), 404, "REPORT_NOT_FOUND");
		assertThat(call("GET", "/api/v1/reports/" + hidden, null, "director").getStatus()).isEqualTo(200);
		assertThat(auditCount("REPORT_VIEWED", hidden)).isEqualTo(1);
	}

	@Test
	void usersOfAnAccusedUnitGet404AndTheListHidesTheReportFromTheirCount() throws Exception {
		String hidden = registered(namedReport("PHONE", "2026-09-18", "[]", "[\"演示区纪委监委\"]"), "intake");
		String tracking = JsonPath.read(call("GET", "/api/v1/reports/" + hidden, null, "leader").getContentAsString(),
				"$.trackingNumber");
		for (String user : List.of("officer", "director")) {
			assertProblem(call("GET", "/api/v1/reports/" + hidden, null, user), 404, "REPORT_NOT_FOUND");
			assertProblem(call("POST", "/api/v1/reports/" + hidden + "/accept", "{}", user), 404, "REPORT_NOT_FOUND");
			MockHttpServletResponse list = call("GET", "/api/v1/reports?trackingNumber=" + tracking, null, user);
			assertThat(list.getStatus()).isEqualTo(200);
			assertThat(json(list).get("total")).isEqualTo(0);
			assertThat(list.getContentAsString()).doesNotContain(tracking);
		}
		assertThat(json(call("GET", "/api/v1/reports?trackingNumber=" + tracking, null, "leader")).get("total"))
			.isEqualTo(1);
	}

	@Test
	void anotherIntakeOfficersReportAndAnUnknownIdentityRequestAnswer404() throws Exception {
		String byOfficer = registered(namedReport(), "officer");
		assertProblem(call("GET", "/api/v1/reports/" + byOfficer, null, "intake"), 404, "REPORT_NOT_FOUND");
		assertProblem(call("GET", "/api/v1/reports/not-a-number", null, "officer"), 404, "REPORT_NOT_FOUND");
		MockHttpServletResponse unknown = call("POST", "/api/v1/identity-requests/" + MISSING + "/approve", null,
				"secadmin");
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(json(unknown).get("code")).isNotNull();
	}

	// ---- 409 -------------------------------------------------------------------------------------

	@Test
	void anAccusedHandlerIsRefusedWithRecusalRequiredAndNothingIsProposed() throws Exception {
		String id = registered(namedReport("VISIT", "2026-09-18", ReportApiIntegrationTests.ACCUSED_OFFICER, "[]"),
				"intake");
		step(id, "accept", "{}", "director");
		assertProblem(call("POST", "/api/v1/reports/" + id + "/disposal",
				"{\"method\":\"INQUIRY\",\"handlerUsername\":\"officer\",\"reason\":\"函询\"}", "director"), 409,
				"RECUSAL_REQUIRED");
		MockHttpServletResponse read = call("GET", "/api/v1/reports/" + id, null, "director");
		assertThat(json(read).get("disposal")).isNull();
		assertThat(read.getContentAsString()).doesNotContain("\"handlerUsername\":\"officer\"");
	}

	@Test
	void everyStepOutOfItsStateIsAnIllegalTransition() throws Exception {
		String received = registered(namedReport(), "intake");
		for (String[] step : List.of(new String[] { "conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"x\"}" },
				new String[] { "answer", "{\"text\":\"x\"}" },
				new String[] { "disposal", "{\"method\":\"CLOSE\",\"handlerUsername\":\"officer\",\"reason\":\"x\"}" },
				new String[] { "disposal/approve", "{}" })) {
			assertProblem(call("POST", "/api/v1/reports/" + received + "/" + step[0], step[1], "director"), 409,
					"ILLEGAL_TRANSITION");
		}
		step(received, "accept", "{}", "officer");
		for (String[] step : List.of(new String[] { "accept", "{}" }, new String[] { "reject", "{\"reason\":\"x\"}" },
				new String[] { "transfer", "{\"to\":\"市纪委监委\",\"reason\":\"x\"}" },
				new String[] { "answer", "{\"text\":\"x\"}" })) {
			assertProblem(call("POST", "/api/v1/reports/" + received + "/" + step[0], step[1], "officer"), 409,
					"ILLEGAL_TRANSITION");
		}
		String rejected = registered(namedReport(), "intake");
		step(rejected, "reject", "{\"reason\":\"不属于作风问题\"}", "officer");
		assertProblem(call("POST", "/api/v1/reports/" + rejected + "/accept", "{}", "officer"), 409,
				"ILLEGAL_TRANSITION");
		String request = JsonPath.read(call("POST", "/api/v1/reports/" + received + "/identity-requests",
				"{\"reason\":\"核实\"}", "officer").getContentAsString(), "$.id");
		assertThat(call("POST", "/api/v1/identity-requests/" + request + "/refuse", null, "secadmin").getStatus())
			.isEqualTo(200);
		assertProblem(call("POST", "/api/v1/identity-requests/" + request + "/approve", null, "secadmin"), 409,
				"ILLEGAL_TRANSITION");
	}

	// ---- 400 VALIDATION_FAILED -------------------------------------------------------------------

	@Test
	void eachStepListsItsMissingFields() throws Exception {
		String id = registered(namedReport(), "intake");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/reject", "{}", "officer"), "reason");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/transfer", "{\"reason\":\"x\"}", "officer"), "to");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/transfer", "{\"to\":\"市纪委监委\"}", "officer"), "reason");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/transfer", "{}", "officer"), "to", "reason");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/merge", "{}", "officer"), "intoId");
		step(id, "accept", "{}", "officer");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/disposal", "{}", "officer"), "method",
				"handlerUsername", "reason");
		step(id, "disposal", "{\"method\":\"CLOSE\",\"handlerUsername\":\"officer\",\"reason\":\"了结\"}", "officer");
		step(id, "disposal/approve", "{}", "director");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/conclude", "{\"summary\":\"x\"}", "officer"),
				"finding");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/conclude", "{\"finding\":\"UNVERIFIABLE\"}",
				"officer"), "summary");
		step(id, "conclude", "{\"finding\":\"UNVERIFIABLE\",\"summary\":\"无法查实\"}", "officer");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/answer", "{\"text\":\" \"}", "officer"), "text");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/messages", "{}", "officer"), "text");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/identity-requests", "{}", "officer"), "reason");
	}

	@Test
	void aValueOfTheWrongKindIsAFieldErrorToo() throws Exception {
		String id = registered(namedReport(), "intake");
		step(id, "accept", "{}", "officer");
		assertFieldErrors(call("POST", "/api/v1/reports/" + id + "/disposal",
				"{\"method\":\"SOMETIMES\",\"handlerUsername\":\"officer\",\"reason\":\"x\"}", "officer"), "method");
		assertFieldErrors(call("POST", "/api/v1/reports", namedReport().replace("\"LETTER\"", "\"PIGEON\""), "intake"),
				"channel");
		assertFieldErrors(call("POST", "/api/v1/reports", namedReport().replace("\"2026-09-18\"", "\"18.09.2026\""),
				"intake"), "receivedOn");
		MockHttpServletResponse broken = call("POST", "/api/v1/reports", "{\"channel\":", "intake");
		assertProblem(broken, 400, "BAD_REQUEST");
	}

	@Test
	void registrationListsEveryInvalidFieldAndStoresNothing() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single();
		assertFieldErrors(call("POST", "/api/v1/reports",
				"{\"channel\":\"LETTER\",\"receivedOn\":\"2026-09-18\",\"anonymous\":false,\"pin\":\"12\","
						+ "\"categoryCode\":\"ZFZD-03\",\"subject\":\"x\",\"content\":\"y\"}",
				"intake"), "pin", "reporter.name");
		assertFieldErrors(call("POST", "/api/v1/public/reports",
				"{\"anonymous\":true,\"categoryCode\":\"ZFZD-03\",\"subject\":\"x\",\"content\":\"y\"}",
				from("10.9.0.2")), "pin");
		assertFieldErrors(call("POST", "/api/v1/public/reports",
				"{\"anonymous\":false,\"pin\":\"" + "p".repeat(65) + "\",\"categoryCode\":\"ZFZD-03\",\"subject\":\"x\","
						+ "\"content\":\"y\"}",
				from("10.9.0.2")), "pin", "reporter.name");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single()).isEqualTo(before);
	}

	// ---- shapes ----------------------------------------------------------------------------------

	static final String[] REPORT_FIELDS = { "id", "trackingNumber", "channel", "status", "anonymous", "named",
			"receivedOn", "acceptanceDueOn", "accused", "accusedUnitCodes", "categoryCode", "subject", "content",
			"reporter", "disposal", "finding", "light" };

	@Test
	@SuppressWarnings("unchecked")
	void theReportHasTheFieldsOfApiMdAndTheMaskedReporterIsExactlyNameAndPhone() throws Exception {
		String id = registered(namedReport("LETTER", "2026-09-18",
				"[{\"name\":\"陈刚\",\"unitName\":\"演示区住房和城乡建设局\",\"position\":\"股长\"},"
						+ "{\"name\":\"某某\",\"unitName\":\"某公司\",\"position\":\"经理\"}]",
				"[\"演示区住房和城乡建设局\"]"), "intake");
		Map<String, Object> masked = json(call("GET", "/api/v1/reports/" + id, null, "officer"));
		assertThat(masked).containsKeys(REPORT_FIELDS);
		assertThat(masked.get("id")).isEqualTo(id);
		assertThat((String) masked.get("trackingNumber")).matches("JB-2026-\\d{6}");
		assertThat(masked.get("channel")).isEqualTo("LETTER");
		assertThat(masked.get("status")).isEqualTo("RECEIVED");
		assertThat(masked.get("anonymous")).isEqualTo(false);
		assertThat(masked.get("named")).isEqualTo(true);
		assertThat(masked.get("receivedOn")).isEqualTo("2026-09-18");
		assertThat(masked.get("acceptanceDueOn")).isEqualTo("2026-10-15");
		assertThat(masked.get("reporter")).isEqualTo(Map.of("name", "张*", "phone", "138****0000"));
		assertThat(masked.get("disposal")).isNull();
		assertThat(masked.get("finding")).isNull();
		assertThat(masked.get("light")).isEqualTo("GREEN");
		assertThat(masked.get("accusedUnitCodes")).isEqualTo(List.of("ZJJ"));
		List<Map<String, Object>> accused = (List<Map<String, Object>>) masked.get("accused");
		assertThat(accused).allSatisfy(a -> assertThat(a).containsKeys("name", "cadreNo", "unitCode"));
		assertThat(accused.get(0)).containsEntry("name", "陈刚").containsEntry("cadreNo", "C012")
			.containsEntry("unitCode", "ZJJ");
		assertThat(accused.get(1)).containsEntry("name", "某某").containsEntry("cadreNo", null)
			.containsEntry("unitCode", null);

		Map<String, Object> clear = json(call("GET", "/api/v1/reports/" + id, null, "intake"));
		assertThat(clear.get("reporter")).isEqualTo(Map.of("name", "张三", "phone", "13800000000", "idNumber",
				"110101199001011234", "unit", "某公司", "address", "某路1号"));

		step(id, "accept", "{}", "officer");
		step(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"核实\"}",
				"officer");
		MockHttpServletResponse approved = call("POST", "/api/v1/reports/" + id + "/disposal/approve", "{}",
				"director");
		Map<String, Object> disposal = (Map<String, Object>) json(approved).get("disposal");
		assertThat(disposal).containsEntry("method", "VERIFICATION").containsKey("dueOn");
		assertThat(json(approved).get("reporter")).isEqualTo(Map.of("name", "张*", "phone", "138****0000"));
	}

	@Test
	void anAnonymousReportHasANullReporter() throws Exception {
		String id = registered(namedReport().replace("\"anonymous\":false", "\"anonymous\":true"), "intake");
		for (String user : List.of("intake", "officer")) {
			Map<String, Object> report = json(call("GET", "/api/v1/reports/" + id, null, user));
			assertThat(report).containsEntry("reporter", null).containsEntry("anonymous", true)
				.containsEntry("named", false);
		}
	}

	@Test
	void registrationAnswers201WithTheReportAndMasksTheReporterForAnOfficer() throws Exception {
		MockHttpServletResponse byIntake = call("POST", "/api/v1/reports", namedReport(), "intake");
		assertThat(byIntake.getStatus()).isEqualTo(201);
		assertThat(json(byIntake)).containsKeys(REPORT_FIELDS);
		assertThat(json(byIntake).get("content")).isEqualTo("办事窗口多次推诿");
		assertThat(json(byIntake).get("reporter")).isEqualTo(Map.of("name", "张三", "phone", "13800000000", "idNumber",
				"110101199001011234", "unit", "某公司", "address", "某路1号"));
		MockHttpServletResponse byOfficer = call("POST", "/api/v1/reports", namedReport(), "officer");
		assertThat(byOfficer.getStatus()).isEqualTo(201);
		assertThat(json(byOfficer).get("reporter")).isEqualTo(Map.of("name", "张*", "phone", "138****0000"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theListIsPagedAndItsItemsCarryNoContent() throws Exception {
		String marker = ReportSearchIntegrationTests.uniqueWord();
		for (int i = 0; i < 3; i++) {
			registered(namedReport().replace("\"subject\":\"推诿扯皮", "\"subject\":\"" + marker + " 推诿扯皮"), "intake");
		}
		MockHttpServletResponse first = call("GET", "/api/v1/reports?q=" + marker + "&page=0&size=2&sort=receivedOn,desc",
				null, "officer");
		assertThat(first.getStatus()).isEqualTo(200);
		Map<String, Object> page = json(first);
		assertThat(page).containsOnlyKeys("items", "page", "size", "total");
		assertThat(page).containsEntry("page", 0).containsEntry("size", 2).containsEntry("total", 3);
		List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
		assertThat(items).hasSize(2).allSatisfy(item -> {
			assertThat(item).containsKeys("id", "trackingNumber", "channel", "status", "anonymous", "named",
					"receivedOn", "acceptanceDueOn", "accused", "accusedUnitCodes", "categoryCode", "subject",
					"reporter", "disposal", "finding", "light");
			assertThat(item).doesNotContainKey("content");
			assertThat(item.get("reporter")).isEqualTo(Map.of("name", "张*", "phone", "138****0000"));
		});
		assertThat(first.getContentAsString()).doesNotContain("办事窗口多次推诿", "张三", "13800000000");
		MockHttpServletResponse byIntake = call("GET", "/api/v1/reports?q=" + marker, null, "intake");
		assertThat(byIntake.getContentAsString()).contains("张*").doesNotContain("张三", "13800000000", "110101");
		Map<String, Object> second = json(call("GET", "/api/v1/reports?q=" + marker + "&page=1&size=2", null,
				"officer"));
		assertThat((List<Object>) second.get("items")).hasSize(1);
		assertThat(second).containsEntry("page", 1);
		String anonymous = registered(namedReport().replace("\"anonymous\":false", "\"anonymous\":true")
			.replace("\"subject\":\"推诿扯皮", "\"subject\":\"" + marker + "匿名 推诿扯皮"), "intake");
		Map<String, Object> anonymousPage = json(call("GET", "/api/v1/reports?q=" + marker + "匿名", null, "officer"));
		assertThat((List<Map<String, Object>>) anonymousPage.get("items")).singleElement()
			.satisfies(item -> assertThat(item).containsEntry("id", anonymous).containsEntry("reporter", null));
	}

	@Test
	void everyTransitionReturnsTheReport() throws Exception {
		String id = registered(namedReport(), "intake");
		for (String[] step : List.of(new String[] { "accept", "{}", "officer", "ACCEPTED" },
				new String[] { "disposal", "{\"method\":\"INQUIRY\",\"handlerUsername\":\"officer\",\"reason\":\"函询\"}",
						"officer", "ACCEPTED" },
				new String[] { "disposal/approve", "{}", "director", "ACCEPTED" },
				new String[] { "conclude", "{\"finding\":\"PARTLY_SUBSTANTIATED\",\"summary\":\"部分属实\"}", "officer",
						"CONCLUDED" },
				new String[] { "answer", "{\"text\":\"经核实部分属实\"}", "officer", "ANSWERED" })) {
			MockHttpServletResponse response = call("POST", "/api/v1/reports/" + id + "/" + step[0], step[1], step[2]);
			assertThat(response.getStatus()).as(step[0] + ": " + response.getContentAsString()).isEqualTo(200);
			assertThat(json(response)).containsKeys(REPORT_FIELDS).containsEntry("id", id)
				.containsEntry("status", step[3]);
		}
		String rejected = registered(namedReport(), "intake");
		MockHttpServletResponse reject = call("POST", "/api/v1/reports/" + rejected + "/reject",
				"{\"reason\":\"不属于作风问题\"}", "officer");
		assertThat(json(reject)).containsKeys(REPORT_FIELDS).containsEntry("status", "NOT_ACCEPTED");
		String transferred = registered(namedReport(), "intake");
		MockHttpServletResponse transfer = call("POST", "/api/v1/reports/" + transferred + "/transfer",
				"{\"to\":\"市纪委监委\",\"reason\":\"处级干部\"}", "officer");
		assertThat(json(transfer)).containsKeys(REPORT_FIELDS).containsEntry("status", "TRANSFERRED");
		String earlier = registered(namedReport(), "intake");
		String later = registered(namedReport(), "intake");
		MockHttpServletResponse mergeOk = call("POST", "/api/v1/reports/" + later + "/merge",
				"{\"intoId\":\"" + earlier + "\"}", "officer");
		assertThat(mergeOk.getStatus()).as(mergeOk.getContentAsString()).isEqualTo(200);
		assertThat(json(mergeOk)).containsKeys(REPORT_FIELDS).containsEntry("status", "MERGED");
	}

	@Test
	void theOfficesMessageAnswers201WithSenderTextAndTimeOnly() throws Exception {
		String id = registered(namedReport(), "intake");
		MockHttpServletResponse sent = call("POST", "/api/v1/reports/" + id + "/messages", "{\"text\":\"请补充材料\"}",
				"officer");
		assertThat(sent.getStatus()).isEqualTo(201);
		assertThat(json(sent)).containsOnlyKeys("from", "text", "sentAt").containsEntry("from", "OFFICE")
			.containsEntry("text", "请补充材料");
		assertThat((String) json(sent).get("sentAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})");
	}

	@Test
	void anIdentityRequestAnswers201PendingAndTheSecurityAdminDecides() throws Exception {
		String id = registered(namedReport(), "intake");
		MockHttpServletResponse requested = call("POST", "/api/v1/reports/" + id + "/identity-requests",
				"{\"reason\":\"需要联系举报人核实\"}", "director");
		assertThat(requested.getStatus()).isEqualTo(201);
		assertThat(json(requested)).containsKeys("id", "status").containsEntry("status", "PENDING");
		assertThat(requested.getContentAsString()).doesNotContain("张三", "13800000000");
		String request = JsonPath.read(requested.getContentAsString(), "$.id");
		MockHttpServletResponse approved = call("POST", "/api/v1/identity-requests/" + request + "/approve", null,
				"secadmin");
		assertThat(approved.getStatus()).isEqualTo(200);
		assertThat(json(approved)).containsEntry("id", request).containsEntry("status", "APPROVED");
		assertThat(approved.getContentAsString()).doesNotContain("张三", "13800000000");
		assertThat(json(call("GET", "/api/v1/reports/" + id, null, "director")).get("reporter"))
			.isEqualTo(Map.of("name", "张三", "phone", "13800000000", "idNumber", "110101199001011234", "unit",
					"某公司", "address", "某路1号"));
	}

	// ---- Idempotency-Key -------------------------------------------------------------------------

	@Test
	void theSameIdempotencyKeyWithin24HoursReturnsTheFirstReportPerUser() throws Exception {
		String key = "contract-" + COUNTER.incrementAndGet();
		String body = namedReport();
		String subject = JsonPath.read(body, "$.subject");
		MockHttpServletResponse first = mvc.perform(post("/api/v1/reports").with(as("officer"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse();
		MockHttpServletResponse again = mvc.perform(post("/api/v1/reports").with(as("officer"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse();
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
		assertThat(json(again).get("trackingNumber")).isEqualTo(json(first).get("trackingNumber"));
		assertThat(json(again).get("reporter")).isEqualTo(Map.of("name", "张*", "phone", "138****0000"));
		assertThat(subjectCount(subject)).isEqualTo(1);

		MockHttpServletResponse otherUser = mvc.perform(post("/api/v1/reports").with(as("director"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse();
		assertThat(otherUser.getStatus()).isEqualTo(201);
		assertThat(json(otherUser).get("id")).isNotEqualTo(json(first).get("id"));
		assertThat(subjectCount(subject)).isEqualTo(2);

		clock.advance(java.time.Duration.ofHours(24).plusMinutes(1));
		tokens.clear();
		MockHttpServletResponse later = mvc.perform(post("/api/v1/reports").with(as("officer"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse();
		assertThat(later.getStatus()).isEqualTo(201);
		assertThat(json(later).get("id")).isNotEqualTo(json(first).get("id"));
		assertThat(subjectCount(subject)).isEqualTo(3);
	}

	@Test
	void withoutAnIdempotencyKeyEachPostCreatesAReport() throws Exception {
		String body = namedReport();
		String subject = JsonPath.read(body, "$.subject");
		registered(body, "officer");
		registered(body, "officer");
		assertThat(subjectCount(subject)).isEqualTo(2);
	}

	MockHttpServletResponse postWithKey(String path, String body, String key, String username) throws Exception {
		MockHttpServletResponse response = mvc.perform(post(path).with(as(username)).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	@Test
	void theSameIdempotencyKeySendsTheOfficesMessageOnce() throws Exception {
		String id = registered(namedReport(), "intake");
		String key = "message-" + COUNTER.incrementAndGet();
		String path = "/api/v1/reports/" + id + "/messages";
		MockHttpServletResponse first = postWithKey(path, "{\"text\":\"请补充材料\"}", key, "officer");
		MockHttpServletResponse again = postWithKey(path, "{\"text\":\"请补充材料\"}", key, "officer");
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(json(again)).isEqualTo(json(first));
		assertThat(messageCount(id)).isEqualTo(1);
		assertThat(postWithKey(path, "{\"text\":\"请补充材料\"}", key, "director").getStatus()).isEqualTo(201);
		assertThat(postWithKey(path, "{\"text\":\"请补充材料\"}", key + "-2", "officer").getStatus()).isEqualTo(201);
		assertThat(messageCount(id)).isEqualTo(3);
		String other = registered(namedReport(), "intake");
		assertThat(postWithKey("/api/v1/reports/" + other + "/messages", "{\"text\":\"另一件\"}", key, "officer")
			.getStatus()).isEqualTo(201);
		assertThat(messageCount(other)).isEqualTo(1);
	}

	@Test
	void theSameIdempotencyKeyFilesTheIdentityRequestOnce() throws Exception {
		String id = registered(namedReport(), "intake");
		String key = "reveal-" + COUNTER.incrementAndGet();
		String path = "/api/v1/reports/" + id + "/identity-requests";
		MockHttpServletResponse first = postWithKey(path, "{\"reason\":\"需要联系举报人\"}", key, "officer");
		MockHttpServletResponse again = postWithKey(path, "{\"reason\":\"需要联系举报人\"}", key, "officer");
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(201);
		assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
		assertThat(json(again).get("status")).isEqualTo("PENDING");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_request WHERE report_id = :r")
			.param("r", Long.parseLong(id)).query(Long.class).single()).isEqualTo(1);
		assertProblem(postWithKey(path, "{\"reason\":\"再次\"}", key + "-2", "officer"), 409,
				"IDENTITY_REQUEST_PENDING");
	}

	long messageCount(String reportId) {
		return jdbc.sql("SELECT COUNT(*) FROM report_message WHERE report_id = :r").param("r", Long.parseLong(reportId))
			.query(Long.class).single();
	}

	long subjectCount(String subject) {
		return jdbc.sql("SELECT COUNT(*) FROM report WHERE subject = :s").param("s", subject).query(Long.class).single();
	}

	// ---- public follow-up ------------------------------------------------------------------------

	static final String PUBLIC_PIN = "contract-pin-2026";

	static String anonymousPublicReport() {
		return """
				{"anonymous":true,"pin":"%s","accused":[{"name":"陈刚","unitName":"演示区住房和城乡建设局","position":"股长"}],
				 "accusedUnits":["演示区住房和城乡建设局"],"categoryCode":"ZFZD-03","subject":"契约核对 %d",
				 "content":"窗口推诿","occurredOn":"2026-09-10"}""".formatted(PUBLIC_PIN, COUNTER.incrementAndGet());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theFollowUpShowsStatusAnswerAndMessagesButNoIdentityAndNoOfficer() throws Exception {
		String address = "10.9.1." + (COUNTER.incrementAndGet() % 200);
		String named = """
				{"anonymous":false,"pin":"%s","reporter":{"name":"李四","phone":"13911112222","idNumber":"110101199001011234",
				 "unit":"某厂","address":"某街2号"},"accused":[],"accusedUnits":["演示区住房和城乡建设局"],
				 "categoryCode":"ZFZD-03","subject":"契约反馈 %d","content":"窗口推诿","occurredOn":"2026-09-10"}"""
			.formatted(PUBLIC_PIN, COUNTER.incrementAndGet());
		MockHttpServletResponse submitted = call("POST", "/api/v1/public/reports", named, from(address));
		assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
		String code = JsonPath.read(submitted.getContentAsString(), "$.queryCode");
		String tracking = JsonPath.read(submitted.getContentAsString(), "$.trackingNumber");
		String id = String.valueOf(jdbc.sql("SELECT id FROM report WHERE tracking_number = :t").param("t", tracking)
			.query(Long.class).single());

		MockHttpServletResponse message = mvc.perform(post("/api/v1/public/reports/" + code + "/messages")
			.with(from(address)).header("X-Report-Pin", PUBLIC_PIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"请尽快处理\"}")).andReturn().getResponse();
		assertThat(message.getStatus()).isEqualTo(201);
		step(id, "accept", "{}", "officer");
		step(id, "disposal", "{\"method\":\"CLOSE\",\"handlerUsername\":\"officer\",\"reason\":\"了结\"}", "officer");
		step(id, "disposal/approve", "{}", "director");
		step(id, "conclude", "{\"finding\":\"UNVERIFIABLE\",\"summary\":\"内部备注：线索不足\"}", "officer");
		assertThat(call("POST", "/api/v1/reports/" + id + "/messages", "{\"text\":\"已收到\"}", "officer").getStatus())
			.isEqualTo(201);
		step(id, "answer", "{\"text\":\"经核查无法查实\"}", "officer");

		MockHttpServletResponse read = mvc.perform(get("/api/v1/public/reports/" + code).with(from(address))
			.header("X-Report-Pin", PUBLIC_PIN)).andReturn().getResponse();
		read.setCharacterEncoding("UTF-8");
		assertThat(read.getStatus()).isEqualTo(200);
		Map<String, Object> view = json(read);
		assertThat(view).containsKeys("trackingNumber", "status", "receivedOn", "answer", "messages")
			.containsEntry("trackingNumber", tracking).containsEntry("status", "ANSWERED")
			.containsEntry("receivedOn", "2026-09-18");
		assertThat(view).doesNotContainKeys("reporter", "id", "content", "finding", "summary", "disposal");
		assertThat((Map<String, Object>) view.get("answer")).containsOnlyKeys("text", "answeredOn")
			.containsEntry("text", "经核查无法查实").containsEntry("answeredOn", "2026-09-18");
		List<Map<String, Object>> messages = (List<Map<String, Object>>) view.get("messages");
		assertThat(messages).extracting(m -> m.get("from")).containsExactly("REPORTER", "OFFICE");
		assertThat(messages).allSatisfy(m -> assertThat(m).containsOnlyKeys("from", "text", "sentAt"));
		assertThat(read.getContentAsString()).doesNotContain("李四", "13911112222", "officer", "林静", "内部备注");

		MockHttpServletResponse rated = mvc.perform(post("/api/v1/public/reports/" + code + "/rating")
			.with(from(address)).header("X-Report-Pin", PUBLIC_PIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"SATISFIED\",\"comment\":\"满意\"}")).andReturn().getResponse();
		assertThat(rated.getStatus()).isEqualTo(201);
	}

	@Test
	void aWrongCodeAWrongPinAndAMissingPinAnswerTheSame404() throws Exception {
		String address = "10.9.2." + (COUNTER.incrementAndGet() % 200);
		MockHttpServletResponse submitted = call("POST", "/api/v1/public/reports", anonymousPublicReport(),
				from(address));
		String code = JsonPath.read(submitted.getContentAsString(), "$.queryCode");
		String otherCode = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
		MockHttpServletResponse wrongPin = mvc.perform(get("/api/v1/public/reports/" + code).with(from(address))
			.header("X-Report-Pin", "wrong-pin-123")).andReturn().getResponse();
		MockHttpServletResponse wrongCode = mvc.perform(get("/api/v1/public/reports/" + otherCode).with(from(address))
			.header("X-Report-Pin", PUBLIC_PIN)).andReturn().getResponse();
		MockHttpServletResponse noPin = mvc.perform(get("/api/v1/public/reports/" + code).with(from(address)))
			.andReturn().getResponse();
		MockHttpServletResponse wrongPinMessage = mvc.perform(post("/api/v1/public/reports/" + code + "/messages")
			.with(from(address)).header("X-Report-Pin", "wrong-pin-123").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"x\"}")).andReturn().getResponse();
		for (MockHttpServletResponse response : List.of(wrongPin, wrongCode, noPin, wrongPinMessage)) {
			assertProblem(response, 404, "REPORT_NOT_FOUND");
			assertThat(problemOf(response)).isEqualTo(problemOf(wrongPin));
		}
	}
}
