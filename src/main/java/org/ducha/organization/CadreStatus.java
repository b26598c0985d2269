package org.ducha.organization;

/** Whether a cadre still serves. */
public enum CadreStatus {
	/** 在职 */
	SERVING,
	/** 调离 */
	TRANSFERRED,
	/** 退休 */
	RETIRED
}
