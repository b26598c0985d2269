package org.ducha;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Under the {@code test-postgres} profile every Spring test context gets its own PostgreSQL schema,
 * so contexts never see each other's rows (as each in-memory H2 database does on the default run).
 */
class TestSchemaIsolation implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (!env.matchesProfiles("test-postgres")) {
			return;
		}
		String url = env.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String isolated = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		env.getPropertySources().addFirst(new MapPropertySource("testSchemaIsolation", Map.of(
				"spring.datasource.url", isolated,
				"spring.flyway.schemas", schema,
				"spring.flyway.default-schema", schema,
				"spring.flyway.create-schemas", "true")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
