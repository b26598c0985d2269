package org.ducha.rectification.web;

import java.util.ArrayList;
import java.util.List;

import org.ducha.rectification.SelfExaminationEntry;
import org.ducha.rectification.Severity;

/** A unit's self-examination list typed in: a campaign and several rows; empty rows are left out. */
public class SelfExaminationForm {

	private Long campaignId;
	private List<Row> items = new ArrayList<>();

	public static class Row {

		private String categoryCode;
		private String description;
		private String measures;
		private Severity severity = Severity.GENERAL;

		boolean isBlank() {
			return (categoryCode == null || categoryCode.isBlank()) && (description == null || description.isBlank())
					&& (measures == null || measures.isBlank());
		}

		public String getCategoryCode() {
			return categoryCode;
		}

		public void setCategoryCode(String categoryCode) {
			this.categoryCode = categoryCode;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getMeasures() {
			return measures;
		}

		public void setMeasures(String measures) {
			this.measures = measures;
		}

		public Severity getSeverity() {
			return severity;
		}

		public void setSeverity(Severity severity) {
			this.severity = severity;
		}
	}

	/** Drops blank rows and pads to at least {@code rows} rows (plus {@code extra} more). */
	void normalize(int rows, int extra) {
		items.removeIf(Row::isBlank);
		int target = Math.max(rows, items.size() + extra);
		while (items.size() < target) {
			items.add(new Row());
		}
	}

	List<SelfExaminationEntry> entries() {
		return items.stream()
			.filter(r -> !r.isBlank())
			.map(r -> new SelfExaminationEntry(r.categoryCode, r.description, r.measures, r.severity))
			.toList();
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public void setCampaignId(Long campaignId) {
		this.campaignId = campaignId;
	}

	public List<Row> getItems() {
		return items;
	}

	public void setItems(List<Row> items) {
		this.items = items == null ? new ArrayList<>() : items;
	}
}
