package org.ducha.intake;

/** The one extension of a verification (初步核实延期). */
public enum ExtensionStatus {
	/** Asked by the handler, waiting for the office director. */
	REQUESTED,
	/** Approved: 20 more working days. */
	APPROVED,
	/** Refused: the original due date stands, and no other extension may be asked. */
	REFUSED
}
