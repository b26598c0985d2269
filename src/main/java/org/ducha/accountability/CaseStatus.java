package org.ducha.accountability;

import java.util.EnumSet;
import java.util.Set;

/** Where an accountability case stands (SPEC §8.1). */
public enum CaseStatus {
	/** 启动: the case is opened against its subject, with basis, facts and jurisdiction. */
	OPENED,
	/** 调查: the facts are being investigated. */
	INVESTIGATING,
	/** 拟处理: a handling is proposed (for a CITY case: proposed and referred to the city). */
	PROPOSED,
	/** 决定: decided, with forms, decision document number, date and deciding body. */
	DECIDED,
	/** 归档: the decided case is archived. */
	CLOSED,
	/** 不予问责: the case ends without accountability, with the reason. */
	NOT_PURSUED,
	/** 免予问责: the subject is exempted, with the reason (e.g. 容错, SPEC §8.4). */
	EXEMPTED;

	private static final Set<CaseStatus> UNDECIDED = EnumSet.of(OPENED, INVESTIGATING, PROPOSED);

	/** Still open and not yet decided: OPENED, INVESTIGATING or PROPOSED. */
	public boolean isUndecided() {
		return UNDECIDED.contains(this);
	}

	/** A decision exists: DECIDED or CLOSED. */
	public boolean hasDecision() {
		return this == DECIDED || this == CLOSED;
	}
}
