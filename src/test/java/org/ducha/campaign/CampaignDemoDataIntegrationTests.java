package org.ducha.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class CampaignDemoDataIntegrationTests {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void theCampaignListExportsAsXlsxFromThePageAndTheApi() throws Exception {
		for (String path : java.util.List.of("/campaigns", "/api/v1/campaigns")) {
			byte[] file = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
					.param("format", "xlsx")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("officer")
						.roles("OFFICER")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new java.io.ByteArrayInputStream(file))) {
				org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
				assertThat(sheet.getLastRowNum()).isEqualTo(1);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("活动名称");
				assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026作风大整顿");
				assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("全部单位");
			}
		}
	}

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignDemoData demoData;

	@Test
	void demoProfileLoadsTheCampaignOfDemoMd() {
		assertThat(campaigns.all()).singleElement().satisfies(c -> {
			assertThat(c.getName()).isEqualTo("2026作风大整顿");
			assertThat(c.getDescription()).isEqualTo("2026 干部作风大整顿年");
			assertThat(c.getStartDate()).isEqualTo(LocalDate.of(2026, 1, 1));
			assertThat(c.getEndDate()).isEqualTo(LocalDate.of(2026, 12, 31));
			assertThat(c.isAllUnits()).isTrue();
			assertThat(c.includesUnit("HPSQ")).isTrue();
			assertThat(c.getTaxonomyCode()).isEqualTo("ZFZD");
		});
	}

	@Test
	void demoCampaignIsNotLoadedAgainWhenCampaignsExist() {
		demoData.run(new DefaultApplicationArguments());

		assertThat(campaigns.count()).isEqualTo(1);
	}
}
