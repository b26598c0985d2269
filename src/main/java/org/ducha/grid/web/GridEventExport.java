package org.ducha.grid.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.grid.GridEventFilter;
import org.ducha.grid.GridEventView;
import org.ducha.grid.GridEvents;
import org.ducha.grid.GridRoute;
import org.ducha.grid.GridRoutes;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The filtered list of grid events as .xlsx (API and page). */
@Component
class GridEventExport {

	private final GridEvents events;
	private final XlsxExports xlsx;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final MessageSource messages;

	GridEventExport(GridEvents events, XlsxExports xlsx, Organization organization, Taxonomies taxonomies,
			MessageSource messages) {
		this.events = events;
		this.xlsx = xlsx;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.messages = messages;
	}

	void respond(GridEventFilter filter, HttpServletResponse response) throws IOException {
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, String> categories = taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a));
		List<XlsxColumn<GridEventView>> columns = List.of(
				XlsxColumn.of("grid.field.id", v -> v.event().getId()),
				XlsxColumn.of("grid.field.area", v -> units.getOrDefault(v.event().getAreaUnitCode(), v.event().getAreaUnitCode())),
				XlsxColumn.of("grid.field.category", v -> categories.getOrDefault(v.event().getCategoryCode(), v.event().getCategoryCode())),
				XlsxColumn.of("grid.field.place", v -> v.event().getPlace()),
				XlsxColumn.of("grid.field.description", v -> v.event().getDescription()),
				XlsxColumn.of("grid.field.reportedAt", v -> v.event().getReportedAt()),
				XlsxColumn.of("grid.field.stage", v -> text("grid.stage." + v.stage())),
				XlsxColumn.of("grid.field.department", v -> v.event().getRoutedUnitCode() == null ? null
						: units.getOrDefault(v.event().getRoutedUnitCode(), v.event().getRoutedUnitCode())),
				XlsxColumn.of("grid.field.dueOn", v -> v.assignment() == null ? null : v.assignment().dueOn()),
				XlsxColumn.of("grid.field.light", v -> v.light() == null ? null : text("grid.light." + v.light())),
				XlsxColumn.of("grid.field.rating", v -> v.event().getRating() == null ? null
						: text("grid.rating." + v.event().getRating())));
		xlsx.respond(response, "grid-events", columns, sink -> events.forEach(filter, sink));
	}

	/** The routing table (category, area or every area, department) as .xlsx, in the page's order. */
	void routes(GridRoutes routes, HttpServletResponse response) throws IOException {
		List<GridRoute> rows = routes.all();
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, String> categories = taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a));
		List<XlsxColumn<GridRoute>> columns = List.of(
				XlsxColumn.of("grid.field.category", r -> categories.getOrDefault(r.getCategoryCode(), r.getCategoryCode())),
				XlsxColumn.of("grid.field.categoryCode", GridRoute::getCategoryCode),
				XlsxColumn.of("grid.field.area", r -> r.anyArea() ? text("grid.routes.anyArea")
						: units.getOrDefault(r.getAreaUnitCode(), r.getAreaUnitCode())),
				XlsxColumn.of("grid.field.department", r -> units.getOrDefault(r.getUnitCode(), r.getUnitCode())));
		xlsx.respond(response, "grid-routes", columns, rows::forEach);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
