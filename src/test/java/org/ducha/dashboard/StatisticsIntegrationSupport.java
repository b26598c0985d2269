package org.ducha.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for the statistics and bulletin tests: the demo district with a clock the
 * tests set. Each test writes its own records ({@link StatisticsFixtures}) into a month of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(StatisticsTestConfiguration.class)
public abstract class StatisticsIntegrationSupport {

	protected static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
	protected static final RequestPostProcessor DIRECTOR = user("director").roles("OFFICE_DIRECTOR");
	protected static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
	protected static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	protected static final RequestPostProcessor ZJJ_LIAISON = user("zjj-liaison").roles("UNIT_LIAISON");
	protected static final RequestPostProcessor INSPECTOR = user("inspector").roles("INSPECTOR");
	protected static final RequestPostProcessor INTAKE = user("intake").roles("INTAKE_OFFICER");
	protected static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected StatisticsTestClock clock;

	@Autowired
	protected JdbcClient jdbc;

	protected StatisticsFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new StatisticsFixtures(jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}
}
