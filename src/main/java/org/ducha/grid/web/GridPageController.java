package org.ducha.grid.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.attachment.Attachments;
import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.grid.GridEventDetails;
import org.ducha.grid.GridEventFilter;
import org.ducha.grid.GridEventView;
import org.ducha.grid.GridEvents;
import org.ducha.grid.GridRating;
import org.ducha.grid.GridRoutes;
import org.ducha.grid.GridStage;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.organization.UnitType;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grid event pages: the list with stage and light filters (and .xlsx), the phone-friendly report form with
 * photos and messages beside the fields, the event page with its timeline and the actions the user may take,
 * and the routing table. Who may see and do what is decided by {@link GridEvents} and {@link GridRoutes}.
 */
@Controller
class GridPageController {

	static final int PAGE_SIZE = 20;

	private final GridEvents events;
	private final GridRoutes routes;
	private final GridEventExport export;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Attachments attachments;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final MessageSource messages;

	GridPageController(GridEvents events, GridRoutes routes, GridEventExport export, Organization organization,
			Taxonomies taxonomies, Attachments attachments, AccessControl access, WorkingCalendar calendar,
			MessageSource messages) {
		this.events = events;
		this.routes = routes;
		this.export = export;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.attachments = attachments;
		this.access = access;
		this.calendar = calendar;
		this.messages = messages;
	}

	// --- list ------------------------------------------------------------------------------------

	@GetMapping("/grid-events")
	String list(@RequestParam(required = false) GridStage stage, @RequestParam(required = false) TrafficLight light,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		GridEventFilter filter = new GridEventFilter(stage, light, null);
		Page<GridEventView> result = events.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("items", result);
		model.addAttribute("filter", filter);
		model.addAttribute("stages", GridStage.values());
		model.addAttribute("lightValues", TrafficLight.values());
		model.addAttribute("mayReport", mayReport(access.currentUser()));
		addNames(model);
		return htmx.isHtmxRequest() ? "grid/list :: results" : "grid/list";
	}

	@GetMapping(path = "/grid-events", params = "format=xlsx")
	void exportList(@RequestParam(required = false) GridStage stage, @RequestParam(required = false) TrafficLight light,
			HttpServletResponse response) throws IOException {
		export.respond(new GridEventFilter(stage, light, null), response);
	}

	// --- report ----------------------------------------------------------------------------------

	@GetMapping("/grid-events/new")
	String newForm(Model model) {
		CurrentUser user = access.currentUser();
		requireReporter(user);
		GridEventForm form = new GridEventForm();
		List<Unit> areas = areasOf(user);
		if (areas.size() == 1) {
			form.setAreaUnitCode(areas.getFirst().getCode());
		}
		return form(model, form);
	}

