package org.ducha.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ducha.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster import (SPEC §2): one .xlsx workbook with a sheet of units (单位) and a sheet of cadres (干部).
 * Every row is checked against the roster as it would be after the import, rows of the same file included;
 * when any row is bad nothing is imported and every bad cell is reported. Codes already known are updated,
 * new ones created; a column left out of the sheet leaves that field of existing rows as it is.
 */
@Service
public class RosterImport {

	static final int MAX_ROWS = 20_000;

	private final UnitRepository units;
	private final CadreRepository cadres;
	private final Organization organization;
	private final AuditLog audit;
	private final MessageSource messageSource;
	private final OrganizationMessages messages;
	private final UnitTree tree;

	RosterImport(UnitRepository units, CadreRepository cadres, Organization organization, AuditLog audit,
			MessageSource messageSource, OrganizationMessages messages, UnitTree tree) {
		this.units = units;
		this.tree = tree;
		this.cadres = cadres;
		this.organization = organization;
		this.audit = audit;
		this.messageSource = messageSource;
		this.messages = messages;
	}

	// --- template and export

	/** The template workbook in the caller's language: both sheets, a header row and one example row each. */
	public byte[] template() {
		return workbook(kind -> List.of(kind.columns().stream()
			.map(c -> messages.text("org.import.example." + kind.prefix + "." + c.field))
			.toList()));
	}

	/** The whole roster in the template's layout, so it can be edited and imported again. */
	@Transactional(readOnly = true)
	public byte[] export() {
		List<List<String>> unitRows = units.findAllByOrderByCodeAsc().stream()
			.map(u -> List.of(u.getCode(), u.getName(), label(u.getType()), blank(u.getParentCode()),
					blank(u.getPrincipalNo()), blank(u.getSupervisingLeaderNo()), blank(u.getPartyOrganizationName()),
					label(u.getPartyOrganizationKind())))
			.toList();
		List<List<String>> cadreRows = cadres.findAllByOrderByCadreNoAsc().stream()
			.map(c -> List.of(c.getCadreNo(), c.getName(), c.getUnitCode(), blank(c.getPosition()), label(c.getRank()),
					messages.text(c.isPartyMember() ? "org.yes" : "org.no"), blank(c.getSupervisingLeaderNo()),
					label(c.getStatus())))
			.toList();
		return workbook(kind -> kind == RosterColumn.Sheet.UNITS ? unitRows : cadreRows);
	}

