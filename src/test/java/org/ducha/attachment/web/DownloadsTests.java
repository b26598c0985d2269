package org.ducha.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTests {

	@Test
	void contentDispositionCarriesAnAsciiFallbackAndTheUtf8Name() {
		assertThat(Downloads.contentDisposition("整改报告 (final).docx"))
			.isEqualTo("attachment; filename=\"_____(final).docx\"; filename*=UTF-8''"
					+ "%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A%20%28final%29.docx");
	}

	@Test
	void aNameWithoutAsciiLettersFallsBackToAttachment() {
		assertThat(Downloads.asciiFallback("证据.jpg")).isEqualTo("attachment.jpg");
	}

	@Test
	void quotesAndSeparatorsCannotBreakOutOfTheHeader() {
		String header = Downloads.contentDisposition("a\"; filename=evil.html; x=\"y.txt");
		assertThat(header).startsWith("attachment; filename=\"a___filename_evil.html__x__y.txt\"; filename*=UTF-8''a%22%3B%20filename%3Devil.html%3B%20x%3D%22y.txt");
	}
}
