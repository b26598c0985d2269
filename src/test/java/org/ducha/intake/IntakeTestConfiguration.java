package org.ducha.intake;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the intake tests move. */
@TestConfiguration(proxyBeanMethods = false)
class IntakeTestConfiguration {

	@Bean
	@Primary
	IntakeTestClock intakeTestClock() {
		return new IntakeTestClock();
	}
}
