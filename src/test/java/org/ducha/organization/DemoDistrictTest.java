package org.ducha.organization;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo district on a fixed district date ({@link #TODAY}), one shared context. Classes that change data
 * add {@code @Transactional} (rolled back after each test, MockMvc requests included); read-only classes leave
 * it out so that pages run outside any test transaction, as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@Import(DemoDistrictTest.FixedClock.class)
public @interface DemoDistrictTest {

	LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		@Primary
		Clock fixedDistrictClock() {
			ZoneId zone = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone);
		}
	}
}
