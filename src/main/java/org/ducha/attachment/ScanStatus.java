package org.ducha.attachment;

/**
 * What the virus scanner said about an attachment when it was uploaded. Content the scanner finds
 * infected is refused and never stored, so no stored attachment is infected.
 */
public enum ScanStatus {
	/** The ClamAV daemon scanned the content and found nothing. */
	CLEAN,
	/** No virus scanner was configured ({@code ducha.attachments.clamd.host} empty) when it was uploaded. */
	NOT_SCANNED
}
