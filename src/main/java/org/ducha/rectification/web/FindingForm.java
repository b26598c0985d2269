package org.ducha.rectification.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ducha.rectification.NewFinding;
import org.springframework.format.annotation.DateTimeFormat;

/** The inspector's finding form; photos uploaded on an earlier attempt stay by their ids. */
public class FindingForm {

	private String unitCode;
	private String categoryCode;
	private String place;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime observedAt;
	private String description;
	private List<String> attachmentIds = new ArrayList<>();

	NewFinding toNewFinding() {
		return new NewFinding(unitCode, categoryCode, place, observedAt, description, attachmentIds);
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public LocalDateTime getObservedAt() {
		return observedAt;
	}

	public void setObservedAt(LocalDateTime observedAt) {
		this.observedAt = observedAt;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getAttachmentIds() {
		return attachmentIds;
	}

	public void setAttachmentIds(List<String> attachmentIds) {
		this.attachmentIds = attachmentIds == null ? new ArrayList<>() : attachmentIds;
	}
}
