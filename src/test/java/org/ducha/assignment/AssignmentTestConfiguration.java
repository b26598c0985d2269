package org.ducha.assignment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the assignment tests set. */
@TestConfiguration(proxyBeanMethods = false)
class AssignmentTestConfiguration {

	@Bean
	@Primary
	AssignmentTestClock assignmentTestClock() {
		return new AssignmentTestClock();
	}
}
