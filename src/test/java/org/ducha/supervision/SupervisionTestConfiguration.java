package org.ducha.supervision;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the supervision tests set. */
@TestConfiguration(proxyBeanMethods = false)
class SupervisionTestConfiguration {

	@Bean
	@Primary
	SupervisionTestClock supervisionTestClock() {
		return new SupervisionTestClock();
	}
}
