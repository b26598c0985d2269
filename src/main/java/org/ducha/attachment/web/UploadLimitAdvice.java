package org.ducha.attachment.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload the servlet container stops at {@code spring.servlet.multipart.max-file-size} fails
 * before any controller is chosen, so only an advice for all handlers sees it: 413
 * {@code ATTACHMENT_TOO_LARGE}, as a problem for the API and as the error page for pages.
 */
@ControllerAdvice
class UploadLimitAdvice {

	static final String CODE = "ATTACHMENT_TOO_LARGE";

	private final MessageSource messages;
	private final String limit;

	UploadLimitAdvice(MessageSource messages, @Value("${ducha.attachments.max-size:50MB}") DataSize maxSize) {
		this.messages = messages;
		long mb = maxSize.toMegabytes();
		this.limit = mb > 0 && DataSize.ofMegabytes(mb).equals(maxSize) ? mb + " MB" : maxSize.toKilobytes() + " KB";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
		Object[] args = { limit };
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					messages.getMessage("error." + CODE, args, CODE, LocaleContextHolder.getLocale()));
			problem.setTitle(status.getReasonPhrase());
			problem.setType(URI.create("urn:ducha:problem:" + CODE.toLowerCase(Locale.ROOT).replace('_', '-')));
			problem.setProperty("code", CODE);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("code", CODE);
		page.addObject("args", args);
		return page;
	}
}
