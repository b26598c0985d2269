package org.ducha.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.ducha.organization.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's home page shows real figures of what exists, and only the figures meant for it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class HomeFiguresIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<HomeFigureSource> sources;

	@Autowired
	Organization organization;

	private List<HomeFigure> figuresOf(String... roles) {
		var auth = new UsernamePasswordAuthenticationToken("someone", "n/a",
				AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
		return sources.stream().flatMap(s -> s.figuresFor(auth).stream()).toList();
	}

	@Test
	void officerSeesTheRealSizeOfTheOrgTree() {
		assertThat(figuresOf("OFFICER"))
			.contains(new HomeFigure("org.home.units", organization.unitCount(), "/organization"),
					new HomeFigure("org.home.cadres", organization.cadreCount(), "/organization/cadres"));
		assertThat(organization.unitCount()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void systemAdministratorSeesTheDemoAccountsButNoBusinessFigures() {
		List<HomeFigure> figures = figuresOf("SYSTEM_ADMIN");
		assertThat(figures).extracting(HomeFigure::labelKey)
			.contains("access.home.activeAccounts", "access.home.lockedAccounts")
			.doesNotContain("campaign.home.ongoing", "audit.home.events");
		assertThat(figures).filteredOn(f -> f.labelKey().equals("access.home.activeAccounts"))
			.singleElement().extracting(HomeFigure::value).isEqualTo(15L);
	}

	@Test
	void auditorSeesTheAuditChainAndSignInFiguresOnly() {
		assertThat(figuresOf("AUDITOR")).extracting(HomeFigure::labelKey)
			.containsExactlyInAnyOrder("audit.home.events", "access.home.failedLogins", "access.home.lockouts");
	}

	@Test
	void figuresAreCountedForTheGivenUserEvenOutsideARequest() {
		assertThat(figuresOf("OFFICE_DIRECTOR")).extracting(HomeFigure::labelKey)
			.contains("intake.home.received", "intake.home.red", "intake.home.approvals");
	}

	@Test
	void unitPrincipalSeesNoDistrictWideFigures() {
		assertThat(figuresOf("UNIT_PRINCIPAL")).extracting(HomeFigure::labelKey)
			.doesNotContain("org.home.units", "org.home.cadres", "access.home.activeAccounts", "audit.home.events",
					"intake.home.received");
	}

	@Test
	void homePageRendersTheFiguresForTheSignedInRole() throws Exception {
		mvc.perform(get("/").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("启用的账号")))
			.andExpect(content().string(not(containsString("审计日志事件"))));
	}
}
