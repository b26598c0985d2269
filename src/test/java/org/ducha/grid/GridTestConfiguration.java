package org.ducha.grid;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by a fixed one. */
@TestConfiguration(proxyBeanMethods = false)
class GridTestConfiguration {

	@Bean
	@Primary
	GridTestClock gridTestClock() {
		return new GridTestClock();
	}
}
