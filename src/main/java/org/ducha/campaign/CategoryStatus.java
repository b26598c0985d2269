package org.ducha.campaign;

/** Whether a taxonomy category is offered for new records. */
public enum CategoryStatus {

	/** In use: offered in select boxes and accepted on new records. */
	ACTIVE,
	/** Withdrawn: no longer offered; its code stays reserved forever and old records keep showing it. */
	RETIRED
}
