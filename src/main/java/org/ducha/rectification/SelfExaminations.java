package org.ducha.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-examination lists (自查问题清单, SPEC §6.1). A UNIT_PRINCIPAL submits the unit's own list for a
 * campaign, by form (several items) or .xlsx import (template with category code, description,
 * measures, severity); an import is all-or-nothing and lists every bad cell by row and column. The
 * office (OFFICER, OFFICE_DIRECTOR) reviews each item: accepted, it becomes a problem with source
 * SELF_EXAMINATION handed back to the unit as an assignment; sent back, it carries the reason.
 */
@Service
@Transactional(readOnly = true)
public class SelfExaminations {

	static final String AUDIT_TYPE = "SelfExaminationItem";
	static final int MAX_ITEMS = 500;
	static final List<String> COLUMNS = List.of("categoryCode", "description", "measures", "severity");

	private final SelfExaminationItemRepository items;
	private final Problems problems;
	private final Campaigns campaigns;
	private final Taxonomies taxonomies;
	private final WorkingCalendar calendar;
	private final AccessControl access;
	private final AuditLog audit;
	private final MessageSource messages;
	private final Clock clock;

	SelfExaminations(SelfExaminationItemRepository items, Problems problems, Campaigns campaigns, Taxonomies taxonomies,
			WorkingCalendar calendar, AccessControl access, AuditLog audit, MessageSource messages, Clock clock) {
		this.items = items;
		this.problems = problems;
		this.campaigns = campaigns;
		this.taxonomies = taxonomies;
		this.calendar = calendar;
		this.access = access;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Submits items of the principal's own unit for a campaign, all or none: VALIDATION_FAILED lists
	 * each bad field as {@code items[i].<field>}.
	 */
	@Transactional
	public List<SelfExaminationItem> submit(Long campaignId, List<SelfExaminationEntry> entries) {
		CurrentUser user = requirePrincipal();
		List<DomainException.FieldError> errors = new ArrayList<>();
		checkCampaign(campaignId, user.unitCode(), errors);
		if (entries == null || entries.isEmpty()) {
			errors.add(new DomainException.FieldError("items", "at least one item"));
		}
		else if (entries.size() > MAX_ITEMS) {
			errors.add(new DomainException.FieldError("items", "at most " + MAX_ITEMS + " items"));
		}
		else {
			for (int i = 0; i < entries.size(); i++) {
				for (String[] error : errorsOf(entries.get(i))) {
					errors.add(new DomainException.FieldError("items[" + i + "]." + error[0], error[1]));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		return save(user, campaignId, entries);
	}

	private List<SelfExaminationItem> save(CurrentUser user, Long campaignId, List<SelfExaminationEntry> entries) {
		LocalDate today = calendar.today();
		Instant now = Instant.now(clock);
		List<SelfExaminationItem> saved = new ArrayList<>();
		for (SelfExaminationEntry entry : entries) {
			SelfExaminationItem item = items.save(SelfExaminationItem.submit(user.unitCode(), campaignId, entry,
					user.username(), today, now));
			saved.add(item);
		}
		items.flush();
		for (SelfExaminationItem item : saved) {
			audit.record("SELF_EXAMINATION_SUBMITTED", AUDIT_TYPE, String.valueOf(item.getId()),
					"unit=" + item.getUnitCode() + " campaign=" + campaignId);
		}
		return saved;
	}

	/** Imports a workbook of the template, all or nothing; a bad file or campaign is reported as row 0. */
	@Transactional
	public SelfExaminationImport importWorkbook(Long campaignId, InputStream in) {
		CurrentUser user = requirePrincipal();
		List<DomainException.FieldError> campaignErrors = new ArrayList<>();
		checkCampaign(campaignId, user.unitCode(), campaignErrors);
		if (!campaignErrors.isEmpty()) {
			return new SelfExaminationImport(0, List.of(new ImportRowError(0, text("rectification.field.campaign"),
					text("rectification.import.error.campaign"))));
		}
		List<SelfExaminationEntry> entries = new ArrayList<>();
		List<ImportRowError> errors = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
			if (sheet == null) {
				return fileError("rectification.import.error.noSheet");
			}
			DataFormatter formatter = new DataFormatter();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String[] cells = new String[COLUMNS.size()];
				boolean empty = true;
				for (int c = 0; c < cells.length; c++) {
					Cell cell = row == null ? null : row.getCell(c);
					cells[c] = cell == null ? "" : formatter.formatCellValue(cell).strip();
					empty &= cells[c].isEmpty();
				}
				if (empty) {
					continue;
				}
				Severity severity = null;
				if (!cells[3].isEmpty()) {
					severity = severityOf(cells[3]);
					if (severity == null) {
						errors.add(new ImportRowError(r + 1, header(3), text("rectification.import.error.severity")));
					}
				}
				SelfExaminationEntry entry = new SelfExaminationEntry(cells[0], cells[1], cells[2], severity);
				for (String[] error : errorsOf(entry)) {
					errors.add(new ImportRowError(r + 1, header(COLUMNS.indexOf(error[0])),
							text("rectification.import.error." + error[0])));
				}
				entries.add(entry);
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException de) {
				throw de;
			}
			return fileError("rectification.import.error.notXlsx");
		}
		if (errors.isEmpty() && entries.isEmpty()) {
			return fileError("rectification.import.error.empty");
		}
		if (entries.size() > MAX_ITEMS) {
			return fileError("rectification.import.error.tooMany");
		}
		if (!errors.isEmpty()) {
			return new SelfExaminationImport(0, errors);
		}
		return new SelfExaminationImport(save(user, campaignId, entries).size(), List.of());
	}

	/** The import template: one header row in the user's language and one example row. */
	public byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("rectification.import.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(header(c));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(c, (c == 1 || c == 2 ? 50 : 16) * 256);
			}
			Row example = sheet.createRow(1);
			String exampleCode = taxonomies.activeCategories().stream().filter(cat -> !cat.isFirstLevel())
				.map(CategoryRef::code).findFirst().orElse("");
			example.createCell(0).setCellValue(exampleCode);
			example.createCell(1).setCellValue(text("rectification.import.example.description"));
			example.createCell(2).setCellValue(text("rectification.import.example.measures"));
			example.createCell(3).setCellValue(Severity.GENERAL.name());
			Sheet codes = workbook.createSheet(text("rectification.import.codesSheet"));
			int r = 0;
			for (CategoryRef category : taxonomies.activeCategories()) {
				Row row = codes.createRow(r++);
				row.createCell(0).setCellValue(category.code());
				row.createCell(1).setCellValue(category.label());
			}
			codes.setColumnWidth(1, 60 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The items the current user sees: a unit role its unit's, the office every item. */
	public List<SelfExaminationItem> list() {
		CurrentUser user = access.currentUser();
		if (Problems.isOffice(user)) {
			return items.findAllByOrderBySubmittedOnDescIdDesc();
		}
		if (user.hasRole(Role.UNIT_PRINCIPAL)) {
			DataScope scope = access.scopeOf(user);
			return scope.unitCodes().isEmpty() ? List.of() : items.findByUnitCodeInOrderBySubmittedOnDescIdDesc(scope.unitCodes());
		}
		throw DomainException.forbidden("role may not see self-examination lists");
	}

	/** Accepts an item as a problem handed back to its unit (OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public ProblemView accept(String id, Integer dueInWorkingDays) {
		CurrentUser user = problems.requireIssuer();
		SelfExaminationItem item = find(id).orElseThrow(SelfExaminations::notFound);
		item.requireSubmitted("accept");
		NewProblem draft = new NewProblem(item.getUnitCode(), item.getCategoryCode(), item.getSeverity(),
				ProblemSource.SELF_EXAMINATION, item.getDescription(), item.getMeasures(), List.of(), null,
				dueInWorkingDays, null, item.getCampaignId());
		ProblemView view = problems.issueFrom(draft, null, item.getId());
		item.accept(view.problem().getId(), user.username(), calendar.today());
		items.save(item);
		audit.record("SELF_EXAMINATION_ACCEPTED", AUDIT_TYPE, id, "problem=" + view.problem().getId());
		return view;
	}

	/** Sends an item back to the unit with a reason (OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public SelfExaminationItem sendBack(String id, String reason) {
		CurrentUser user = problems.requireIssuer();
		SelfExaminationItem item = find(id).orElseThrow(SelfExaminations::notFound);
		if (reason == null || reason.isBlank()) {
			throw DomainException.validation("reason", "required");
		}
		if (reason.strip().length() > 2000) {
			throw DomainException.validation("reason", "at most 2000 characters");
		}
		item.sendBack(reason.strip(), user.username(), calendar.today());
		items.save(item);
		audit.record("SELF_EXAMINATION_SENT_BACK", AUDIT_TYPE, id, "status=SENT_BACK");
		return item;
	}

	public long countAwaitingReview() {
		return items.countByStatus(SelfExaminationStatus.SUBMITTED);
	}

	/** The campaigns a unit may submit a list for: those that include it. */
	public List<Campaign> campaignsOf(String unitCode) {
		return campaigns.all().stream().filter(c -> unitCode != null && c.includesUnit(unitCode)).toList();
	}

	private Optional<SelfExaminationItem> find(String id) {
		return Problems.parse(id).flatMap(items::findById);
	}

	private void checkCampaign(Long campaignId, String unitCode, List<DomainException.FieldError> errors) {
		if (campaignId == null) {
			errors.add(new DomainException.FieldError("campaignId", "required"));
		}
		else if (campaigns.find(campaignId).filter(c -> c.includesUnit(unitCode)).isEmpty()) {
			errors.add(new DomainException.FieldError("campaignId", "unknown campaign or the unit does not take part"));
		}
	}

	private List<String[]> errorsOf(SelfExaminationEntry e) {
		List<String[]> errors = new ArrayList<>();
		if (e.categoryCode() == null || e.categoryCode().isBlank()) {
			errors.add(new String[] { "categoryCode", "required" });
		}
		else if (!taxonomies.isActiveCategory(e.categoryCode().strip())) {
			errors.add(new String[] { "categoryCode", "unknown or retired category" });
		}
		if (e.description() == null || e.description().isBlank()) {
			errors.add(new String[] { "description", "required" });
		}
		else if (e.description().strip().length() > 4000) {
			errors.add(new String[] { "description", "at most 4000 characters" });
		}
		if (e.measures() != null && e.measures().strip().length() > 4000) {
			errors.add(new String[] { "measures", "at most 4000 characters" });
		}
		return errors;
	}

	private CurrentUser requirePrincipal() {
		CurrentUser user = access.currentUser();
		if (!user.hasRole(Role.UNIT_PRINCIPAL) || user.unitCode() == null) {
			throw DomainException.forbidden("only a unit principal submits the unit's list");
		}
		return user;
	}

	/** A severity by its code or by its label in Chinese or English (一般, 较重, 严重). */
	private Severity severityOf(String cell) {
		String value = cell.strip();
		return Arrays.stream(Severity.values())
			.filter(s -> s.name().equalsIgnoreCase(value)
					|| value.equals(messages.getMessage("rectification.severity." + s, null, "", Locale.SIMPLIFIED_CHINESE))
					|| value.equalsIgnoreCase(messages.getMessage("rectification.severity." + s, null, "", Locale.ENGLISH)))
			.findFirst()
			.orElse(null);
	}

	private SelfExaminationImport fileError(String key) {
		return new SelfExaminationImport(0, List.of(new ImportRowError(0, "", text(key))));
	}

	private String header(int column) {
		return text("rectification.import.column." + COLUMNS.get(column));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	static DomainException notFound() {
		return DomainException.notFound("SELF_EXAMINATION_ITEM_NOT_FOUND", "item not found");
	}
}
