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
class CampaignDemoDataIntegrationTests {

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
