package org.ducha.accountability.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries of fault tolerance, name clearing and integrity opinions (the office and leaders). */
@Configuration(proxyBeanMethods = false)
class IntegrityNavigation {

	@Bean
	NavItem faultToleranceNavItem() {
		return NavItem.of("integrity.nav.faultTolerance", "/fault-tolerance", 172, "OFFICER", "OFFICE_DIRECTOR", "LEADER");
	}

	@Bean
	NavItem nameClearingNavItem() {
		return NavItem.of("integrity.nav.nameClearing", "/name-clearings", 174, "OFFICER", "OFFICE_DIRECTOR");
	}

	@Bean
	NavItem integrityOpinionsNavItem() {
		return NavItem.of("integrity.nav.opinions", "/integrity-opinions", 176, "OFFICER", "OFFICE_DIRECTOR", "LEADER");
	}

	@Bean
	NavItem ownIntegrityFileNavItem() {
		return NavItem.of("integrity.nav.ownFile", "/my/integrity", 178, "CADRE");
	}
}
