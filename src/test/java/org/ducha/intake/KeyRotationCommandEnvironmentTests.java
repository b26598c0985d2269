package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KeyRotationCommandEnvironmentTests {

	@Test
	void theRotationCommandRunsWithoutWebServerOrScheduledWork() {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("args", Map.of("ducha.keys.rotate", "true")));
		new KeyRotationCommandEnvironment().postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(env.getProperty("ducha.reports.sweep-cron")).isEqualTo("-");
	}

	@Test
	void aNormalStartIsLeftAlone() {
		StandardEnvironment env = new StandardEnvironment();
		new KeyRotationCommandEnvironment().postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty("spring.main.web-application-type")).isNull();
	}
}
