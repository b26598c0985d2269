package org.ducha.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ducha.audit.AuditLog;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (整治活动, SPEC §4): creation and revision by the office, and look-ups for every module
 * that files its records under a campaign.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

	static final int MAX_NAME_LENGTH = 100;
	static final int MAX_DESCRIPTION_LENGTH = 2000;

	private final CampaignRepository campaigns;
	private final Taxonomies taxonomies;
	private final Organization organization;
	private final AuditLog audit;
	private final Clock clock;
	private final MessageSource messages;

	Campaigns(CampaignRepository campaigns, Taxonomies taxonomies, Organization organization, AuditLog audit,
			Clock clock, MessageSource messages) {
		this.campaigns = campaigns;
		this.taxonomies = taxonomies;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Creates a campaign. Refuses with VALIDATION_FAILED, one entry per field, when a required field
	 * is missing, the period ends before it starts, the taxonomy or a unit does not exist, or no unit
	 * takes part; with {@code CAMPAIGN_NAME_TAKEN} (409) when another campaign has the name.
	 */
	@Transactional
	public Campaign create(CampaignDraft draft) {
		validate(draft);
		if (campaigns.existsByName(draft.name().strip())) {
			throw nameTaken(draft);
		}
		Campaign campaign = campaigns.save(new Campaign(draft));
		audit.record("CAMPAIGN_CREATED", "Campaign", String.valueOf(campaign.getId()), summary(campaign));
		return campaign;
	}

	/** Replaces what was entered for a campaign, under the rules of {@link #create}. */
	@Transactional
	public Campaign revise(long id, CampaignDraft draft) {
		Campaign campaign = campaigns.findById(id).orElseThrow(() -> notFound(String.valueOf(id)));
		validate(draft);
		if (campaigns.existsByNameAndIdNot(draft.name().strip(), id)) {
			throw nameTaken(draft);
		}
		campaign.revise(draft);
		audit.record("CAMPAIGN_REVISED", "Campaign", String.valueOf(campaign.getId()), summary(campaign));
		return campaign;
	}

	public Optional<Campaign> find(long id) {
		return campaigns.findById(id);
	}

	/** The campaign with this API id, or {@code CAMPAIGN_NOT_FOUND} (404). */
	public Campaign require(String id) {
		try {
			return campaigns.findById(Long.parseLong(id)).orElseThrow(() -> notFound(id));
		}
		catch (NumberFormatException e) {
			throw notFound(id);
		}
	}

	/** Campaigns, optionally only those in one phase as of today. */
	public Page<Campaign> list(CampaignPhase phase, Pageable page) {
		LocalDate today = today();
		if (phase == null) {
			return campaigns.findAll(page);
		}
		return switch (phase) {
			case PLANNED -> campaigns.findByStartDateAfter(today, page);
			case ONGOING -> campaigns.findByStartDateLessThanEqualAndEndDateGreaterThanEqual(today, today, page);
			case ENDED -> campaigns.findByEndDateBefore(today, page);
		};
	}

	/** Every campaign, latest start first: the choices of a campaign select box. */
	public List<Campaign> all() {
		return campaigns.findAll(Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name")));
	}

	public long countOngoing() {
		LocalDate today = today();
		return campaigns.countByStartDateLessThanEqualAndEndDateGreaterThanEqual(today, today);
	}

	public long count() {
		return campaigns.count();
	}

	/** True when the unit takes part in the campaign; false for an unknown campaign. */
	public boolean includesUnit(long campaignId, String unitCode) {
		return campaigns.findById(campaignId).map(c -> c.includesUnit(unitCode)).orElse(false);
	}

	public CampaignPhase phaseOf(Campaign campaign) {
		return campaign.phaseOn(today());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Checks a draft under the rules of {@link #create} without saving anything. */
	public void validate(CampaignDraft draft) {
		Violations violations = new Violations(messages);
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty()) {
			violations.add("name", "campaign.validation.name.required");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			violations.add("name", "campaign.validation.name.tooLong", MAX_NAME_LENGTH);
		}
		if (draft.description() != null && draft.description().strip().length() > MAX_DESCRIPTION_LENGTH) {
			violations.add("description", "campaign.validation.description.tooLong", MAX_DESCRIPTION_LENGTH);
		}
		if (draft.startDate() == null) {
			violations.add("startDate", "campaign.validation.startDate.required");
		}
		if (draft.endDate() == null) {
			violations.add("endDate", "campaign.validation.endDate.required");
		}
		else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
			violations.add("endDate", "campaign.validation.endDate.beforeStart");
		}
		if (draft.taxonomyCode() == null || draft.taxonomyCode().isBlank()) {
			violations.add("taxonomyCode", "campaign.validation.taxonomy.required");
		}
		else if (taxonomies.findTaxonomy(draft.taxonomyCode()).isEmpty()) {
			violations.add("taxonomyCode", "campaign.validation.taxonomy.unknown", draft.taxonomyCode());
		}
		if (!draft.allUnits()) {
			if (draft.unitCodes().isEmpty()) {
				violations.add("unitCodes", "campaign.validation.units.required");
			}
			else {
				List<String> unknown = draft.unitCodes().stream()
					.filter(code -> organization.findUnit(code).isEmpty())
					.toList();
				if (!unknown.isEmpty()) {
					violations.add("unitCodes", "campaign.validation.units.unknown", String.join(", ", unknown));
				}
			}
		}
		violations.throwIfAny();
	}

	private static String summary(Campaign c) {
		return "name=" + c.getName() + "; period=" + c.getStartDate() + ".." + c.getEndDate() + "; units="
				+ (c.isAllUnits() ? "ALL" : String.join(",", c.getUnitCodes())) + "; taxonomy=" + c.getTaxonomyCode();
	}

	private static DomainException nameTaken(CampaignDraft draft) {
		return DomainException.conflict("CAMPAIGN_NAME_TAKEN", "a campaign is already named " + draft.name().strip(),
				draft.name().strip());
	}

	private static DomainException notFound(String id) {
		return DomainException.notFound("CAMPAIGN_NOT_FOUND", "no campaign " + id);
	}
}
