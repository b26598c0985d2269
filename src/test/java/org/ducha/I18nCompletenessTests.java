package org.ducha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key has its English twin, and templates hold no Chinese outside the message files. */
class I18nCompletenessTests {

	static final Path RESOURCES = Path.of("src/main/resources");
	static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void everyChineseKeyHasAnEnglishTranslationAndViceVersa() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			for (Path zh : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")
					&& (p.getFileName().toString().equals("messages.properties") || p.getParent().endsWith("i18n"))).toList()) {
				Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English file for " + zh).exists();
				Properties zhKeys = load(zh);
				Properties enKeys = load(en);
				zhKeys.stringPropertyNames().stream().filter(k -> !enKeys.containsKey(k))
					.forEach(k -> problems.add(en + " lacks " + k));
				enKeys.stringPropertyNames().stream().filter(k -> !zhKeys.containsKey(k))
					.forEach(k -> problems.add(zh + " lacks " + k));
				enKeys.stringPropertyNames().stream().filter(k -> HAN.matcher(enKeys.getProperty(k)).find())
					.filter(k -> !k.startsWith("lang."))
					.forEach(k -> problems.add(en + " has Chinese in " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHoldNoChineseText() throws IOException {
		List<String> problems = new ArrayList<>();
		Pattern inlineText = Pattern.compile(">[^<{]*\\p{IsHan}");
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				if (inlineText.matcher(html).find() || HAN.matcher(html).find()) {
					problems.add(template.toString());
				}
			}
		}
		assertThat(problems).as("templates with inline Chinese text").isEmpty();
	}

	private static Properties load(Path p) throws IOException {
		Properties props = new Properties();
		try (InputStream in = Files.newInputStream(p); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			props.load(r);
		}
		return props;
	}
}
