package org.ducha.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo campaign of DEMO.md, loaded under the {@code demo} profile when there is no campaign yet. */
@Component
@Profile("demo")
@Order(30)
class CampaignDemoData implements ApplicationRunner {

	static final CampaignDraft CAMPAIGN = new CampaignDraft("2026作风大整顿", "2026 干部作风大整顿年",
			LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, List.of(), "ZFZD");

	private final Campaigns campaigns;

	CampaignDemoData(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (campaigns.count() == 0) {
			campaigns.create(CAMPAIGN);
		}
	}
}
