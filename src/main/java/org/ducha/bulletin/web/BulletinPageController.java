package org.ducha.bulletin.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.bulletin.BulletinContent;
import org.ducha.bulletin.Bulletins;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulletin pages: the list (the office and leaders: all; unit users: published ones) with the
 * office's form to assemble a month; a bulletin's page with its document preview, the text form and
 * the typical-case picker while DRAFT, approve/publish buttons for those allowed, the downloads and
 * the version history, each version readable on its own page (read-only). Who may do what is
 * decided by {@link Bulletins}.
 */
@Controller
@RequestMapping("/bulletins")
class BulletinPageController {

	private final Bulletins bulletins;
	private final WorkingCalendar calendar;
	private final MessageSource messages;
	private final BulletinListExport export;

	BulletinPageController(Bulletins bulletins, WorkingCalendar calendar, MessageSource messages,
			BulletinListExport export) {
		this.bulletins = bulletins;
		this.calendar = calendar;
		this.messages = messages;
		this.export = export;
	}

	/** The text form of a draft. */
	static final class TextForm {

		private String documentNumber;
		private String title;
		private String opening;
		private String requirements;
		private String copyTo;

		static TextForm of(BulletinContent c) {
			TextForm f = new TextForm();
			f.documentNumber = c.documentNumber();
			f.title = c.title();
			f.opening = c.opening();
			f.requirements = c.requirements();
			f.copyTo = c.copyTo();
			return f;
		}

		Bulletins.TextEdit toEdit() {
			return new Bulletins.TextEdit(documentNumber, title, opening, requirements, copyTo);
		}

		public String getDocumentNumber() {
			return documentNumber;
		}

		public void setDocumentNumber(String documentNumber) {
			this.documentNumber = documentNumber;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getOpening() {
			return opening;
		}

		public void setOpening(String opening) {
			this.opening = opening;
		}

		public String getRequirements() {
			return requirements;
		}

		public void setRequirements(String requirements) {
			this.requirements = requirements;
		}

		public String getCopyTo() {
			return copyTo;
		}

		public void setCopyTo(String copyTo) {
			this.copyTo = copyTo;
		}
	}

	@GetMapping
	String list(Model model) {
		listModel(model, YearMonth.from(calendar.today()).minusMonths(1).toString(), null);
		return "bulletin/list";
	}

	/** The export button: the bulletins the user reads as .xlsx. */
	@GetMapping(params = "format=xlsx")
	void listXlsx(HttpServletResponse response) throws IOException {
		export.respond(response);
	}

	private void listModel(Model model, String month, String monthError) {
		model.addAttribute("bulletins", bulletins.list());
		model.addAttribute("mayAssemble", bulletins.mayAssemble());
		model.addAttribute("month", month);
		model.addAttribute("monthError", monthError);
	}

	@PostMapping
	String assemble(@RequestParam(required = false) String month, Model model, RedirectAttributes redirect) {
		try {
			Bulletins.BulletinView view = bulletins.assemble(BulletinApiController.parseMonth(month), null);
			redirect.addFlashAttribute("done", "assembled");
			return "redirect:/bulletins/" + view.id();
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty() && !"BULLETIN_EXISTS".equals(e.code())) {
				throw e;
			}
			listModel(model, month, text("BULLETIN_EXISTS".equals(e.code()) ? "bulletin.invalid.exists" : "bulletin.invalid.month"));
			return "bulletin/list";
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		Bulletins.BulletinView view = bulletins.get(id);
		return page(view, view.editable() ? TextForm.of(view.content()) : null, Map.of(), model);
	}

	private String page(Bulletins.BulletinView view, TextForm form, Map<String, String> errors, Model model) {
		model.addAttribute("b", view.bulletin());
		model.addAttribute("v", view);
		model.addAttribute("content", view.content());
		model.addAttribute("doc", bulletins.document(view.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("versions", bulletins.mayReadAll() ? bulletins.versions(view.id()) : List.of());
		model.addAttribute("candidates", view.editable() ? bulletins.candidates(view.id()) : List.of());
		model.addAttribute("chosen", view.content().typicalCases().stream().map(BulletinContent.TypicalCase::caseId).toList());
		return "bulletin/view";
	}

	/** A kept version's content, read-only (the office and leaders, as the version list). */
	@GetMapping("/{id}/versions/{number}")
	String version(@PathVariable String id, @PathVariable String number, Model model) {
		Bulletins.VersionView version = bulletins.version(id, BulletinApiController.versionNumber(number));
		model.addAttribute("b", version.bulletin());
		model.addAttribute("ver", version.version());
		model.addAttribute("doc", bulletins.document(version));
		return "bulletin/version";
	}

	@PostMapping("/{id}/text")
	String editText(@PathVariable String id, @ModelAttribute("form") TextForm form, Model model,
			RedirectAttributes redirect) {
		try {
			bulletins.editText(id, form.toEdit());
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			Map<String, String> errors = new LinkedHashMap<>();
			Locale locale = LocaleContextHolder.getLocale();
			e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(),
					messages.getMessage("bulletin.invalid." + f.field(), null, f.message(), locale)));
			return page(bulletins.get(id), form, errors, model);
		}
		redirect.addFlashAttribute("done", "saved");
		return "redirect:/bulletins/" + id;
	}

	@PostMapping("/{id}/cases")
	String chooseCases(@PathVariable String id, @RequestParam(name = "caseId", required = false) List<String> caseIds,
			RedirectAttributes redirect) {
		return act(id, "casesChosen", redirect, () -> bulletins.chooseTypicalCases(id, caseIds == null ? List.of() : caseIds));
	}

	@PostMapping("/{id}/refresh")
	String refresh(@PathVariable String id, RedirectAttributes redirect) {
		return act(id, "refreshed", redirect, () -> bulletins.refresh(id));
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable String id, RedirectAttributes redirect) {
		return act(id, "approved", redirect, () -> bulletins.approve(id));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable String id, RedirectAttributes redirect) {
		return act(id, "published", redirect, () -> bulletins.publish(id));
	}

	/**
	 * Runs an action of the bulletin page and comes back to the bulletin, saying what was done or,
	 * for a refusal the user can act on (the bulletin moved on meanwhile, a typical case whose
	 * decision was revoked, a case no longer decided), why not; 403 and 404 stay errors.
	 */
	private String act(String id, String done, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (DomainException e) {
			String reason = switch (e.code()) {
				case "ILLEGAL_TRANSITION" -> "illegalTransition";
				case "TYPICAL_CASE_REVOKED" -> "typicalCaseRevoked";
				case "VALIDATION_FAILED" -> "casesInvalid";
				default -> throw e;
			};
			redirect.addFlashAttribute("failed", reason);
		}
		return "redirect:/bulletins/" + id;
	}

	@GetMapping("/{id}/document")
	void document(@PathVariable String id, @RequestParam(defaultValue = "docx") String format,
			HttpServletResponse response) throws IOException {
		BulletinDownloads.respond(bulletins, id, format, response);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
