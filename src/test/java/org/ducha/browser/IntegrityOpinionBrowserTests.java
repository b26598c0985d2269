package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * 陈刚 (C012), a 股级 cadre of 住建局, is admonished (诫勉) by his unit's principal and the decision
 * is later revoked on appeal: the office's integrity opinion page answers OBJECT while the
 * admonishment counts, and afterwards DEFER, because a demo report naming him is still open.
 */
class IntegrityOpinionBrowserTests extends BrowserTestSupport {

	APIRequestContext api;

	String token(String username) {
		APIResponse r = api.post("/api/v1/auth/token",
				RequestOptions.create().setData(Map.of("username", username, "password", DEMO_PASSWORD)));
		assertThat(r.status()).isEqualTo(200);
		return JsonPath.read(r.text(), "$.token");
	}

	String call(String token, String path, Object body) {
		APIResponse r = api.post(path, RequestOptions.create().setHeader("Authorization", "Bearer " + token)
			.setData(body == null ? Map.of() : body));
		if (r.status() / 100 != 2) {
			throw new AssertionError(path + " → " + r.status() + " " + r.text());
		}
		return r.text();
	}

	void checkOpinion(String today, String expected) {
		page.navigate(url("/integrity-opinions"));
		page.getByTestId("opinions-cadre-nos").fill("C012");
		page.getByTestId("opinions-as-of").fill(today);
		page.getByTestId("opinions-submit").click();
		assertThat(page.locator("[data-testid=opinions-table] tr[data-cadre-no=C012]"))
			.hasAttribute("data-opinion", expected);
	}

	@Test
	void chenGangsOpinionObjectsWhileTheAdmonishmentCountsAndDefersOnceItIsRevoked() {
		api = playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(url("")));
		try {
			String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
			String officer = token("officer");
			String zjj = token("zjj");
			String opened = call(officer, "/api/v1/accountability-cases", Map.of("subject", Map.of("cadreNo", "C012"),
					"basis", Map.of("problemIds", List.of(), "reportIds", List.of()), "facts", "办理施工许可时推诿扯皮，群众多次往返"));
			String caseId = JsonPath.read(opened, "$.id");
			List<String> proposals = JsonPath.read(opened, "$.linkedProposals[*].id");
			for (String proposal : proposals) {
				call(officer, "/api/v1/accountability-cases/" + caseId + "/proposals/" + proposal + "/dismiss",
						Map.of("reason", "经研究，领导已履行监管职责"));
			}
			call(zjj, "/api/v1/accountability-cases/" + caseId + "/investigation", null);
			call(officer, "/api/v1/accountability-cases/" + caseId + "/defence", Map.of("statement", "对事实无异议"));
			call(zjj, "/api/v1/accountability-cases/" + caseId + "/proposal", Map.of("handling", "拟予诫勉"));
			String decided = call(zjj, "/api/v1/accountability-cases/" + caseId + "/decision", Map.of("forms",
					List.of("ADMONISHMENT"), "decidedOn", today, "documentNumber", "住建党〔2026〕9号"));
			assertThat((String) JsonPath.read(decided, "$.status")).isEqualTo("DECIDED");

			login("director");
			checkOpinion(today, "OBJECT");
			assertThat(page.locator("[data-testid=opinions-table] tr[data-cadre-no=C012]")).containsText("诫勉");

			call(zjj, "/api/v1/accountability-cases/" + caseId + "/appeal", Map.of("filedOn", today, "reason", "事实认定有误"));
			call(zjj, "/api/v1/accountability-cases/" + caseId + "/appeal/decision", Map.of("outcome", "REVOKED"));

			checkOpinion(today, "DEFER");
			assertThat(page.locator("[data-testid=opinions-table] tr[data-cadre-no=C012]")).containsText("问题线索尚未办结");
			page.locator("[data-testid=opinions-table] tr[data-cadre-no=C012] a").click();
			assertThat(page.locator("[data-testid=integrity-decisions] tr[data-case-id='" + caseId + "']"))
				.containsText("已撤销");
			assertThat(page.getByTestId("opinions-download").or(page.getByTestId("integrity-file-opinion"))).isVisible();
		}
		finally {
			api.dispose();
		}
	}
}
