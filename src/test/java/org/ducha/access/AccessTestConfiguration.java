package org.ducha.access;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the tests move; shared by the access integration tests (one context). */
@TestConfiguration(proxyBeanMethods = false)
class AccessTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(MutableClock.START, ZoneId.of("Asia/Shanghai"));
	}
}
