package org.ducha.grid;

import org.ducha.assignment.AssignmentStatus;

/** Where a grid event stands; from the routing, then from its assignment's lifecycle. */
public enum GridStage {

	/** 待分流: no routing rule matched; the event waits for the office to route it by hand. */
	AWAITING_ROUTING,
	/** 流转交办: routed and issued to the responsible department, not yet signed. */
	DISPATCHED,
	/** 协调处置: the department signed and handles it, coordinating with other units where needed (also after a return). */
	HANDLING,
	/** 结果反馈: the department submitted its result, fed back to the community; the office rates it. */
	FEEDBACK,
	/** 督查问效: the office rated the handling and closed the assignment. */
	REVIEWED;

	/** The stage that the assignment's status means. */
	public static GridStage of(AssignmentStatus status) {
		return switch (status) {
			case ISSUED -> DISPATCHED;
			case SIGNED, IN_PROGRESS, RETURNED -> HANDLING;
			case SUBMITTED -> FEEDBACK;
			case CLOSED -> REVIEWED;
		};
	}
}
