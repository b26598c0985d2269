package org.ducha.audit;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --ducha.audit.verify} the application runs as a command: no web server, no banner,
 * only warnings in the log, so that the verification result is what the operator reads.
 */
class AuditVerificationCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		String flag = env.getProperty(AuditVerificationCommand.PROPERTY);
		if (flag == null || "false".equalsIgnoreCase(flag)) {
			return;
		}
		env.getPropertySources().addFirst(new MapPropertySource("auditVerificationCommand", Map.of(
				"spring.main.web-application-type", "none",
				"spring.main.banner-mode", "off",
				"logging.level.root", "WARN",
				"logging.level.org.ducha", "WARN",
				"logging.level.org.flywaydb", "ERROR")));
	}
}
