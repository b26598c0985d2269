package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DemoDistrictTest
@Transactional
class OrganizationApiIntegrationTests {

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

	@Autowired
	MockMvc mvc;

	@Test
	void unitsComeAsAListPageSortedByCode() throws Exception {
		mvc.perform(get("/api/v1/units").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[*].unitCode")
				.value(contains("DXJD", "HPSQ", "JW", "JYJ", "QW", "QZF", "SCJ", "ZJJ")));
	}

	@Test
	void unitsFilterSortAndPage() throws Exception {
		mvc.perform(get("/api/v1/units").param("parentCode", "QZF").param("sort", "unitCode,desc").with(OFFICER))
			.andExpect(jsonPath("$.items[*].unitCode").value(contains("ZJJ", "SCJ", "JYJ")));
		mvc.perform(get("/api/v1/units").param("type", "TOWNSHIP").with(OFFICER))
			.andExpect(jsonPath("$.items[*].unitCode").value(contains("DXJD")));
		mvc.perform(get("/api/v1/units").param("size", "3").param("page", "2").with(OFFICER))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.total").value(8));
		mvc.perform(get("/api/v1/units").param("sort", "secret,asc").with(OFFICER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_SORT"));
	}

	@Test
	void oneUnitByItsCode() throws Exception {
		mvc.perform(get("/api/v1/units/ZJJ").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.name").value("演示区住房和城乡建设局"))
			.andExpect(jsonPath("$.type").value("DEPARTMENT"))
			.andExpect(jsonPath("$.parentCode").value("QZF"))
			.andExpect(jsonPath("$.principalNo").value("C010"))
			.andExpect(jsonPath("$.supervisingLeaderNo").value("C004"))
			.andExpect(jsonPath("$.partyOrganization.name").value("演示区住房和城乡建设局党组"))
			.andExpect(jsonPath("$.partyOrganization.kind").value("LEADING_GROUP"));
		mvc.perform(get("/api/v1/units/QW").with(OFFICER))
			.andExpect(jsonPath("$.parentCode").value(nullValue()))
			.andExpect(jsonPath("$.supervisingLeaderNo").value(nullValue()));
	}

	@Test
	void anUnknownUnitOrCadreIsAProblem404WithItsCode() throws Exception {
		mvc.perform(get("/api/v1/units/NOPE").with(OFFICER))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNIT_NOT_FOUND"));
		mvc.perform(get("/api/v1/cadres/C999").with(OFFICER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CADRE_NOT_FOUND"));
	}

	@Test
	void oneCadreByEmployeeNumberWithExactlyTheContractFields() throws Exception {
		String json = mvc.perform(get("/api/v1/cadres/C012").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadreNo").value("C012"))
			.andExpect(jsonPath("$.name").value("陈刚"))
			.andExpect(jsonPath("$.unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.position").value("城建股股长"))
			.andExpect(jsonPath("$.rank").value("GU"))
			.andExpect(jsonPath("$.partyMember").value(true))
			.andExpect(jsonPath("$.supervisingLeaderNo").value("C011"))
			.andExpect(jsonPath("$.status").value("SERVING"))
			.andReturn().getResponse().getContentAsString();

		assertThat(new tools.jackson.databind.ObjectMapper().readTree(json).propertyNames())
			.containsExactlyInAnyOrder("cadreNo", "name", "unitCode", "position", "rank", "partyMember",
					"supervisingLeaderNo", "status");
	}

	@Test
	void cadresFilterByUnit() throws Exception {
		mvc.perform(get("/api/v1/cadres").param("unitCode", "ZJJ").param("sort", "cadreNo,desc").with(OFFICER))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[*].cadreNo").value(contains("C013", "C012", "C011", "C010")));
	}

	@Test
	void theJurisdictionOfACadreAndOfAPartyOrganization() throws Exception {
		mvc.perform(get("/api/v1/cadres/C031/jurisdiction").with(OFFICER))
			.andExpect(jsonPath("$.level").value("UNIT"))
			.andExpect(jsonPath("$.decidingUnitCode").value("DXJD"));
		mvc.perform(get("/api/v1/cadres/C002/jurisdiction").with(OFFICER))
			.andExpect(jsonPath("$.level").value("CITY"))
			.andExpect(jsonPath("$.decidingUnitCode").value(nullValue()));
		mvc.perform(get("/api/v1/units/SCJ/party-organization/jurisdiction").with(OFFICER))
			.andExpect(jsonPath("$.level").value("DISTRICT"))
			.andExpect(jsonPath("$.decidingUnitCode").value("JW"));
	}

	@Test
	void rolesOutsideTheStaffAreRefused() throws Exception {
		mvc.perform(get("/api/v1/units").with(user("c").roles("CADRE")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		mvc.perform(get("/api/v1/cadres/C012").with(user("a").roles("AUDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void theUnitListAlsoComesAsXlsx() throws Exception {
		MvcResult started = mvc
			.perform(get("/api/v1/units").param("format", "xlsx").param("parentCode", "QZF").with(OFFICER))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] xlsx = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("unitCode");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("JYJ");
		}
	}

	@Test
	void secondmentsCarryTheOverdueFlagAndDays() throws Exception {
		mvc.perform(get("/api/v1/secondments").param("filter", "OVERDUE").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].cadreNo").value("C013"))
			.andExpect(jsonPath("$.items[0].overdue").value(true))
			.andExpect(jsonPath("$.items[0].daysOverdue").value(40))
			.andExpect(jsonPath("$.items[0].plannedEnd").value("2026-05-06"));
		mvc.perform(get("/api/v1/secondments").param("filter", "OPEN").with(OFFICER))
			.andExpect(jsonPath("$.items[1].cadreNo").value("C021"))
			.andExpect(jsonPath("$.items[1].overdue").value(false))
			.andExpect(jsonPath("$.items[1].currentPlannedEnd").value("2026-08-04"))
			.andExpect(jsonPath("$.items[1].extensions", hasSize(1)));
	}
}
