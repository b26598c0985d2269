package org.ducha.rectification.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.access.AccessControl;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.ProblemFilter;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Problems;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The problem list as a streamed .xlsx (台账), for the page and the API; the source column only for the office. */
@Component
class ProblemExport {

	private final Problems problems;
	private final XlsxExports xlsx;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final AccessControl access;
	private final MessageSource messages;

	ProblemExport(Problems problems, XlsxExports xlsx, Organization organization, Taxonomies taxonomies,
			AccessControl access, MessageSource messages) {
		this.problems = problems;
		this.xlsx = xlsx;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.access = access;
		this.messages = messages;
	}

	void respond(ProblemFilter filter, HttpServletResponse response) throws IOException {
		boolean office = access.currentUser().roles().stream().anyMatch(r -> switch (r) {
			case OFFICER, OFFICE_DIRECTOR, LEADER -> true;
			default -> false;
		});
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, String> categories = taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a));
		List<XlsxColumn<ProblemView>> columns = new java.util.ArrayList<>(List.of(
				XlsxColumn.of("rectification.field.id", v -> v.problem().getId()),
				XlsxColumn.of("rectification.field.unit", v -> units.getOrDefault(v.problem().getUnitCode(), v.problem().getUnitCode())),
				XlsxColumn.of("rectification.field.category", v -> categories.getOrDefault(v.problem().getCategoryCode(), v.problem().getCategoryCode())),
				XlsxColumn.of("rectification.field.severity", v -> text("rectification.severity." + v.problem().getSeverity())),
				XlsxColumn.of("rectification.field.description", v -> v.problem().getDescription()),
				XlsxColumn.of("rectification.field.measures", v -> v.problem().getMeasures()),
				XlsxColumn.of("rectification.field.foundOn", v -> v.problem().getFoundOn()),
				XlsxColumn.of("rectification.field.status", v -> text("rectification.status." + v.problem().getStatus())),
				XlsxColumn.of("rectification.field.dueOn", v -> v.assignment() == null ? null : v.assignment().dueOn()),
				XlsxColumn.of("rectification.field.light", v -> v.assignment() == null || v.assignment().light() == null ? null
						: text("rectification.light." + v.assignment().light())),
				XlsxColumn.of("rectification.field.recurrenceOf", v -> v.problem().getRecurrenceOfId()),
				XlsxColumn.of("rectification.field.closedOn", v -> v.problem().getClosedOn())));
		if (office) {
			columns.add(3, XlsxColumn.of("rectification.field.source", v -> text("rectification.source." + v.problem().getSource())));
		}
		xlsx.respond(response, "problems", columns, sink -> problems.forEach(filter, sink));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
