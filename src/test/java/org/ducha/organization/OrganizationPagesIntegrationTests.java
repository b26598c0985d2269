package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DemoDistrictTest
@Transactional
class OrganizationPagesIntegrationTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");
	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Secondments secondments;

	private MockHttpServletRequestBuilder page(String url) {
		return get(url).locale(Locale.SIMPLIFIED_CHINESE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "LEADER", "OFFICE_DIRECTOR", "OFFICER", "INTAKE_OFFICER", "SYSTEM_ADMIN", "UNIT_PRINCIPAL" })
	void everyStaffRoleBrowsesTheTreeAndSeesTheNavItem(String role) throws Exception {
		mvc.perform(page("/organization").with(user("u").roles(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-nav=\"/organization\"")))
			.andExpect(content().string(containsString("演示区住房和城乡建设局")))
			.andExpect(content().string(containsString("和平社区")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "CADRE", "UNIT_LIAISON", "INSPECTOR", "AUDITOR", "SECURITY_ADMIN" })
	void otherRolesMayNotBrowse(String role) throws Exception {
		mvc.perform(page("/organization").with(user("u").roles(role))).andExpect(status().isForbidden());
		mvc.perform(page("/organization/cadres/C012").with(user("u").roles(role))).andExpect(status().isForbidden());
	}

	@Test
	void theTreeShowsPrincipalSupervisingLeaderAndCadreCounts() throws Exception {
		String html = mvc.perform(page("/organization").with(OFFICER)).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("一把手：周强", "分管区领导：孙丽", "在职干部 4 人", "共 8 个单位、15 名干部");
		assertThat(html.indexOf("东兴街道办事处")).isLessThan(html.indexOf("和平社区"));
		assertThat(html).doesNotContain("href=\"/organization/units/new\"");
	}

	@Test
	void theUnitPageShowsDetailsPartyOrganizationCadresAndSubUnits() throws Exception {
		mvc.perform(page("/organization/units/DXJD").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中共演示区东兴街道工作委员会")))
			.andExpect(content().string(containsString("党工委")))
			.andExpect(content().string(containsString("冯涛")))
			.andExpect(content().string(containsString("黄海")))
			.andExpect(content().string(containsString("和平社区")))
			.andExpect(content().string(not(containsString("/organization/units/DXJD/edit"))));
	}

	@Test
	void aVillagePageNamesTheTownshipThatDecidesItsCadresCases() throws Exception {
		mvc.perform(page("/organization/units/HPSQ").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"jurisdiction\"")))
			.andExpect(content().string(containsString("/organization/units/DXJD")));
	}

	@Test
	void anUnknownUnitIsNotFound() throws Exception {
		mvc.perform(page("/organization/units/NOPE").with(OFFICER)).andExpect(status().isNotFound());
	}

	@Test
	void theCadrePageShowsJurisdictionAndTheLeaderAnswerableForTheCadre() throws Exception {
		mvc.perform(page("/organization/cadres/C010").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("周强")))
			.andExpect(content().string(containsString("区管")))
			.andExpect(content().string(containsString("孙丽")));
		mvc.perform(page("/organization/cadres/C001").with(OFFICER))
			.andExpect(content().string(containsString("市管（报送市委）")));
		mvc.perform(page("/organization/cadres/C013").with(OFFICER))
			.andExpect(content().string(containsString("借调不退 · 超期 40 天")));
	}

	@Test
	void onlyTheSystemAdministratorEdits() throws Exception {
		mvc.perform(page("/organization/units/ZJJ/edit").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(page("/organization/cadres/C012/edit").with(user("l").roles("LEADER"))).andExpect(status().isForbidden());
		mvc.perform(post("/organization/units/ZJJ").with(OFFICER).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(page("/organization/units/ZJJ/edit").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"演示区住房和城乡建设局\"")));
		mvc.perform(page("/organization/units/ZJJ").with(ADMIN))
			.andExpect(content().string(containsString("/organization/units/ZJJ/edit")));
	}

	@Test
	void aCycleIsRefusedBesideTheParentFieldAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/organization/units/QZF").with(ADMIN).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
				.param("name", "演示区人民政府（改）").param("type", "GOVERNMENT").param("parentCode", "ZJJ")
				.param("principalNo", "C002"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上级单位不能是本单位或其下级单位。")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("value=\"演示区人民政府（改）\"")));

		assertThat(organization.unit("QZF").getName()).isEqualTo("演示区人民政府");
		assertThat(organization.unit("QZF").getParentCode()).isNull();
	}

	@Test
	void aNewUnitIsCreatedAndShown() throws Exception {
		mvc.perform(post("/organization/units").with(ADMIN).with(csrf())
				.param("code", "XCJD").param("name", "西城街道办事处").param("type", "TOWNSHIP").param("parentCode", "QW")
				.param("supervisingLeaderNo", "C005").param("partyOrganizationName", "中共演示区西城街道工作委员会")
				.param("partyOrganizationKind", "WORKING_COMMITTEE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organization/units/XCJD"));

		assertThat(organization.unit("XCJD").getSupervisingLeaderNo()).isEqualTo("C005");
	}

	@Test
	void aBlankNewUnitFormShowsAnErrorBesideEachRequiredField() throws Exception {
		String html = mvc.perform(post("/organization/units").with(ADMIN).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
				.param("code", "").param("name", "").param("type", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html.split("必填。", -1)).hasSize(4);
	}

	@Test
	void aCadreIsCreatedWithItsSupervisingLeaderAndEditedLater() throws Exception {
		mvc.perform(post("/organization/cadres").with(ADMIN).with(csrf())
				.param("cadreNo", "C014").param("name", "王小川").param("unitCode", "ZJJ").param("position", "科员")
				.param("rank", "STAFF").param("partyMember", "true").param("supervisingLeaderNo", "C011")
				.param("status", "SERVING"))
			.andExpect(redirectedUrl("/organization/cadres/C014"));
		assertThat(organization.cadre("C014").isPartyMember()).isTrue();

		mvc.perform(post("/organization/cadres/C014").with(ADMIN).with(csrf())
				.param("name", "王小川").param("unitCode", "ZJJ").param("position", "科员")
				.param("rank", "STAFF").param("supervisingLeaderNo", "C011").param("status", "RETIRED"))
			.andExpect(redirectedUrl("/organization/cadres/C014"));
		Cadre retired = organization.cadre("C014");
		assertThat(retired.getStatus()).isEqualTo(CadreStatus.RETIRED);
		assertThat(retired.isPartyMember()).isFalse();
	}

	@Test
	void aSupervisingLeaderFromAnotherUnitIsRefusedBesideTheField() throws Exception {
		mvc.perform(post("/organization/cadres/C013").with(ADMIN).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
				.param("name", "郑伟").param("unitCode", "ZJJ").param("rank", "STAFF").param("supervisingLeaderNo", "C020")
				.param("status", "SERVING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分管领导 C020 不是单位 ZJJ 的干部。")));
	}

	@Test
	void theLeaderChoicesFollowTheChosenUnit() throws Exception {
		mvc.perform(page("/organization/cadres/leader-options").param("unitCode", "SCJ").header("HX-Request", "true")
				.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"C020\"")))
			.andExpect(content().string(not(containsString("value=\"C010\""))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCadreListFiltersAndAnswersHtmxWithTheResultsOnly() throws Exception {
		mvc.perform(page("/organization/cadres").param("q", "陈").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("陈刚")))
			.andExpect(content().string(not(containsString("周强"))));
		mvc.perform(page("/organization/cadres").param("unitCode", "SCJ").header("HX-Request", "true").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("钱进")))
			.andExpect(content().string(not(containsString("陈刚"))));
	}

	@Test
	void theSecondmentListFlagsTheOverdueOneWithItsDaysOver() throws Exception {
		mvc.perform(page("/organization/secondments").param("filter", "OVERDUE").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("郑伟")))
			.andExpect(content().string(containsString("借调不退 · 超期 40 天")))
			.andExpect(content().string(not(containsString("何敏"))));
		mvc.perform(page("/organization/secondments").header("HX-Request", "true").with(OFFICER))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("何敏")));
	}

	@Test
	void theOfficeRecordsASecondmentAndItsReturn() throws Exception {
		String location = mvc.perform(post("/organization/secondments").with(OFFICER).with(csrf())
				.param("cadreNo", "C040").param("toUnitCode", "QW").param("purpose", "借调参加巡察")
				.param("startDate", "2026-05-01").param("plannedEnd", "2026-06-01"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(secondments.get(id).daysOverdue(DemoDistrictTest.TODAY)).isEqualTo(14);

		mvc.perform(page(location).with(OFFICER))
			.andExpect(content().string(containsString("借调不退 · 超期 14 天")))
			.andExpect(content().string(containsString("data-testid=\"return-form\"")));
		mvc.perform(post(location + "/return").with(OFFICER).with(csrf()).param("returnedOn", "2026-06-10"))
			.andExpect(redirectedUrl(location));
		assertThat(secondments.get(id).getStatus()).isEqualTo(SecondmentStatus.RETURNED);
	}

	@Test
	void aReturnInTheFutureIsRefusedBesideTheDate() throws Exception {
		long id = secondments.list(SecondmentFilter.OVERDUE).getFirst().getId();

		mvc.perform(post("/organization/secondments/" + id + "/return").with(OFFICER).with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE).param("returnedOn", "2026-06-16"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能晚于今天。")));
		mvc.perform(post("/organization/secondments/" + id + "/extensions").with(OFFICER).with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE).param("newEnd", "not-a-date").param("reason", "")
				.param("approvedOn", "2026-06-15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式不正确。")))
			.andExpect(content().string(containsString("value=\"not-a-date\"")));
		assertThat(secondments.get(id).getStatus()).isEqualTo(SecondmentStatus.ON_SECONDMENT);
	}

	@Test
	void onlyTheOfficeAndTheAdministratorRecordSecondments() throws Exception {
		mvc.perform(page("/organization/secondments/new").with(user("l").roles("LEADER"))).andExpect(status().isForbidden());
		mvc.perform(page("/organization/secondments/new").with(user("d").roles("OFFICE_DIRECTOR")))
			.andExpect(status().isOk());
	}

	@Test
	void theHomePageCountsOverdueSecondmentsForTheOffice() throws Exception {
		mvc.perform(page("/").with(OFFICER))
			.andExpect(content().string(containsString("借调超期未归（借调不退）")))
			.andExpect(content().string(containsString("/organization/secondments?filter=OVERDUE")));
		mvc.perform(page("/").with(SecurityMockMvcRequestPostProcessors.user("i").roles("INTAKE_OFFICER")))
			.andExpect(content().string(not(containsString("/organization/secondments?filter=OVERDUE"))));
	}

	@Test
	void pagesAreAvailableInEnglish() throws Exception {
		mvc.perform(get("/organization/units/ZJJ").param("lang", "en").with(OFFICER))
			.andExpect(content().string(containsString("Supervising district leader")));
	}
}
