package org.ducha.organization;

/** Where a secondment stands. Being overdue is not a status: it follows from the date (see {@link Secondment#daysOverdue}). */
public enum SecondmentStatus {
	/** 借调中: the cadre works in the receiving unit. */
	ON_SECONDMENT,
	/** 已归还: the cadre is back in the home unit. */
	RETURNED
}
