package org.ducha.campaign.web;

import java.util.List;

import org.ducha.campaign.Campaigns;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.ducha.web.Authorities;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The number of campaigns running today, for the business roles, drilling down to that list. */
@Component
class CampaignHomeFigures implements HomeFigureSource {

	private final Campaigns campaigns;

	CampaignHomeFigures(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		if (!Authorities.hasAnyRole(user, Roles.VIEWERS)) {
			return List.of();
		}
		return List.of(new HomeFigure("campaign.home.ongoing", campaigns.countOngoing(), "/campaigns?phase=ONGOING"));
	}
}