	private String label(Enum<?> value) {
		return value == null ? "" : messages.text(RosterLabels.enumKey(value));
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

	private byte[] workbook(Function<RosterColumn.Sheet, List<List<String>>> rows) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = wb.createCellStyle();
			Font bold = wb.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			for (RosterColumn.Sheet kind : RosterColumn.Sheet.values()) {
				Sheet sheet = wb.createSheet(messages.text(kind.nameKey));
				Row head = sheet.createRow(0);
				List<RosterColumn> columns = kind.columns();
				List<List<String>> data = rows.apply(kind);
				for (int i = 0; i < columns.size(); i++) {
					RosterColumn column = columns.get(i);
					var cell = head.createCell(i);
					cell.setCellValue(messages.text(column.headerKey()) + (column.required ? "*" : ""));
					cell.setCellStyle(header);
					sheet.setColumnWidth(i, 20 * 256);
					String[] choices = choices(column);
					if (choices.length > 0) {
						DataValidationHelper helper = sheet.getDataValidationHelper();
						DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices),
								new CellRangeAddressList(1, Math.max(2000, data.size() + 500), i, i));
						validation.setShowErrorBox(false);
						sheet.addValidationData(validation);
					}
				}
				for (int r = 0; r < data.size(); r++) {
					Row row = sheet.createRow(r + 1);
					List<String> values = data.get(r);
					for (int i = 0; i < values.size(); i++) {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
				sheet.createFreezePane(0, 1);
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String[] choices(RosterColumn column) {
		List<? extends Enum<?>> values = switch (column) {
			case UNIT_TYPE -> List.of(UnitType.values());
			case UNIT_PARTY_ORG_KIND -> List.of(PartyOrganizationKind.values());
			case CADRE_RANK -> List.of(Rank.values());
			case CADRE_STATUS -> List.of(CadreStatus.values());
			case CADRE_PARTY_MEMBER -> List.of();
			default -> null;
		};
		if (values == null) {
			return new String[0];
		}
		if (column == RosterColumn.CADRE_PARTY_MEMBER) {
			return new String[] { messages.text("org.yes"), messages.text("org.no") };
		}
		return values.stream().map(v -> messages.text(RosterLabels.enumKey(v))).toArray(String[]::new);
	}

	// --- import

	/** A refusal of the whole upload (no file, too large, …) with its reason in the caller's language. */
	public ImportResult refused(String code, Object... args) {
		return ImportResult.rejected(List.of(fileError(code, args)));
	}

	@Transactional
	public ImportResult importWorkbook(InputStream in) {
		Workbook workbook;
		try {
			workbook = new XSSFWorkbook(in);
		}
		catch (Exception | LinkageError notXlsx) {
			return ImportResult.rejected(List.of(fileError("NOT_XLSX")));
		}
		try (workbook) {
			return importFrom(workbook);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ImportResult importFrom(Workbook workbook) {
		RosterLabels labels = new RosterLabels(messageSource);
		Organization.Roster current = organization.roster();
		Reading reading = new Reading(labels, workbook, current);
		reading.read();
		if (reading.unitSheet == null && reading.cadreSheet == null) {
			return ImportResult.rejected(List.of(fileError("NO_ROSTER_SHEET",
					messages.text(RosterColumn.Sheet.UNITS.nameKey), messages.text(RosterColumn.Sheet.CADRES.nameKey))));
		}
		Organization.Roster target = new Organization.Roster(new LinkedHashMap<>(current.units()),
				new LinkedHashMap<>(current.cadres()));
		reading.unitRows.stream().filter(r -> r.overlay).forEach(r -> target.units().put(r.draft.code(), r.draft));
		reading.cadreRows.stream().filter(r -> r.overlay).forEach(r -> target.cadres().put(r.draft.cadreNo(), r.draft));
		RosterRules rules = target.rules();
		for (UnitRow row : reading.unitRows) {
			report(reading, reading.unitSheet, row.row, row.badFields, rules.checkUnit(row.draft));
		}
		for (CadreRow row : reading.cadreRows) {
			report(reading, reading.cadreSheet, row.row, row.badFields, rules.checkCadre(row.draft));
		}
		if (!reading.errors.isEmpty()) {
			List<ImportError> errors = new ArrayList<>(reading.errors);
			errors.sort(Comparator.comparing((ImportError e) -> e.sheet().equals(reading.unitSheetName()) ? 0 : 1)
				.thenComparingInt(ImportError::row)
				.thenComparing(ImportError::columnLetter, Comparator.comparingInt(String::length).thenComparing(Function.identity())));
			return ImportResult.rejected(errors);
		}
		return apply(reading.unitRows.stream().map(r -> r.draft).toList(),
				reading.cadreRows.stream().map(r -> r.draft).toList(), current);
	}

	private void report(Reading reading, SheetRead sheet, int row, Set<String> badFields, List<RosterProblem> problems) {
		for (RosterProblem p : problems) {
			if (badFields.add(p.field())) {
				RosterColumn column = sheet.kind.columns().stream().filter(c -> c.field.equals(p.field())).findFirst()
					.orElseThrow();
				reading.errors.add(new ImportError(sheet.name, row, sheet.letter(column), messages.text(column.headerKey()),
						p.code(), messages.text(p)));
			}
		}
	}

	/** Writes the checked rows: units and cadres first without cross-references, then every reference. */
	private ImportResult apply(List<UnitDraft> unitDrafts, List<CadreDraft> cadreDrafts, Organization.Roster before) {
		int unitsCreated = 0, unitsUpdated = 0, cadresCreated = 0, cadresUpdated = 0, unchanged = 0;
		Map<String, Unit> touchedUnits = new LinkedHashMap<>();
		tree.invalidate();
		for (UnitDraft d : unitDrafts) {
			UnitDraft old = before.units().get(d.code());
			if (old == null) {
				Unit unit = new Unit(d.code(), d.name(), d.type(), null);
				unit.setPartyOrganization(d.partyOrganizationName(), d.partyOrganizationKind());
				touchedUnits.put(d.code(), units.save(unit));
				audit.record("UNIT_CREATED", "Unit", d.code(), "source=import type=" + d.type());
				unitsCreated++;
			}
			else {
				List<String> changed = RosterChanges.ofUnit(old, d);
				if (changed.isEmpty()) {
					unchanged++;
					continue;
				}
				Unit unit = units.findByCode(d.code()).orElseThrow();
				unit.rename(d.name());
				unit.changeType(d.type());
				unit.setPartyOrganization(d.partyOrganizationName(), d.partyOrganizationKind());
				touchedUnits.put(d.code(), unit);
				audit.record("UNIT_UPDATED", "Unit", d.code(), "source=import changed=" + String.join(",", changed));
				unitsUpdated++;
			}
		}
		Map<String, Cadre> touchedCadres = new LinkedHashMap<>();
		for (CadreDraft d : cadreDrafts) {
			CadreDraft old = before.cadres().get(d.cadreNo());
			if (old == null) {
				Cadre cadre = new Cadre(d.cadreNo(), d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), null);
				cadre.update(d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), null, d.status());
				touchedCadres.put(d.cadreNo(), cadres.save(cadre));
				audit.record("CADRE_CREATED", "Cadre", d.cadreNo(), "source=import unit=" + d.unitCode());
				cadresCreated++;
			}
			else {
				List<String> changed = RosterChanges.ofCadre(old, d);
				if (changed.isEmpty()) {
					unchanged++;
					continue;
				}
				Cadre cadre = cadres.findByCadreNo(d.cadreNo()).orElseThrow();
				cadre.update(d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), old.supervisingLeaderNo(),
						d.status());
				touchedCadres.put(d.cadreNo(), cadre);
				audit.record("CADRE_UPDATED", "Cadre", d.cadreNo(), "source=import changed=" + String.join(",", changed));
				cadresUpdated++;
			}
		}
		units.flush();
		for (UnitDraft d : unitDrafts) {
			Unit unit = touchedUnits.get(d.code());
			if (unit != null) {
				RosterChanges.apply(unit, d);
			}
		}
		for (CadreDraft d : cadreDrafts) {
			Cadre cadre = touchedCadres.get(d.cadreNo());
			if (cadre != null) {
				RosterChanges.apply(cadre, d);
			}
		}
		units.flush();
		audit.record("ROSTER_IMPORTED", "Roster", null, "unitsCreated=" + unitsCreated + " unitsUpdated=" + unitsUpdated
				+ " cadresCreated=" + cadresCreated + " cadresUpdated=" + cadresUpdated + " unchanged=" + unchanged);
		return new ImportResult(true, unitsCreated, unitsUpdated, cadresCreated, cadresUpdated, unchanged, List.of());
	}

	private ImportError cellError(String sheet, int row, String letter, String column, String code, Object... args) {
		return new ImportError(sheet, row, letter, column, code, messages.text("org.import.error." + code, args));
	}

	private ImportError fileError(String code, Object... args) {
		return cellError("", 0, "", "", code, args);
	}

	// --- reading the workbook

	private static final class SheetRead {

		final RosterColumn.Sheet kind;
		final String name;
		final Sheet sheet;
		final Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);

		SheetRead(RosterColumn.Sheet kind, Sheet sheet) {
			this.kind = kind;
			this.sheet = sheet;
			this.name = sheet.getSheetName();
		}

		String letter(RosterColumn column) {
			Integer index = columns.get(column);
			return index == null ? "" : CellReference.convertNumToColString(index);
		}
	}

