package org.ducha.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A campaign (整治活动, SPEC §4): a named period in which the participating units — every unit,
 * or the ones listed — are examined against one taxonomy. Reports, problems, tasks and cases may
 * name it; statistics filter by it.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String name;

	private String description;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "all_units", nullable = false)
	private boolean allUnits;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "unit_code", nullable = false)
	private Set<String> unitCodes = new TreeSet<>();

	@Column(name = "taxonomy_code", nullable = false)
	private String taxonomyCode;

	@Version
	private long version;

	protected Campaign() {
	}

	Campaign(CampaignDraft draft) {
		apply(draft);
	}

	void revise(CampaignDraft draft) {
		apply(draft);
	}

	private void apply(CampaignDraft draft) {
		this.name = draft.name().strip();
		this.description = draft.description() == null || draft.description().isBlank() ? null
				: draft.description().strip();
		this.startDate = draft.startDate();
		this.endDate = draft.endDate();
		this.allUnits = draft.allUnits();
		this.unitCodes.clear();
		if (!draft.allUnits()) {
			this.unitCodes.addAll(draft.unitCodes());
		}
		this.taxonomyCode = draft.taxonomyCode();
	}

	/** Where the period stands on {@code today}. */
	public CampaignPhase phaseOn(LocalDate today) {
		if (today.isBefore(startDate)) {
			return CampaignPhase.PLANNED;
		}
		return today.isAfter(endDate) ? CampaignPhase.ENDED : CampaignPhase.ONGOING;
	}

	/** True when the unit takes part: every unit does in an all-units campaign. */
	public boolean includesUnit(String unitCode) {
		return allUnits || unitCodes.contains(unitCode);
	}

	public CampaignDraft toDraft() {
		return new CampaignDraft(name, description, startDate, endDate, allUnits, getUnitCodes(), taxonomyCode);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public boolean isAllUnits() {
		return allUnits;
	}

	/** The listed units, sorted by code; empty for an all-units campaign. */
	public List<String> getUnitCodes() {
		return List.copyOf(new TreeSet<>(unitCodes));
	}

	public String getTaxonomyCode() {
		return taxonomyCode;
	}
}
