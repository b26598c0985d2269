package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.ducha.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 in the browser, on the demo district: the office opens a case against 陈刚 (C012) from his overdue
 * problem among the accountability candidates (the basis filled from it); the three 一案双究 proposals — his
 * supervising leader 吴芳, the principal 周强 and 演示区住房和城乡建设局党组 — are resolved, one opened as a case and
 * two dismissed with reasons; his statement is recorded; 周强 ({@code zjj}) decides 诫勉 as the principal of the
 * deciding unit (a UNIT case); an appeal is filed and revoked; 陈刚's integrity file and opinion count the
 * admonishment while it stands and no longer once it is revoked.
 */
class AccountabilityBrowserTests extends BrowserTestSupport {

	static final Pattern CASE_URL = Pattern.compile("/accountability/cases/(\\d+)");

	@Autowired
	WorkingCalendar calendar;

	Locator proposal(String role) {
		return page.locator("[data-testid=proposal][data-role=" + role + "]");
	}

	void switchTo(String username) {
		context.clearCookies();
		login(username);
	}

	Locator chenGangsOpinion(String today) {
		page.navigate(url("/cadres/C012/integrity"));
		page.locator("#asOf").fill(today);
		page.getByTestId("integrity-file-opinion").click();
		return page.locator("[data-testid=opinions-table] tr[data-cadre-no=C012]");
	}

