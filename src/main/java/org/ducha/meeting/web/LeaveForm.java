package org.ducha.meeting.web;

import org.ducha.meeting.NewLeaveRequest;

/** The leave request form: the substitute as a cadre of the district, or by name and position. */
public class LeaveForm {

	private String cadreNo;
	private String reason;
	private String substituteCadreNo;
	private String substituteName;
	private String substitutePosition;

	NewLeaveRequest toNewLeaveRequest() {
		return new NewLeaveRequest(cadreNo, reason, substituteCadreNo, substituteName, substitutePosition);
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public void setCadreNo(String cadreNo) {
		this.cadreNo = cadreNo;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getSubstituteCadreNo() {
		return substituteCadreNo;
	}

	public void setSubstituteCadreNo(String substituteCadreNo) {
		this.substituteCadreNo = substituteCadreNo;
	}

	public String getSubstituteName() {
		return substituteName;
	}

	public void setSubstituteName(String substituteName) {
		this.substituteName = substituteName;
	}

	public String getSubstitutePosition() {
		return substitutePosition;
	}

	public void setSubstitutePosition(String substitutePosition) {
		this.substitutePosition = substitutePosition;
	}
}
