package org.ducha.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.ducha.audit.AuditLog;
import org.ducha.audit.AuditQuery;
import org.ducha.shared.DomainException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Campaign pages and API on the demo district, with today fixed at 2026-05-08. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class CampaignIntegrationTests {

	@TestConfiguration
	static class FixedToday {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-05-08T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	AuditLog audit;

	@Test
	void apiListsTheDemoCampaignInTheListShape() throws Exception {
		mvc.perform(get("/api/v1/campaigns").with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").isString())
			.andExpect(jsonPath("$.items[0].name").value("2026作风大整顿"))
			.andExpect(jsonPath("$.items[0].description").value("2026 干部作风大整顿年"))
			.andExpect(jsonPath("$.items[0].startDate").value("2026-01-01"))
			.andExpect(jsonPath("$.items[0].endDate").value("2026-12-31"))
			.andExpect(jsonPath("$.items[0].allUnits").value(true))
			.andExpect(jsonPath("$.items[0].unitCodes").isEmpty())
			.andExpect(jsonPath("$.items[0].taxonomyCode").value("ZFZD"))
			.andExpect(jsonPath("$.items[0].phase").value("ONGOING"));
	}

	@Test
	void apiReadsOneCampaignByIdAndAnswers404ForAnUnknownOne() throws Exception {
		String id = String.valueOf(campaigns.all().getFirst().getId());
		mvc.perform(get("/api/v1/campaigns/{id}", id).with(user("zjj").roles("UNIT_PRINCIPAL")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.name").value("2026作风大整顿"));
		for (String unknown : List.of("999999", "not-a-number")) {
			mvc.perform(get("/api/v1/campaigns/{id}", unknown).with(user("officer").roles("OFFICER")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
		}
	}

	@Test
	void apiFiltersByPhaseAndRefusesAnUnknownSortField() throws Exception {
		campaigns.create(new CampaignDraft("2027作风建设年", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
				true, List.of(), "BXGD"));

		mvc.perform(get("/api/v1/campaigns").param("phase", "PLANNED").with(user("leader").roles("LEADER")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("2027作风建设年"));
		mvc.perform(get("/api/v1/campaigns").param("phase", "ONGOING").with(user("leader").roles("LEADER")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("2026作风大整顿"));
		mvc.perform(get("/api/v1/campaigns").param("sort", "name,asc").with(user("leader").roles("LEADER")))
			.andExpect(jsonPath("$.items[*].name", Matchers.contains("2026作风大整顿", "2027作风建设年")));
		mvc.perform(get("/api/v1/campaigns").param("sort", "description").with(user("leader").roles("LEADER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_SORT"));
	}

	@Test
	void officerCreatesACampaignForSelectedUnitsAndTheCreationIsAudited() throws Exception {
		String location = mvc.perform(form("/campaigns", "OFFICER")
			.param("name", "住建系统作风专项整治")
			.param("description", "聚焦工程审批推诿扯皮")
			.param("startDate", "2026-06-01")
			.param("endDate", "2026-09-30")
			.param("allUnits", "false")
			.param("unitCodes", "ZJJ", "SCJ")
			.param("taxonomyCode", "ZFZD"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		Campaign created = campaigns.require(location.substring(location.lastIndexOf('/') + 1));
		assertThat(created.getName()).isEqualTo("住建系统作风专项整治");
		assertThat(created.getUnitCodes()).containsExactly("SCJ", "ZJJ");
		assertThat(created.includesUnit("ZJJ")).isTrue();
		assertThat(created.includesUnit("JYJ")).isFalse();
		assertThat(campaigns.phaseOf(created)).isEqualTo(CampaignPhase.PLANNED);
		assertThat(audit.search(new AuditQuery(String.valueOf(created.getId()), "officer", "CAMPAIGN_CREATED", null,
				null), Pageable.unpaged()).getTotalElements()).isEqualTo(1);
		mvc.perform(get(location).with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("演示区住房和城乡建设局")));
	}

	@Test
	void formShowsEachErrorBesideItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
		long before = campaigns.count();

		mvc.perform(form("/campaigns", "OFFICE_DIRECTOR")
			.param("name", "  ")
			.param("description", "这段说明应当保留")
			.param("startDate", "2026-06-30")
			.param("endDate", "2026-06-01")
			.param("allUnits", "false")
			.param("taxonomyCode", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "endDate", "unitCodes", "taxonomyCode"))
			.andExpect(content().string(Matchers.containsString("这段说明应当保留")))
			.andExpect(content().string(Matchers.containsString("value=\"2026-06-30\"")))
			.andExpect(content().string(Matchers.containsString("结束日期不能早于开始日期。")));

		assertThat(campaigns.count()).isEqualTo(before);
	}

	@Test
	void malformedDateIsShownBesideItsFieldTogetherWithTheOtherErrors() throws Exception {
		mvc.perform(form("/campaigns", "OFFICER")
			.param("name", "")
			.param("startDate", "2026-13-45")
			.param("endDate", "2026-12-31")
			.param("allUnits", "true")
			.param("taxonomyCode", "ZFZD"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "startDate"))
			.andExpect(content().string(Matchers.containsString("日期格式不正确")));
	}

	@Test
	void aNameAlreadyTakenIsShownBesideTheNameField() throws Exception {
		mvc.perform(form("/campaigns", "OFFICER")
			.param("name", "2026作风大整顿")
			.param("startDate", "2026-01-01")
			.param("endDate", "2026-12-31")
			.param("allUnits", "true")
			.param("taxonomyCode", "ZFZD"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(Matchers.containsString("已有名为“2026作风大整顿”的整治活动。")));
	}

	@Test
	void unknownUnitsAndTaxonomiesAreRefused() {
		CampaignDraft draft = new CampaignDraft("未知单位的活动", null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
				false, List.of("ZJJ", "NOPE"), "NOPE");

		assertThatThrownBy(() -> campaigns.create(draft)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
			assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field)
				.containsExactlyInAnyOrder("unitCodes", "taxonomyCode");
			assertThat(e.fieldErrors()).anySatisfy(f -> assertThat(f.message()).contains("NOPE"));
		});
	}

	@Test
	void editingRevisesTheCampaignAndIsAudited() throws Exception {
		Campaign demo = campaigns.all().getFirst();

		mvc.perform(get("/campaigns/{id}/edit", demo.getId()).with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"2026作风大整顿\"")));
		mvc.perform(form("/campaigns/" + demo.getId(), "OFFICER")
			.param("name", "2026作风大整顿")
			.param("description", "2026 干部作风大整顿年（修订）")
			.param("startDate", "2026-01-01")
			.param("endDate", "2026-12-31")
			.param("allUnits", "false")
			.param("unitCodes", "DXJD")
			.param("taxonomyCode", "ZFZD"))
			.andExpect(status().is3xxRedirection());

		Campaign revised = campaigns.find(demo.getId()).orElseThrow();
		assertThat(revised.getDescription()).isEqualTo("2026 干部作风大整顿年（修订）");
		assertThat(revised.isAllUnits()).isFalse();
		assertThat(revised.getUnitCodes()).containsExactly("DXJD");
		assertThat(audit.search(new AuditQuery(String.valueOf(demo.getId()), null, "CAMPAIGN_REVISED", null, null),
				Pageable.unpaged()).getTotalElements()).isEqualTo(1);
	}

	@Test
	void businessRolesViewCampaignsButOnlyTheOfficeEditsThem() throws Exception {
		long id = campaigns.all().getFirst().getId();
		for (String role : List.of("LEADER", "UNIT_PRINCIPAL", "CADRE", "OFFICER")) {
			mvc.perform(get("/campaigns").with(user("u").roles(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("2026作风大整顿")));
			mvc.perform(get("/campaigns/{id}", id).with(user("u").roles(role))).andExpect(status().isOk());
		}
		for (String role : List.of("LEADER", "UNIT_PRINCIPAL", "INSPECTOR")) {
			mvc.perform(get("/campaigns/new").with(user("u").roles(role))).andExpect(status().isForbidden());
			mvc.perform(form("/campaigns", role).param("name", "越权创建").param("startDate", "2026-06-01")
				.param("endDate", "2026-06-30").param("allUnits", "true").param("taxonomyCode", "ZFZD"))
				.andExpect(status().isForbidden());
		}
		assertThat(campaigns.count()).isEqualTo(1);
	}

	@Test
	void theThreeAdministratorsSeeNoCampaigns() throws Exception {
		for (String role : List.of("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDITOR")) {
			mvc.perform(get("/campaigns").with(user("u").roles(role))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/campaigns").with(user("u").roles(role)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		}
	}

	@Test
	void htmxPhaseFilterReturnsOnlyTheResultsFragment() throws Exception {
		String html = mvc.perform(get("/campaigns").param("phase", "ENDED").header("HX-Request", "true")
			.with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(html).doesNotContain("<html").contains("id=\"campaign-results\"").doesNotContain("2026作风大整顿");
	}

	@Test
	void homePageCountsTheCampaignsUnderWayForBusinessRolesOnly() throws Exception {
		mvc.perform(get("/").with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("进行中的整治活动")))
			.andExpect(content().string(Matchers.containsString("href=\"/campaigns?phase=ONGOING\"")));
		mvc.perform(get("/").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("进行中的整治活动"))));
	}

	private static MockHttpServletRequestBuilder form(String url, String role) {
		return post(url).with(csrf()).with(user(role.toLowerCase()).roles(role));
	}
}
