package org.ducha;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Ppostgres} (system property {@code ducha.test.db=postgres}) every Spring test context
 * runs on PostgreSQL in a schema of its own, so contexts never see each other's rows (as each
 * in-memory H2 database does on the default run). A property rather than a profile, so that tests
 * with {@code @ActiveProfiles("demo")} run on PostgreSQL too.
 */
class TestSchemaIsolation implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (!"postgres".equals(System.getProperty("ducha.test.db"))) {
			return;
		}
		String url = System.getenv().getOrDefault("DUCHA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ducha_test");
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String isolated = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		env.getPropertySources().addFirst(new MapPropertySource("testSchemaIsolation", Map.of(
				"spring.datasource.url", isolated,
				"spring.datasource.username", System.getenv().getOrDefault("DUCHA_TEST_DB_USER", "ducha_test"),
				"spring.datasource.password", System.getenv().getOrDefault("DUCHA_TEST_DB_PASSWORD", "ducha_test"),
				"spring.flyway.schemas", schema,
				"spring.flyway.default-schema", schema,
				"spring.flyway.create-schemas", "true")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
