package org.ducha.meeting;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The district clock replaced by one the meeting tests set. */
@TestConfiguration(proxyBeanMethods = false)
class MeetingTestConfiguration {

	@Bean
	@Primary
	MeetingTestClock meetingTestClock() {
		return new MeetingTestClock();
	}
}
