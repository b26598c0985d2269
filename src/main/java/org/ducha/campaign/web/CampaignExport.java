package org.ducha.campaign.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.campaign.Campaign;
import org.ducha.campaign.CampaignPhase;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.TaxonomyRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The campaign list (optionally one phase) as .xlsx, for the page and the API, read page by page
 * (a district runs a few campaigns a year, so pages of 200 by start date are plenty).
 */
@Component
class CampaignExport {

	static final int PAGE = 200;

	private final Campaigns campaigns;
	private final Taxonomies taxonomies;
	private final Organization organization;
	private final XlsxExports xlsx;
	private final MessageSource messages;

	CampaignExport(Campaigns campaigns, Taxonomies taxonomies, Organization organization, XlsxExports xlsx,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.taxonomies = taxonomies;
		this.organization = organization;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	void respond(CampaignPhase phase, HttpServletResponse response) throws IOException {
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, String> taxonomyNames = taxonomies.taxonomies().stream()
			.collect(Collectors.toMap(TaxonomyRef::code, TaxonomyRef::name, (a, b) -> a));
		List<XlsxColumn<Campaign>> columns = List.of(
				XlsxColumn.of("campaign.field.name", Campaign::getName),
				XlsxColumn.of("campaign.field.startDate", Campaign::getStartDate),
				XlsxColumn.of("campaign.field.endDate", Campaign::getEndDate),
				XlsxColumn.of("campaign.field.phase", c -> text("campaign.phase." + campaigns.phaseOf(c))),
				XlsxColumn.of("campaign.field.units", c -> c.isAllUnits() ? text("campaign.units.all")
						: c.getUnitCodes().stream().map(u -> units.getOrDefault(u, u)).collect(Collectors.joining("、"))),
				XlsxColumn.of("campaign.field.taxonomy", c -> c.getTaxonomyCode() == null ? null
						: taxonomyNames.getOrDefault(c.getTaxonomyCode(), c.getTaxonomyCode())),
				XlsxColumn.of("campaign.field.description", Campaign::getDescription));
		xlsx.respond(response, "campaigns", columns, sink -> pages(phase, sink));
	}

	private void pages(CampaignPhase phase, Consumer<Campaign> sink) {
		Sort sort = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name"), Sort.Order.asc("id"));
		Page<Campaign> page = campaigns.list(phase, PageRequest.of(0, PAGE, sort));
		page.forEach(sink);
		while (page.hasNext()) {
			page = campaigns.list(phase, page.nextPageable());
			page.forEach(sink);
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
