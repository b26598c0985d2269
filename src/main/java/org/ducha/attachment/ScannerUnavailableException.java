package org.ducha.attachment;

/**
 * A virus scanner is configured but did not give a verdict (unreachable, timed out, or it reported
 * an error). The upload is refused rather than stored unscanned; the API answers 503.
 */
public class ScannerUnavailableException extends RuntimeException {

	ScannerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
