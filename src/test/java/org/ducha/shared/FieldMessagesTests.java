package org.ducha.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FieldMessagesTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	FieldMessagesTests() {
		messages.setBasenames("i18n/web");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void wordsAFieldFaultInTheUsersLanguage() {
		assertThat(FieldMessages.text(messages, "required", Locale.SIMPLIFIED_CHINESE)).isEqualTo("必填");
		assertThat(FieldMessages.text(messages, "required", Locale.ENGLISH)).isEqualTo("required");
		assertThat(FieldMessages.text(messages, "unknown unit", Locale.SIMPLIFIED_CHINESE)).isEqualTo("无此单位");
	}

	@Test
	void keepsTheNumbersOfAFaultAsArguments() {
		assertThat(FieldMessages.text(messages, "at most 4000 characters", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("最多 4000 个字符");
		assertThat(FieldMessages.text(messages, "6 to 64 characters", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("6 至 64 个字符");
		assertThat(FieldMessages.text(messages, "between 1 and 250", Locale.ENGLISH)).isEqualTo("between 1 and 250");
	}

	@Test
	void keepsTheEnglishTextOfAFaultWithoutAKey() {
		assertThat(FieldMessages.text(messages, "something never worded", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("something never worded");
	}

	@Test
	void derivesTheKeyFromTheWordsOfTheFault() {
		assertThat(FieldMessages.key("required for source REPORT")).isEqualTo("field.error.required_for_source_report");
		assertThat(FieldMessages.key("n to n working-day distances")).isEqualTo("field.error.n_to_n_working_day_distances");
	}
}