	@Test
	void aCaseAgainstChenGangFromHisOverdueProblemIsDecidedByHisPrincipalAndRevokedOnAppeal() {
		String today = calendar.today().toString();

		login("officer");
		page.navigate(url("/accountability/candidates"));
		Locator candidate = page.locator("[data-testid=candidate]")
			.filter(new Locator.FilterOptions().setHasText("竣工验收备案"))
			.filter(new Locator.FilterOptions().setHasText("陈刚 (C012)"))
			.first();
		assertThat(candidate).containsText("逾期");
		String problemId = candidate.getAttribute("data-problem-id");
		candidate.getByTestId("candidate-open").click();

		assertThat(page.getByTestId("from-candidate")).isVisible();
		assertThat(page.getByTestId("case-cadre")).hasValue("C012");
		assertThat(page.getByTestId("case-problems")).hasValue(problemId);
		assertThat(page.getByTestId("case-facts")).containsText("竣工验收备案");
		page.getByTestId("case-submit").click();

		page.waitForURL(CASE_URL);
		Matcher m = CASE_URL.matcher(page.url());
		m.find();
		String caseId = m.group(1);
		String casePath = "/accountability/cases/" + caseId;
		assertThat(page.getByTestId("case-subject")).containsText("陈刚");
		assertThat(page.getByTestId("case-jurisdiction")).hasAttribute("data-level", "UNIT");
		assertThat(page.getByTestId("case-deciding-unit")).containsText("演示区住房和城乡建设局");
		assertThat(page.getByTestId("case-basis").locator("a[href='/problems/" + problemId + "']")).isVisible();

		// 一案双究: exactly the three proposals of SPEC §8.2
		assertThat(page.locator("[data-testid=proposal]")).hasCount(3);
		assertThat(proposal("SUPERVISING_LEADER").getByTestId("proposal-subject")).hasText("吴芳");
		assertThat(proposal("PRINCIPAL").getByTestId("proposal-subject")).hasText("周强");
		assertThat(proposal("PARTY_ORGANIZATION").getByTestId("proposal-subject")).hasText("演示区住房和城乡建设局党组");
		proposal("SUPERVISING_LEADER").getByTestId("proposal-open").click();
		assertThat(proposal("SUPERVISING_LEADER")).hasAttribute("data-status", "OPENED");
		proposal("PRINCIPAL").getByTestId("proposal-reason").fill("主要领导已多次部署督办，不负领导责任");
		proposal("PRINCIPAL").getByTestId("proposal-dismiss").click();
		assertThat(proposal("PRINCIPAL")).hasAttribute("data-status", "DISMISSED");
		proposal("PARTY_ORGANIZATION").getByTestId("proposal-reason").fill("党组已履行主体责任，另行提醒谈话");
		proposal("PARTY_ORGANIZATION").getByTestId("proposal-dismiss").click();
		assertThat(proposal("PARTY_ORGANIZATION")).hasAttribute("data-status", "DISMISSED");
		assertThat(proposal("PARTY_ORGANIZATION")).containsText("党组已履行主体责任");
		assertThat(page.locator("[data-testid=proposal][data-status=PROPOSED]")).hasCount(0);

		// 陈述申辩, recorded by the office
		page.getByTestId("defence-statement").fill("对推诿扯皮的事实无异议，已向群众致歉并办结备案。");
		page.getByTestId("defence-submit").click();
		assertThat(page.getByTestId("defence")).containsText("已向群众致歉");

		// the linked case against 吴芳 exists in its own right
		page.navigate(url(casePath));
		proposal("SUPERVISING_LEADER").locator("a[href^='/accountability/cases/']").click();
		assertThat(page.getByTestId("case-subject")).containsText("吴芳");
		assertThat(page.getByTestId("case-basis").locator("a[href='" + casePath + "']")).isVisible();

		// 周强 decides as the principal of the deciding unit
		switchTo("zjj");
		page.navigate(url(casePath));
		page.getByTestId("investigate").click();
		assertThat(page.getByTestId("case-status")).hasAttribute("data-status", "INVESTIGATING");
		page.getByTestId("handling").fill("拟予诫勉");
		page.getByTestId("propose").click();
		assertThat(page.getByTestId("case-status")).hasAttribute("data-status", "PROPOSED");
		page.getByTestId("form-ADMONISHMENT").check();
		page.getByTestId("decided-on").fill(today);
		page.getByTestId("document-number").fill("住建党诫〔2026〕12号");
		page.getByTestId("decide").click();
		assertThat(page.getByTestId("case-status")).hasAttribute("data-status", "DECIDED");
		assertThat(page.getByTestId("decision-forms")).containsText("诫勉");
		assertThat(page.getByTestId("decision-four-form")).hasText("第一种形态");
		assertThat(page.getByTestId("decision-effect")).hasText(calendar.today().plusMonths(6).toString());

		// while the admonishment stands: on his file, in effect; the opinion objects
		switchTo("director");
		page.navigate(url("/cadres/C012/integrity"));
		Locator decision = page.locator("[data-testid=integrity-decisions] tr[data-case-id='" + caseId + "']");
		assertThat(decision).containsText("诫勉");
		assertThat(decision).containsText("住建党诫〔2026〕12号");
		assertThat(decision.locator(".text-bg-danger")).isVisible();
		Locator opinion = chenGangsOpinion(today);
		assertThat(opinion).hasAttribute("data-opinion", "OBJECT");
		assertThat(opinion).containsText("诫勉");

		// 申诉 and its answer: revoked
		switchTo("zjj");
		page.navigate(url(casePath));
		page.locator("#filedOn").fill(today);
		page.getByTestId("appeal-reason").fill("群众往返系材料不全所致，非本人推诿");
		page.getByTestId("appeal-submit").click();
		assertThat(page.getByTestId("appeal")).containsText("群众往返系材料不全所致");
		page.getByTestId("outcome-REVOKED").check();
		page.getByTestId("appeal-decide").click();
		assertThat(page.getByTestId("appeal-outcome")).isVisible();
		assertThat(page.getByTestId("case-revoked")).isVisible();

		// once revoked it no longer counts: marked on the file, gone from the opinion
		switchTo("director");
		page.navigate(url("/cadres/C012/integrity"));
		decision = page.locator("[data-testid=integrity-decisions] tr[data-case-id='" + caseId + "']");
		assertThat(decision).containsText("已撤销");
		assertThat(decision.locator(".text-bg-danger")).hasCount(0);
		opinion = chenGangsOpinion(today);
		assertThat(opinion).not().hasAttribute("data-opinion", "OBJECT");
		assertThat(opinion).not().containsText("诫勉");
	}
}
