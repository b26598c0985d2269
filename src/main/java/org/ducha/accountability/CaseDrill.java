package org.ducha.accountability;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statistics' drill-down filters of the case list, each optional (null: any): the decision date
 * between {@code decidedFrom} and {@code decidedTo} inclusive, the four-forms level (1..4), a form in
 * force. Any of them given keeps only decided cases (DECIDED or CLOSED) whose decision was not
 * revoked, as the statistics count them.
 */
public record CaseDrill(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo, Integer fourForm, Form form) {

	public static final CaseDrill NONE = new CaseDrill(null, null, null, null);

	public static CaseDrill orNone(CaseDrill drill) {
		return drill == null ? NONE : drill;
	}

	/** Whether any of the filters is given. */
	public boolean isActive() {
		return !equals(NONE);
	}
}
