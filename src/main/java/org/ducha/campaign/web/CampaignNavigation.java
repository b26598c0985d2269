package org.ducha.campaign.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CampaignNavigation {

	@Bean
	NavItem campaignsNavItem() {
		return NavItem.of("campaign.nav.campaigns", "/campaigns", 150, Roles.VIEWERS);
	}

	@Bean
	NavItem taxonomiesNavItem() {
		return NavItem.of("taxonomy.nav.dictionary", "/taxonomies", 910, "SYSTEM_ADMIN");
	}
}