	private static final class UnitRow {

		final int row;
		final UnitDraft draft;
		final Set<String> badFields;
		final boolean overlay;

		UnitRow(int row, UnitDraft draft, Set<String> badFields, boolean overlay) {
			this.row = row;
			this.draft = draft;
			this.badFields = badFields;
			this.overlay = overlay;
		}
	}

	private static final class CadreRow {

		final int row;
		final CadreDraft draft;
		final Set<String> badFields;
		final boolean overlay;

		CadreRow(int row, CadreDraft draft, Set<String> badFields, boolean overlay) {
			this.row = row;
			this.draft = draft;
			this.badFields = badFields;
			this.overlay = overlay;
		}
	}

	/** One pass over the workbook: finds the sheets and columns, reads and parses each row, notes what is wrong. */
	private final class Reading {

		final RosterLabels labels;
		final Workbook workbook;
		final DataFormatter formatter = new DataFormatter();
		final FormulaEvaluator evaluator;
		final List<ImportError> errors = new ArrayList<>();
		final List<UnitRow> unitRows = new ArrayList<>();
		final List<CadreRow> cadreRows = new ArrayList<>();
		final Organization.Roster current;
		SheetRead unitSheet;
		SheetRead cadreSheet;

		Reading(RosterLabels labels, Workbook workbook, Organization.Roster current) {
			this.labels = labels;
			this.workbook = workbook;
			this.current = current;
			this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		}

