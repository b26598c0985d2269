package org.ducha.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CampaignTests {

	static final CampaignDraft SELECTED = new CampaignDraft("专项整治", null, LocalDate.of(2026, 3, 1),
			LocalDate.of(2026, 3, 31), false, List.of("ZJJ", "SCJ"), "ZFZD");

	@Test
	void phaseFollowsThePeriodWithBothEndsIncluded() {
		Campaign campaign = new Campaign(SELECTED);

		assertThat(campaign.phaseOn(LocalDate.of(2026, 2, 28))).isEqualTo(CampaignPhase.PLANNED);
		assertThat(campaign.phaseOn(LocalDate.of(2026, 3, 1))).isEqualTo(CampaignPhase.ONGOING);
		assertThat(campaign.phaseOn(LocalDate.of(2026, 3, 31))).isEqualTo(CampaignPhase.ONGOING);
		assertThat(campaign.phaseOn(LocalDate.of(2026, 4, 1))).isEqualTo(CampaignPhase.ENDED);
	}

	@Test
	void onlyListedUnitsTakePartUnlessAllUnitsDo() {
		Campaign campaign = new Campaign(SELECTED);
		assertThat(campaign.includesUnit("ZJJ")).isTrue();
		assertThat(campaign.includesUnit("JYJ")).isFalse();

		campaign.revise(new CampaignDraft("专项整治", " ", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), true,
				List.of("ZJJ"), "ZFZD"));

		assertThat(campaign.includesUnit("JYJ")).isTrue();
		assertThat(campaign.getUnitCodes()).isEmpty();
		assertThat(campaign.getDescription()).isNull();
	}
}
