package org.ducha.rectification.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.SelfExaminationItem;
import org.ducha.rectification.SelfExaminations;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The self-examination items of the page (the office all, a unit principal the own unit's, in the
 * page's order) as a streamed .xlsx with the page's columns.
 */
@Component
class SelfExaminationExport {

	private final SelfExaminations selfExaminations;
	private final XlsxExports xlsx;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Campaigns campaigns;
	private final MessageSource messages;

	SelfExaminationExport(SelfExaminations selfExaminations, XlsxExports xlsx, Organization organization,
			Taxonomies taxonomies, Campaigns campaigns, MessageSource messages) {
		this.selfExaminations = selfExaminations;
		this.xlsx = xlsx;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	void respond(HttpServletResponse response) throws IOException {
		List<SelfExaminationItem> items = selfExaminations.list();
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, String> categories = taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a));
		Map<Long, String> campaignNames = campaigns.all().stream().collect(Collectors.toMap(Campaign::getId, Campaign::getName));
		List<XlsxColumn<SelfExaminationItem>> columns = List.of(
				XlsxColumn.of("rectification.field.id", SelfExaminationItem::getId),
				XlsxColumn.of("rectification.field.unit", i -> units.getOrDefault(i.getUnitCode(), i.getUnitCode())),
				XlsxColumn.of("rectification.field.campaign", i -> campaignNames.get(i.getCampaignId())),
				XlsxColumn.of("rectification.field.category",
						i -> categories.getOrDefault(i.getCategoryCode(), i.getCategoryCode())),
				XlsxColumn.of("rectification.field.severity",
						i -> i.getSeverity() == null ? null : text("rectification.severity." + i.getSeverity())),
				XlsxColumn.of("rectification.field.description", SelfExaminationItem::getDescription),
				XlsxColumn.of("rectification.field.measures", SelfExaminationItem::getMeasures),
				XlsxColumn.of("rectification.self.submittedOn", SelfExaminationItem::getSubmittedOn),
				XlsxColumn.of("rectification.field.status", i -> text("rectification.selfStatus." + i.getStatus())),
				XlsxColumn.of("rectification.self.reason", SelfExaminationItem::getReviewReason),
				XlsxColumn.of("rectification.finding.problem", SelfExaminationItem::getProblemId));
		xlsx.respond(response, "self-examination", columns, items::forEach);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