		String unitSheetName() {
			return unitSheet == null ? "" : unitSheet.name;
		}

		void read() {
			for (Sheet sheet : workbook) {
				if (unitSheet == null && labels.matches(RosterColumn.Sheet.UNITS.nameKey, sheet.getSheetName())) {
					unitSheet = new SheetRead(RosterColumn.Sheet.UNITS, sheet);
				}
				else if (cadreSheet == null && labels.matches(RosterColumn.Sheet.CADRES.nameKey, sheet.getSheetName())) {
					cadreSheet = new SheetRead(RosterColumn.Sheet.CADRES, sheet);
				}
			}
			if (unitSheet != null && header(unitSheet)) {
				Map<String, Integer> seen = new HashMap<>();
				rows(unitSheet, (rowNumber, values) -> unitRows.add(unitRow(rowNumber, values, seen)));
			}
			if (cadreSheet != null && header(cadreSheet)) {
				Map<String, Integer> seen = new HashMap<>();
				rows(cadreSheet, (rowNumber, values) -> cadreRows.add(cadreRow(rowNumber, values, seen)));
			}
		}

		private boolean header(SheetRead s) {
			Row head = s.sheet.getRow(s.sheet.getFirstRowNum());
			if (head != null && head.getRowNum() == 0) {
				for (int i = 0; i < Math.max(head.getLastCellNum(), 0); i++) {
					String text = text(head, i);
					if (text == null) {
						continue;
					}
					for (RosterColumn column : s.kind.columns()) {
						if (!s.columns.containsKey(column) && (labels.matches(column.headerKey(), text)
								|| RosterLabels.normalize(column.field).equals(RosterLabels.normalize(text)))) {
							s.columns.put(column, i);
						}
					}
				}
			}
			boolean complete = true;
			for (RosterColumn column : s.kind.columns()) {
				if (column.required && !s.columns.containsKey(column)) {
					errors.add(cellError(s.name, 1, "", messages.text(column.headerKey()), "MISSING_COLUMN",
							messages.text(column.headerKey())));
					complete = false;
				}
			}
			return complete;
		}

		private void rows(SheetRead s, RowConsumer consumer) {
			int count = 0;
			for (int r = 1; r <= s.sheet.getLastRowNum(); r++) {
				Row row = s.sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
				s.columns.forEach((column, index) -> values.put(column, text(row, index)));
				if (values.values().stream().allMatch(v -> v == null)) {
					continue;
				}
				if (++count > MAX_ROWS) {
					errors.add(cellError(s.name, r + 1, "", "", "TOO_MANY_ROWS", MAX_ROWS));
					return;
				}
				consumer.accept(r + 1, values);
			}
		}

		private UnitRow unitRow(int rowNumber, Map<RosterColumn, String> v, Map<String, Integer> seen) {
			Set<String> bad = new HashSet<>();
			String code = UnitDraft.trimToNull(v.get(RosterColumn.UNIT_CODE));
			UnitDraft old = code == null ? null : current.units().get(code);
			UnitType type = parse(unitSheet, rowNumber, v, RosterColumn.UNIT_TYPE, UnitType.class, bad,
					old == null ? null : old.type());
			PartyOrganizationKind kind = parse(unitSheet, rowNumber, v, RosterColumn.UNIT_PARTY_ORG_KIND,
					PartyOrganizationKind.class, bad, old == null ? null : old.partyOrganizationKind());
			UnitDraft draft = new UnitDraft(code, v.get(RosterColumn.UNIT_NAME),
					type,
					keep(v, RosterColumn.UNIT_PARENT, old == null ? null : old.parentCode()),
					keep(v, RosterColumn.UNIT_PRINCIPAL, old == null ? null : old.principalNo()),
					keep(v, RosterColumn.UNIT_LEADER, old == null ? null : old.supervisingLeaderNo()),
					keep(v, RosterColumn.UNIT_PARTY_ORG_NAME, old == null ? null : old.partyOrganizationName()),
					kind);
			boolean overlay = duplicateCheck(unitSheet, rowNumber, RosterColumn.UNIT_CODE, code, seen, bad);
			return new UnitRow(rowNumber, draft, bad, overlay);
		}

