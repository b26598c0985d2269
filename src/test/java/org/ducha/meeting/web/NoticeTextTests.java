package org.ducha.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NoticeTextTests {

	@Test
	void numbersTheHeadingsInChineseNumeralsForChineseReaders() {
		assertThat(NoticeText.ordinal(1, Locale.SIMPLIFIED_CHINESE)).isEqualTo("一");
		assertThat(NoticeText.ordinal(10, Locale.SIMPLIFIED_CHINESE)).isEqualTo("十");
		assertThat(NoticeText.ordinal(12, Locale.SIMPLIFIED_CHINESE)).isEqualTo("十二");
		assertThat(NoticeText.ordinal(20, Locale.SIMPLIFIED_CHINESE)).isEqualTo("二十");
		assertThat(NoticeText.ordinal(35, Locale.SIMPLIFIED_CHINESE)).isEqualTo("三十五");
	}

	@Test
	void numbersTheHeadingsInDigitsOtherwise() {
		assertThat(NoticeText.ordinal(3, Locale.ENGLISH)).isEqualTo("3");
		assertThat(NoticeText.ordinal(100, Locale.SIMPLIFIED_CHINESE)).isEqualTo("100");
	}
}
