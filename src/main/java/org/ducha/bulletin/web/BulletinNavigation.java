package org.ducha.bulletin.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the monthly bulletins: the office and leaders, and every unit's users (published ones). */
@Configuration(proxyBeanMethods = false)
class BulletinNavigation {

	@Bean
	NavItem bulletinsNavItem() {
		return NavItem.of("bulletin.nav.bulletins", "/bulletins", 170, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON", "CADRE");
	}
}
