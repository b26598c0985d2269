package org.ducha.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

class UploadLimitAdviceTests {

	final UploadLimitAdvice advice = new UploadLimitAdvice(messages(), DataSize.ofMegabytes(50));

	@Test
	void anApiUploadStoppedByTheContainerAnswers413AttachmentTooLarge() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			Object answer = advice.tooLarge(new MockHttpServletRequest("POST", "/api/v1/attachments"));

			assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, response -> {
				assertThat(response.getStatusCode().value()).isEqualTo(413);
				ProblemDetail problem = (ProblemDetail) response.getBody();
				assertThat(problem.getProperties()).containsEntry("code", "ATTACHMENT_TOO_LARGE");
				assertThat(problem.getDetail()).isEqualTo("文件超过大小上限（50 MB）。");
			});
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aPageUploadStoppedByTheContainerShowsTheErrorPage() {
		Object answer = advice.tooLarge(new MockHttpServletRequest("POST", "/reports/new"));

		assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, page -> {
			assertThat(page.getViewName()).isEqualTo("error");
			assertThat(page.getStatus().value()).isEqualTo(413);
			assertThat(page.getModel()).containsEntry("code", "ATTACHMENT_TOO_LARGE");
		});
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/attachment");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
