package org.ducha.shared;

import java.util.List;

/**
 * A business rule said no. Carries a stable {@code code} (API.md) and a {@link Kind} that the web
 * layer maps to an HTTP status; the human text comes from the message key {@code error.<code>}.
 */
public class DomainException extends RuntimeException {

	public enum Kind {
		/** 400: the input breaks a rule. */
		INVALID,
		/** 401: not authenticated. */
		UNAUTHENTICATED,
		/** 403: the role may not do this. */
		FORBIDDEN,
		/** 404: absent, or hidden from the caller exactly as if absent. */
		NOT_FOUND,
		/** 409: the object's state does not allow it. */
		CONFLICT,
		/** 423: locked (accounts). */
		LOCKED
	}

	public record FieldError(String field, String message) {
	}

	private final String code;
	private final Kind kind;
	private final transient Object[] args;
	private final List<FieldError> fieldErrors;

	public DomainException(Kind kind, String code, String message, Object... args) {
		this(kind, code, message, List.of(), args);
	}

	private DomainException(Kind kind, String code, String message, List<FieldError> fieldErrors, Object... args) {
		super(message);
		this.kind = kind;
		this.code = code;
		this.args = args;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	public static DomainException notFound(String code, String message) {
		return new DomainException(Kind.NOT_FOUND, code, message);
	}

	public static DomainException illegalTransition(Enum<?> from, String action) {
		return new DomainException(Kind.CONFLICT, "ILLEGAL_TRANSITION",
				"'" + action + "' is not allowed in state " + from.name(), action, from.name());
	}

	public static DomainException conflict(String code, String message, Object... args) {
		return new DomainException(Kind.CONFLICT, code, message, args);
	}

	public static DomainException invalid(String code, String message, Object... args) {
		return new DomainException(Kind.INVALID, code, message, args);
	}

	public static DomainException forbidden(String message) {
		return new DomainException(Kind.FORBIDDEN, "FORBIDDEN", message);
	}

	/** VALIDATION_FAILED with one entry per offending field. */
	public static DomainException validation(List<FieldError> errors) {
		return new DomainException(Kind.INVALID, "VALIDATION_FAILED", "validation failed", errors);
	}

	public static DomainException validation(String field, String message) {
		return validation(List.of(new FieldError(field, message)));
	}

	public String code() {
		return code;
	}

	public Kind kind() {
		return kind;
	}

	public Object[] args() {
		return args == null ? new Object[0] : args.clone();
	}

	public List<FieldError> fieldErrors() {
		return fieldErrors;
	}
}
