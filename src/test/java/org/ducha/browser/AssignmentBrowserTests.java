package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.NewAssignment;
import org.ducha.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An assignment issued to 住建局 on the demo district: zjj-liaison signs, reports progress and
 * submits with evidence; the office returns it once; the liaison resubmits; the office closes it.
 */
class AssignmentBrowserTests extends BrowserTestSupport {

	@Autowired
	Assignments assignments;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void theUnitWorksAnAssignmentThroughAReturnToItsClosing() throws IOException {
		AssignmentView a = assignments.issue(new NewAssignment(AssignmentKind.PROBLEM, "browser-1", "ZJJ", "C011", null,
				"对窗口推诿扯皮问题进行整改", calendar.today(), calendar.addWorkingDays(calendar.today(), 20), Map.of()),
				"officer");
		Path evidence = Files.createTempFile("evidence", ".txt");
		Files.writeString(evidence, "整改完成情况说明", StandardCharsets.UTF_8);

		login("zjj-liaison");
		page.navigate(url("/assignments/todo"));
		assertThat(page.locator("[data-assignment-id='" + a.id() + "']")).isVisible();
		screenshot("assignment-todo");
		page.locator("[data-assignment-id='" + a.id() + "'] a").click();
		page.locator("[data-testid=sign-form] button").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		page.locator("#progress-text").fill("已约谈窗口负责人");
		page.locator("#progress-percent").fill("60");
		page.locator("[data-testid=progress-form] button").click();
		page.locator("#submit-result").fill("整改完毕，制度已修订");
		page.locator("#submit-files").setInputFiles(evidence);
		page.locator("[data-testid=submit-form] button").click();
		assertThat(page.locator("[data-status=SUBMITTED]").first()).isVisible();
		context.clearCookies();

		login("officer");
		page.navigate(url("/assignments/" + a.id()));
		assertThat(page.locator("[data-testid=evidence]")).isVisible();
		page.locator("#return-reason").fill("佐证材料不足");
		page.locator("[data-testid=return-form] button").click();
		assertThat(page.locator("[data-testid=returned-count]")).hasText("1");
		context.clearCookies();

		login("zjj-liaison");
		page.navigate(url("/assignments/" + a.id()));
		page.locator("#progress-text").fill("补充佐证");
		page.locator("#progress-percent").fill("100");
		page.locator("[data-testid=progress-form] button").click();
		page.locator("#submit-result").fill("已补充佐证材料");
		page.locator("[data-testid=submit-form] button").click();
		assertThat(page.locator("[data-status=SUBMITTED]").first()).isVisible();
		context.clearCookies();

		login("officer");
		page.navigate(url("/assignments/" + a.id()));
		page.locator("[data-testid=close-form] button").click();
		assertThat(page.locator("[data-status=CLOSED]").first()).isVisible();
		assertThat(page.locator("[data-testid=timeline] [data-step=RETURNED]")).isVisible();
		screenshot("assignment-view");
	}
}
