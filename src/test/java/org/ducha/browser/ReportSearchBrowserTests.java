package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * The report list's text filter is a full-text search on Chinese text (Hibernate Search): a word that
 * occurs only in a report's content finds it. The search respects the confidentiality rules of
 * SPEC §1: an officer who is himself accused finds nothing for the same word and the report's page
 * answers 404 as a missing one does, and the accused cadre 陈刚 (chengang) and the head of his
 * accused unit 住建局 (zjj) find no trace of the report that names them.
 */
class ReportSearchBrowserTests extends BrowserTestSupport {

	private static final String HAN_DIGITS = "零壹贰叁肆伍陆柒捌玖";

	APIRequestContext api;

	/** A word of Han characters that no other report holds. */
	static String uniqueWord(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		String.valueOf(System.nanoTime() % 1_000_000_000L).chars().forEach(c -> word.append(HAN_DIGITS.charAt(c - '0')));
		return word.append("号").toString();
	}

	String token(String username) {
		APIResponse r = api.post("/api/v1/auth/token",
				RequestOptions.create().setData(Map.of("username", username, "password", DEMO_PASSWORD)));
		assertThat(r.status()).isEqualTo(200);
		return JsonPath.read(r.text(), "$.token");
	}

	/** Registers a letter received today through the API; returns {id, trackingNumber}. */
	String[] register(String token, List<Map<String, String>> accused, List<String> accusedUnits, String subject,
			String content) {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		APIResponse r = api.post("/api/v1/reports", RequestOptions.create()
			.setHeader("Authorization", "Bearer " + token)
			.setData(Map.of("channel", "LETTER", "receivedOn", today, "anonymous", true, "accused", accused,
					"accusedUnits", accusedUnits, "categoryCode", "ZFZD-03", "subject", subject, "content", content)));
		if (r.status() != 201) {
			throw new AssertionError("registration refused: " + r.status() + " " + r.text());
		}
		return new String[] { JsonPath.read(r.text(), "$.id"), JsonPath.read(r.text(), "$.trackingNumber") };
	}

	/** Types the words into the list's text filter and applies it (htmx swaps the results). */
	void search(String words) {
		page.navigate(url("/reports"));
		page.locator("#f-q").fill(words);
		page.waitForResponse(response -> response.url().contains("/reports?") && response.url().contains("q="),
				() -> page.locator("[data-testid=report-filters] button[type=submit]").click());
	}

	Locator row(String trackingNumber) {
		return page.locator("[data-testid=report-table] a:text-is('" + trackingNumber + "')");
	}

	/**
	 * Searches until the report appears: the index is written when the registering transaction
	 * commits, and this bounded retry keeps the test independent of when the index is refreshed.
	 */
	void searchUntilFound(String words, String trackingNumber) {
		for (int attempt = 0; attempt < 10 && row(trackingNumber).count() == 0; attempt++) {
			if (attempt > 0) {
				page.waitForTimeout(500);
			}
			search(words);
		}
		assertThat(row(trackingNumber)).hasCount(1);
	}

	@Test
	void aWordOfTheContentFindsTheReportForTheOfficeButNeverForTheAccused() {
		api = playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(url("")));
		String word = uniqueWord("甲");
		String ownWord = uniqueWord("乙");
		String[] namingChenGang;
		String[] namingTheOfficer;
		try {
			String intake = token("intake");
			String director = token("director");
			namingChenGang = register(intake,
					List.of(Map.of("name", "陈刚", "unitName", "演示区住房和城乡建设局", "position", "城建股股长")),
					List.of("演示区住房和城乡建设局"), "办理施工许可遇到困难",
					"三次到住建局窗口办理施工许可，城建股以材料不全为由推诿，经办人说找" + word + "才能办。");
			namingTheOfficer = register(director,
					List.of(Map.of("name", "林静", "unitName", "演示区纪委监委", "position", "干部")), List.of(),
					"接访时态度冷漠", "来访时接待人员态度冷漠，登记簿上写着" + ownWord + "，后续无人联系。");
		}
		finally {
			api.dispose();
		}
		assertThat("办理施工许可遇到困难").doesNotContain(word);

		login("officer");
		searchUntilFound(word, namingChenGang[1]);
		assertThat(page.locator("[data-testid=report-table] tbody tr")).hasCount(1);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports\\?.*q=.*"));
		row(namingChenGang[1]).click();
		page.waitForURL(u -> u.endsWith("/reports/" + namingChenGang[0]));
		assertThat(page.locator("main")).containsText(word);
		context.clearCookies();

		login("director");
		searchUntilFound(ownWord, namingTheOfficer[1]);
		context.clearCookies();

		login("officer");
		search(ownWord);
		assertThat(page.locator("[data-testid=report-table] tbody tr")).hasCount(0);
		assertThat(page.locator("#report-results")).not().containsText(namingTheOfficer[1]);
		Response missing = page.navigate(url("/reports/999999999"));
		Response hidden = page.navigate(url("/reports/" + namingTheOfficer[0]));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(hidden.status()).as("the accused officer's view of the report naming him").isEqualTo(404);
		assertThat(page.content()).doesNotContain(namingTheOfficer[1]).doesNotContain(ownWord).doesNotContain("林静");
		context.clearCookies();

		for (String user : List.of("chengang", "zjj")) {
			login(user);
			Response list = page.navigate(url("/reports?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
			assertThat(list.status()).as(user + " search").isIn(200, 403, 404);
			assertThat(page.content()).as(user + " search").doesNotContain(namingChenGang[1]).doesNotContain(word)
				.doesNotContain("办理施工许可遇到困难");
			int missingStatus = page.navigate(url("/reports/999999999")).status();
			Response view = page.navigate(url("/reports/" + namingChenGang[0]));
			assertThat(view.status()).as(user + " report page answers as a missing report").isEqualTo(missingStatus)
				.isIn(403, 404);
			assertThat(page.content()).as(user + " report page").doesNotContain(namingChenGang[1])
				.doesNotContain(word);
			context.clearCookies();
		}
	}
}
