package org.ducha.audit.web;

import java.time.LocalDate;

import org.ducha.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter form of the auditor's page, bound from the query string. */
public class AuditFilter {

	private String objectId;
	private String actor;
	private String action;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	AuditQuery toQuery() {
		return new AuditQuery(objectId, actor, action, from, to);
	}

	public String getObjectId() {
		return objectId;
	}

	public void setObjectId(String objectId) {
		this.objectId = objectId;
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}
}