	@PostMapping("/grid-events")
	String report(@ModelAttribute("form") GridEventForm form, BindingResult binding,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			RedirectAttributes redirect) throws IOException {
		CurrentUser user = access.currentUser();
		requireReporter(user);
		try {
			events.validate(form.toNewGridEvent(List.of()), user);
			List<String> photoIds = new ArrayList<>();
			for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
				if (!photo.isEmpty()) {
					photoIds.add(attachments.store(photo.getInputStream(), photo.getOriginalFilename(), user.username(),
							true).id());
				}
			}
			GridEventView view = events.report(form.toNewGridEvent(photoIds), null);
			redirect.addFlashAttribute("created", true);
			return "redirect:/grid-events/" + view.event().getId();
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			for (DomainException.FieldError f : e.fieldErrors()) {
				String field = switch (f.field()) {
					case "areaUnitCode", "categoryCode", "place", "description" -> f.field();
					default -> null;
				};
				String message = text("grid.invalid." + f.field(), f.message());
				if (field == null) {
					binding.reject("grid.invalid", message);
				}
				else if (!binding.hasFieldErrors(field)) {
					binding.addError(new FieldError("form", field, binding.getRawFieldValue(field), false, null, null,
							message));
				}
			}
			return form(model, form);
		}
	}

	private String form(Model model, GridEventForm form) {
		model.addAttribute("form", form);
		model.addAttribute("areas", areasOf(access.currentUser()));
		model.addAttribute("categories", categories());
		return "grid/new";
	}

	// --- the event page --------------------------------------------------------------------------

	@GetMapping("/grid-events/{id}")
	String view(@PathVariable Long id, Model model) {
		GridEventDetails d = events.details(id);
		model.addAttribute("d", d);
		model.addAttribute("e", d.view().event());
		model.addAttribute("v", d.view());
		model.addAttribute("stages", List.of(GridStage.DISPATCHED, GridStage.HANDLING, GridStage.FEEDBACK,
				GridStage.REVIEWED));
		model.addAttribute("ratings", GridRating.values());
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("mayOpenAssignment", d.view().assignment() != null && access.currentUser().hasAnyRole(
				Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)
				&& mayOpenAssignment(d.view()));
		addNames(model);
		model.addAttribute("departments", organization.allUnits().stream()
			.filter(u -> u.getType() == UnitType.DEPARTMENT || u.getType() == UnitType.TOWNSHIP).toList());
		return "grid/view";
	}

	@PostMapping("/grid-events/{id}/route")
	String route(@PathVariable Long id, @RequestParam(required = false) String unitCode, RedirectAttributes redirect) {
		return act(id, redirect, "routed", () -> events.route(id, unitCode));
	}

	@PostMapping("/grid-events/{id}/rating")
	String rate(@PathVariable Long id, @RequestParam(required = false) GridRating rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "rated", () -> events.rate(id, rating, comment));
	}

	@PostMapping("/grid-events/{id}/coordination")
	String coordinate(@PathVariable Long id, @RequestParam(required = false) List<String> unitCodes,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, "coordinated", () -> events.requestCoordination(id, unitCodes, note));
	}

	private String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			redirect.addFlashAttribute("actionErrors", e.fieldErrors().stream()
				.map(f -> text("grid.invalid." + f.field(), f.message())).distinct().toList());
		}
		return "redirect:/grid-events/" + id;
	}

	// --- the routing table -----------------------------------------------------------------------

	@GetMapping("/grid-routes")
	String routes(Model model) {
		model.addAttribute("routes", routes.all());
		model.addAttribute("categories", categories());
		model.addAttribute("areas", organization.allUnits().stream()
			.filter(u -> u.getType() == UnitType.VILLAGE || u.getType() == UnitType.TOWNSHIP).toList());
		model.addAttribute("departments", organization.allUnits());
		model.addAttribute("mayEdit", access.currentUser().hasRole(Role.SYSTEM_ADMIN));
		addNames(model);
		return "grid/routes";
	}

	@GetMapping(path = "/grid-routes", params = "format=xlsx")
	void exportRoutes(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export.routes(routes, response);
	}

	@PostMapping("/grid-routes")
	String putRoute(@RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) String areaUnitCode, @RequestParam(required = false) String unitCode,
			RedirectAttributes redirect) {
		try {
			routes.put(categoryCode, areaUnitCode, unitCode);
			redirect.addFlashAttribute("done", "saved");
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			redirect.addFlashAttribute("actionErrors", e.fieldErrors().stream()
				.map(f -> text("grid.invalid." + f.field(), f.message())).distinct().toList());
		}
		return "redirect:/grid-routes";
	}

	@PostMapping("/grid-routes/{id}/delete")
	String deleteRoute(@PathVariable Long id, RedirectAttributes redirect) {
		routes.delete(id);
		redirect.addFlashAttribute("done", "deleted");
		return "redirect:/grid-routes";
	}

	// --- helpers ---------------------------------------------------------------------------------

	private boolean mayOpenAssignment(GridEventView view) {
		CurrentUser user = access.currentUser();
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER)) {
			return true;
		}
		return access.scopeOf(user).coversUnit(view.event().getRoutedUnitCode());
	}

	private boolean mayReport(CurrentUser user) {
		return user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR)
				|| (user.hasAnyRole(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON) && !areasOf(user).isEmpty());
	}

	private void requireReporter(CurrentUser user) {
		if (!mayReport(user)) {
			throw DomainException.forbidden("only a grid member or the office reports grid events");
		}
	}

	private List<Unit> areasOf(CurrentUser user) {
		boolean office = user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR);
		DataScope scope = access.scopeOf(user);
		return organization.allUnits().stream()
			.filter(u -> u.getType() == UnitType.VILLAGE || u.getType() == UnitType.TOWNSHIP)
			.filter(u -> office || scope.coversUnit(u.getCode()))
			.toList();
	}

	private List<CategoryRef> categories() {
		List<CategoryRef> grid = taxonomies.activeCategories("WGSX");
		return grid.isEmpty() ? taxonomies.activeCategories() : grid;
	}

	private void addNames(Model model) {
		model.addAttribute("unitNames", organization.allUnits().stream()
			.collect(Collectors.toMap(Unit::getCode, Unit::getName)));
		Map<String, String> labels = taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a));
		model.addAttribute("categoryLabels", labels);
	}

	private String text(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, fallback, locale);
	}
}
