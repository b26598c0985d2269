package org.ducha.dashboard;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the statistics and bulletin tests set; shared so both run in one context. */
@TestConfiguration(proxyBeanMethods = false)
public class StatisticsTestConfiguration {

	@Bean
	@Primary
	StatisticsTestClock statisticsTestClock() {
		return new StatisticsTestClock();
	}
}
