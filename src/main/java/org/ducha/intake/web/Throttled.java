package org.ducha.intake.web;

import java.net.URI;

import org.ducha.intake.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The one 429 body of the public endpoints, whatever was throttled. */
final class Throttled {

	private Throttled() {
	}

	static ResponseEntity<ProblemDetail> problem(MessageSource messages) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage("error." + TooManyRequestsException.CODE, null, "Too many requests",
						LocaleContextHolder.getLocale()));
		problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
		problem.setType(URI.create("urn:ducha:problem:too-many-requests"));
		problem.setProperty("code", TooManyRequestsException.CODE);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
