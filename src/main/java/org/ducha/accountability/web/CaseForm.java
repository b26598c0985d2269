package org.ducha.accountability.web;

import java.util.Arrays;
import java.util.List;

import org.ducha.accountability.NewCase;
import org.ducha.accountability.SubjectKind;

/** The open-case form: subject (cadre or party organization), basis ids (comma separated), facts. */
public class CaseForm {

	private SubjectKind subjectKind = SubjectKind.CADRE;
	private String cadreNo;
	private String unitCode;
	private String problemIds;
	private String reportIds;
	private String taskIds;
	private String meetingIds;
	private String facts;
	private String candidateId;

	NewCase toNewCase() {
		boolean cadre = subjectKind != SubjectKind.PARTY_ORGANIZATION;
		return new NewCase(cadre ? cadreNo : null, cadre ? null : unitCode, ids(problemIds), ids(reportIds),
				ids(taskIds), ids(meetingIds), facts, candidateId == null || candidateId.isBlank() ? null : candidateId);
	}

	static List<String> ids(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	public SubjectKind getSubjectKind() {
		return subjectKind;
	}

	public void setSubjectKind(SubjectKind subjectKind) {
		this.subjectKind = subjectKind;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public void setCadreNo(String cadreNo) {
		this.cadreNo = cadreNo;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getProblemIds() {
		return problemIds;
	}

	public void setProblemIds(String problemIds) {
		this.problemIds = problemIds;
	}

	public String getReportIds() {
		return reportIds;
	}

	public void setReportIds(String reportIds) {
		this.reportIds = reportIds;
	}

	public String getTaskIds() {
		return taskIds;
	}

	public void setTaskIds(String taskIds) {
		this.taskIds = taskIds;
	}

	public String getMeetingIds() {
		return meetingIds;
	}

	public void setMeetingIds(String meetingIds) {
		this.meetingIds = meetingIds;
	}

	public String getFacts() {
		return facts;
	}

	public void setFacts(String facts) {
		this.facts = facts;
	}

	public String getCandidateId() {
		return candidateId;
	}

	public void setCandidateId(String candidateId) {
		this.candidateId = candidateId;
	}
}
