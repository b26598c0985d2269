package org.ducha.accountability;

/** Where an accountability candidate (问责线索) stands. */
public enum CandidateStatus {
	/** 待研判: flagged, waiting for the office. */
	OPEN,
	/** 已立案: a case was opened from it. */
	CASE_OPENED,
	/** 不予立案: dismissed with a written reason. */
	DISMISSED
}
