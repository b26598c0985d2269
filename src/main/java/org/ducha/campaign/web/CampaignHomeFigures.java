package org.ducha.campaign.web;

import java.util.List;
import java.util.Set;

import org.ducha.campaign.Campaigns;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The number of campaigns running today, for the business roles, drilling down to that list. */
@Component
class CampaignHomeFigures implements HomeFigureSource {

	private static final Set<String> VIEWERS = Set.of(Roles.VIEWERS);

	private final Campaigns campaigns;

	CampaignHomeFigures(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		boolean viewer = user != null && user.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.startsWith("ROLE_") && VIEWERS.contains(a.substring(5)));
		if (!viewer) {
			return List.of();
		}
		return List.of(new HomeFigure("campaign.home.ongoing", campaigns.countOngoing(), "/campaigns?phase=ONGOING"));
	}
}