		private CadreRow cadreRow(int rowNumber, Map<RosterColumn, String> v, Map<String, Integer> seen) {
			Set<String> bad = new HashSet<>();
			String no = UnitDraft.trimToNull(v.get(RosterColumn.CADRE_NO));
			CadreDraft old = no == null ? null : current.cadres().get(no);
			Rank rank = parse(cadreSheet, rowNumber, v, RosterColumn.CADRE_RANK, Rank.class, bad, null);
			CadreStatus status = parse(cadreSheet, rowNumber, v, RosterColumn.CADRE_STATUS, CadreStatus.class, bad,
					old == null ? CadreStatus.SERVING : old.status());
			Boolean partyMember = null;
			String member = UnitDraft.trimToNull(v.get(RosterColumn.CADRE_PARTY_MEMBER));
			if (member != null) {
				partyMember = labels.parseBoolean(member).orElse(null);
				if (partyMember == null) {
					invalid(cadreSheet, rowNumber, RosterColumn.CADRE_PARTY_MEMBER, member, bad);
				}
			}
			CadreDraft draft = new CadreDraft(no, v.get(RosterColumn.CADRE_NAME), v.get(RosterColumn.CADRE_UNIT),
					keep(v, RosterColumn.CADRE_POSITION, old == null ? null : old.position()), rank, partyMember,
					keep(v, RosterColumn.CADRE_LEADER, old == null ? null : old.supervisingLeaderNo()), status);
			boolean overlay = duplicateCheck(cadreSheet, rowNumber, RosterColumn.CADRE_NO, no, seen, bad);
			return new CadreRow(rowNumber, draft, bad, overlay);
		}

		/** A column left out of the sheet keeps the existing value; a blank cell clears it. */
		private String keep(Map<RosterColumn, String> v, RosterColumn column, String existing) {
			return v.containsKey(column) ? v.get(column) : existing;
		}

		/**
		 * An enum cell: a column left out of the sheet keeps {@code fallback}; a blank cell means none, except the
		 * status, which then stays as it is (在职 for a new cadre).
		 */
		private <E extends Enum<E>> E parse(SheetRead s, int rowNumber, Map<RosterColumn, String> v, RosterColumn column,
				Class<E> type, Set<String> bad, E fallback) {
			if (!v.containsKey(column)) {
				return fallback;
			}
			String text = UnitDraft.trimToNull(v.get(column));
			if (text == null) {
				return column == RosterColumn.CADRE_STATUS ? fallback : null;
			}
			E value = labels.parse(type, text).orElse(null);
			if (value == null) {
				invalid(s, rowNumber, column, text, bad);
			}
			return value;
		}

		private void invalid(SheetRead s, int rowNumber, RosterColumn column, String text, Set<String> bad) {
			bad.add(column.field);
			errors.add(cellError(s.name, rowNumber, s.letter(column), messages.text(column.headerKey()), "INVALID_VALUE", text));
		}

		private boolean duplicateCheck(SheetRead s, int rowNumber, RosterColumn column, String code,
				Map<String, Integer> seen, Set<String> bad) {
			if (code == null) {
				return false;
			}
			Integer first = seen.putIfAbsent(code, rowNumber);
			if (first != null) {
				bad.add(column.field);
				errors.add(cellError(s.name, rowNumber, s.letter(column), messages.text(column.headerKey()), "DUPLICATE_IN_FILE",
						code, first));
				return false;
			}
			return RosterRules.CODE.matcher(code).matches();
		}

		private String text(Row row, int index) {
			var cell = row.getCell(index);
			if (cell == null) {
				return null;
			}
			String text;
			try {
				text = formatter.formatCellValue(cell, evaluator);
			}
			catch (RuntimeException formulaError) {
				text = formatter.formatCellValue(cell);
			}
			return UnitDraft.trimToNull(text);
		}
	}

	@FunctionalInterface
	private interface RowConsumer {

		void accept(int rowNumber, Map<RosterColumn, String> values);
	}
}
