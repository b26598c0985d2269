package org.ducha.grid.web;

import java.util.List;

import org.ducha.grid.NewGridEvent;

/** The report form of a grid event (photos come as files beside it). */
public class GridEventForm {

	private String areaUnitCode;
	private String categoryCode;
	private String place;
	private String description;

	NewGridEvent toNewGridEvent(List<String> photoIds) {
		return new NewGridEvent(areaUnitCode, categoryCode, place, description, null, photoIds);
	}

	public String getAreaUnitCode() {
		return areaUnitCode;
	}

	public void setAreaUnitCode(String areaUnitCode) {
		this.areaUnitCode = areaUnitCode;
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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
