package org.ducha.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.campaign.Campaign;
import org.ducha.campaign.CampaignDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form as typed; turned into a {@link CampaignDraft} for the service. */
public class CampaignForm {

	private String name;
	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private boolean allUnits = true;
	private List<String> unitCodes = new ArrayList<>();
	private String taxonomyCode;

	static CampaignForm of(Campaign campaign) {
		CampaignForm form = new CampaignForm();
		form.name = campaign.getName();
		form.description = campaign.getDescription();
		form.startDate = campaign.getStartDate();
		form.endDate = campaign.getEndDate();
		form.allUnits = campaign.isAllUnits();
		form.unitCodes = new ArrayList<>(campaign.getUnitCodes());
		form.taxonomyCode = campaign.getTaxonomyCode();
		return form;
	}

	CampaignDraft toDraft() {
		return new CampaignDraft(name, description, startDate, endDate, allUnits, unitCodes, taxonomyCode);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public boolean isAllUnits() {
		return allUnits;
	}

	public void setAllUnits(boolean allUnits) {
		this.allUnits = allUnits;
	}

	public List<String> getUnitCodes() {
		return unitCodes;
	}

	public void setUnitCodes(List<String> unitCodes) {
		this.unitCodes = unitCodes == null ? new ArrayList<>() : unitCodes;
	}

	public String getTaxonomyCode() {
		return taxonomyCode;
	}

	public void setTaxonomyCode(String taxonomyCode) {
		this.taxonomyCode = taxonomyCode;
	}
}
