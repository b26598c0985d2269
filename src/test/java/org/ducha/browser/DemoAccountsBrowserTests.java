package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo account of DEMO.md signs in through the login page, sees the navigation of its role
 * (and not the pages of other roles), and every page of its navigation opens without an error.
 */
class DemoAccountsBrowserTests extends BrowserTestSupport {

	static Stream<Arguments> accounts() {
		return Stream.of(
				Arguments.of("admin", Set.of("/access/users", "/admin/calendar", "/taxonomies", "/organization"),
						Set.of("/audit", "/campaigns", "/access/grants")),
				Arguments.of("secadmin", Set.of("/access/grants", "/access/login-log"),
						Set.of("/access/users", "/audit", "/campaigns")),
				Arguments.of("auditor", Set.of("/audit", "/access/login-log"),
						Set.of("/access/users", "/access/grants", "/campaigns", "/organization")),
				Arguments.of("leader", Set.of("/campaigns", "/organization"), Set.of("/access/users", "/audit")),
				Arguments.of("director", Set.of("/campaigns", "/organization"),
						Set.of("/access/users", "/audit")),
				Arguments.of("officer", Set.of("/campaigns", "/organization"),
						Set.of("/access/users", "/audit", "/admin/calendar")),
				Arguments.of("intake", Set.of("/campaigns"), Set.of("/access/users", "/audit")),
				Arguments.of("inspector", Set.of("/campaigns"), Set.of("/access/users", "/audit", "/organization")),
				Arguments.of("zjj", Set.of("/campaigns", "/organization"), Set.of("/access/users", "/audit")),
				Arguments.of("zjj-liaison", Set.of("/campaigns"), Set.of("/access/users", "/audit")),
				Arguments.of("scj", Set.of("/campaigns"), Set.of("/access/users", "/audit")),
				Arguments.of("chengang", Set.of("/campaigns"), Set.of("/access/users", "/audit", "/organization")),
				Arguments.of("sunli", Set.of("/meetings", "/organization"), Set.of("/access/users", "/audit")),
				Arguments.of("huanghai", Set.of("/meetings"), Set.of("/access/users", "/audit")),
				Arguments.of("hpsq", Set.of("/grid-events"), Set.of("/access/users", "/audit", "/organization")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accounts")
	void eachDemoAccountSeesTheNavigationOfItsRole(String username, Set<String> expected, Set<String> absent) {
		login(username);
		assertThat(page.getByTestId("current-user")).hasText(username);

		List<String> hrefs = page.locator("[data-testid=main-nav] a").all().stream()
			.map(a -> a.getAttribute("data-nav"))
			.toList();
		assertThat(hrefs).containsAll(expected).doesNotContainAnyElementsOf(absent).contains("/inbox");
		screenshot(username + "-home");

		List<String> broken = new ArrayList<>();
		for (String href : hrefs) {
			Response response = page.navigate(url(href));
			if (response == null || response.status() != 200 || page.getByTestId("error-page").count() > 0) {
				broken.add(href + " -> " + (response == null ? "no response" : response.status()));
			}
		}
		assertThat(broken).as("navigation pages that failed to open").isEmpty();
	}

	@Test
	void loginPageListsTheDemoAccountsInDemoMode() {
		page.navigate(url("/login"));
		assertThat(page.locator("body")).containsText("Demo@2026");
		assertThat(page.locator("body")).containsText("officer");
		screenshot("login");
	}

	@Test
	void wrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
		page.navigate(url("/login"));
		page.locator("input[name=username]").fill("officer");
		page.locator("input[name=password]").fill("wrong-password");
		page.locator("form button[type=submit]").first().click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
		assertThat(page.locator(".alert")).isVisible();
	}

	@Test
	void officerHomeShowsRealFiguresAndSwitchesToEnglish() {
		login("officer");
		screenshot("officer-home");
		page.navigate(url("/?lang=en"));
		assertThat(page.locator("h1")).containsText("Home");
		page.navigate(url("/?lang=zh-CN"));
		assertThat(page.locator("h1")).containsText("首页");
	}

	@Test
	void phoneSizedScreenShowsTheCollapsedNavigation() {
		context.close();
		context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(390, 844).setLocale("zh-CN"));
		page = context.newPage();
		login("zjj");
		assertThat(page.locator(".navbar-toggler")).isVisible();
		page.locator(".navbar-toggler").click();
		assertThat(page.locator("[data-testid=main-nav]")).isVisible();
		screenshot("zjj-phone");
	}
}
