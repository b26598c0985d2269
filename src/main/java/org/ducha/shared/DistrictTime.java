package org.ducha.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The district's clock: "today" is the date in the district's zone (SPEC §3), whatever the
 * server's own zone. Every module takes time from this bean; tests replace it.
 */
@Configuration(proxyBeanMethods = false)
public class DistrictTime {

	@Bean
	Clock districtClock(@Value("${ducha.zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}
