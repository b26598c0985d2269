package org.ducha.intake;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** With {@code --ducha.keys.rotate} the application runs as a command: no web server, no scheduling, quiet log. */
class KeyRotationCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		String flag = env.getProperty(KeyRotationCommand.PROPERTY);
		if (flag == null || "false".equalsIgnoreCase(flag)) {
			return;
		}
		env.getPropertySources().addFirst(new MapPropertySource("keyRotationCommand", Map.of(
				"spring.main.web-application-type", "none",
				"spring.main.banner-mode", "off",
				"ducha.reports.sweep-cron", "-",
				"logging.level.root", "WARN",
				"logging.level.org.ducha", "WARN",
				"logging.level.org.flywaydb", "ERROR")));
	}
}
