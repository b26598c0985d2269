package org.ducha.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ducha.shared.DomainException;
import org.ducha.shared.FieldMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as RFC 9457 problem details with a stable {@code code}; validation failures list
 * each field in {@code errors}. Messages come from the message files, never from internal state.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException e) {
		HttpStatus status = statusOf(e.kind());
		ProblemDetail problem = problem(status, e.code(), text("error." + e.code(), e.args(), e.getMessage()));
		if (!e.fieldErrors().isEmpty()) {
			problem.setProperty("errors", e.fieldErrors().stream()
				.map(f -> Map.of("field", f.field(), "message",
						FieldMessages.text(messages, f.message(), LocaleContextHolder.getLocale())))
				.toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(Exception e) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "FORBIDDEN", text("error.FORBIDDEN", null, "Forbidden"));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected error", e);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
				text("error.INTERNAL_ERROR", null, "Internal error"));
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
				text("error.VALIDATION_FAILED", null, "Validation failed"));
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message",
					messages.getMessage(f, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A value of the wrong kind (an unknown enum code, a date not {@code YYYY-MM-DD}, text for a
	 * number) is a validation failure of that field (API.md "Errors"); a body that is no JSON at all
	 * stays 400 BAD_REQUEST.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field == null) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
				text("error.VALIDATION_FAILED", null, "Validation failed"));
		problem.setProperty("errors", List.of(Map.of("field", field, "message",
				FieldMessages.text(messages, "not a valid value", LocaleContextHolder.getLocale()))));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A request parameter of the wrong kind ({@code ?light=PURPLE}, {@code ?page=x}, a date not
	 * {@code YYYY-MM-DD}) is a validation failure of that parameter (API.md "Errors"), listing the codes an
	 * enum accepts; a path segment of the wrong kind keeps the framework's answer.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (!(ex instanceof MethodArgumentTypeMismatchException mismatch)
				|| mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return super.handleTypeMismatch(ex, headers, status, request);
		}
		Class<?> type = mismatch.getRequiredType();
		Locale locale = LocaleContextHolder.getLocale();
		String message = type != null && type.isEnum()
				? messages.getMessage("field.error.must_be_one_of",
						new Object[] { Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
							.collect(Collectors.joining(", ")) },
						locale)
				: FieldMessages.text(messages, "not a valid value", locale);
		return validationFailed(mismatch.getName(), message);
	}

	/** A required request parameter that is absent is a validation failure of that parameter. */
	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationFailed(ex.getParameterName(),
				FieldMessages.text(messages, "required", LocaleContextHolder.getLocale()));
	}

	private ResponseEntity<Object> validationFailed(String field, String message) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
				text("error.VALIDATION_FAILED", null, "Validation failed"));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The JSON path of the value that could not be read ({@code reporter.phone}, {@code accused[0].name}). */
	static String fieldOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof MismatchedInputException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof MismatchedInputException mismatch) || mismatch.getPath().isEmpty()) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : mismatch.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
			String code = switch (statusCode.value()) {
				case 400 -> "BAD_REQUEST";
				case 404 -> "NOT_FOUND";
				case 405 -> "METHOD_NOT_ALLOWED";
				case 406 -> "NOT_ACCEPTABLE";
				case 415 -> "UNSUPPORTED_MEDIA_TYPE";
				default -> "HTTP_" + statusCode.value();
			};
			problem.setProperty("code", code);
			problem.setType(URI.create("urn:ducha:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("urn:ducha:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setProperty("code", code);
		return problem;
	}

	private String text(String key, Object[] args, String fallback) {
		return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

	static HttpStatus statusOf(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case LOCKED -> HttpStatus.LOCKED;
		};
	}
}
