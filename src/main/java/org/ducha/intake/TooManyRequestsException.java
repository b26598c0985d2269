package org.ducha.intake;

/**
 * A public client passed a throttle limit (SPEC §5): answered 429 {@code TOO_MANY_REQUESTS} with the
 * same body whatever the cause, so it tells nothing about codes or PINs.
 */
public class TooManyRequestsException extends RuntimeException {

	public static final String CODE = "TOO_MANY_REQUESTS";

	TooManyRequestsException() {
		super("too many requests");
	}
}
