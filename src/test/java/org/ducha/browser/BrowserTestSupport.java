package org.ducha.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the application with the demo district on a random port and drives Debian's Chromium
 * through Playwright (no browser download). Only with {@code -Pbrowser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class BrowserTestSupport {

	static final String DEMO_PASSWORD = "Demo@2026";
	static final Path SCREENSHOTS = Path.of("docs/screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		String executable = System.getenv().getOrDefault("PLAYWRIGHT_CHROMIUM_EXECUTABLE", "/usr/bin/chromium");
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Path.of(executable))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void login(String username) {
		page.navigate(url("/login"));
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(DEMO_PASSWORD);
		page.locator("form button[type=submit]").first().click();
		page.waitForURL(u -> !u.contains("/login"));
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
	}
}
