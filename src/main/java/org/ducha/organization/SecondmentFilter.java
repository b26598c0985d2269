package org.ducha.organization;

/** Which secondments a list shows. */
public enum SecondmentFilter {
	/** Cadres still seconded, overdue or not. */
	OPEN,
	/** Cadres still seconded past the planned end in force. */
	OVERDUE,
	/** Secondments ended by the cadre's return. */
	RETURNED,
	/** Everything. */
	ALL
}
