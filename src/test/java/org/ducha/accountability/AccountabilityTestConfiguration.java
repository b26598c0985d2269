package org.ducha.accountability;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the accountability tests set. */
@TestConfiguration(proxyBeanMethods = false)
class AccountabilityTestConfiguration {

	@Bean
	@Primary
	AccountabilityTestClock accountabilityTestClock() {
		return new AccountabilityTestClock();
	}
}
