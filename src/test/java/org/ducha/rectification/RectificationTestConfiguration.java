package org.ducha.rectification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the rectification tests set. */
@TestConfiguration(proxyBeanMethods = false)
class RectificationTestConfiguration {

	@Bean
	@Primary
	RectificationTestClock rectificationTestClock() {
		return new RectificationTestClock();
	}
}
