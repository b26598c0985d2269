package org.ducha.campaign;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * {@code demo} and {@code test}, plus the profiles the build activates ({@code -Ppostgres} sets
 * {@code test-postgres}), which a plain {@code @ActiveProfiles} would replace.
 */
class DemoProfiles implements ActiveProfilesResolver {

	@Override
	public String[] resolve(Class<?> testClass) {
		String fromBuild = System.getProperty("spring.profiles.active", "");
		return Stream.concat(Stream.of("demo", "test"), Arrays.stream(fromBuild.split(",")))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.distinct()
			.toArray(String[]::new);
	}
}
