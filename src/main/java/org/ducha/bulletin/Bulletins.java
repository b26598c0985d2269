package org.ducha.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.dashboard.DecidedCase;
import org.ducha.dashboard.Statistics;
import org.ducha.dashboard.StatisticsSummary;
import org.ducha.dashboard.UnitRank;
import org.ducha.meeting.AttendanceLine;
import org.ducha.meeting.AttendanceStatus;
import org.ducha.meeting.Meetings;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly bulletin (查处通报, SPEC §10). The office (OFFICER, OFFICE_DIRECTOR) assembles a
 * month's draft from that month's records — counts, the four forms, the 八项规定 table, the unit
 * ranking, the units with the most problems, the attendance notice — edits its text and picks the
 * typical cases from the month's decided cases; every change keeps a new version. The office
 * director approves (DRAFT → APPROVED); the office publishes (APPROVED → PUBLISHED). LEADER and the
 * office read every bulletin; unit users (UNIT_PRINCIPAL, UNIT_LIAISON, CADRE) only published ones
 * (another answers BULLETIN_NOT_FOUND, 404); anyone else → 403. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class Bulletins {

	static final Set<Role> OFFICE = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> FULL_READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);
	static final Set<Role> UNIT_READERS = EnumSet.of(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON, Role.CADRE);
	static final String AUDIT_TYPE = "Bulletin";
	static final int MAX_TEXT = 8000;
	static final int MAX_TYPICAL_CASES = 20;

	private final BulletinRepository bulletins;
	private final BulletinVersionRepository versions;
	private final BulletinIdempotency idempotency;
	private final Statistics statistics;
	private final Meetings meetings;
	private final Organization organization;
	private final AccessControl access;
	private final AuditLog audit;
	private final WorkingCalendar calendar;
	private final JsonMapper json;
	private final BulletinProperties properties;
	private final DocumentFonts fonts;
	private final Clock clock;

	Bulletins(BulletinRepository bulletins, BulletinVersionRepository versions, BulletinIdempotency idempotency,
			Statistics statistics, Meetings meetings, Organization organization, AccessControl access, AuditLog audit,
			WorkingCalendar calendar, JsonMapper json, BulletinProperties properties, Clock clock) {
		this.bulletins = bulletins;
		this.versions = versions;
		this.idempotency = idempotency;
		this.statistics = statistics;
		this.meetings = meetings;
		this.organization = organization;
		this.access = access;
		this.audit = audit;
		this.calendar = calendar;
		this.json = json;
		this.properties = properties;
		this.fonts = new DocumentFonts(properties.documents());
		this.clock = clock;
	}

	/** A bulletin with its content and what the current user may do with it. */
	public record BulletinView(Bulletin bulletin, BulletinContent content, boolean editable, boolean approvable,
			boolean publishable) {

		public String id() {
			return String.valueOf(bulletin.getId());
		}
	}

	// --- assembling -----------------------------------------------------------------------------

	/** Assembles the draft of a month (the office); a month that has one → BULLETIN_EXISTS (409). */
	@Transactional
	public BulletinView assemble(YearMonth month, String idempotencyKey) {
		CurrentUser user = require(OFFICE);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<Bulletin> earlier = idempotency.find(user.username(), key, now).flatMap(bulletins::findById);
			if (earlier.isPresent()) {
				return viewOf(earlier.get(), user);
			}
		}
		if (month == null) {
			throw DomainException.validation("month", "required, YYYY-MM");
		}
		if (month.isAfter(YearMonth.from(calendar.today()))) {
			throw DomainException.validation("month", "not after the current month");
		}
		if (bulletins.findByMonth(month.toString()).isPresent()) {
			throw DomainException.conflict("BULLETIN_EXISTS", "the bulletin of " + month + " exists");
		}
		LocalDate today = calendar.today();
		BulletinContent content = assembled(new BulletinContent(documentNumber(month), defaultTitle(month), null,
				defaultRequirements(), properties.bulletins().copyTo(), today, null, List.of(), List.of(), List.of(), null),
				month, today);
		Bulletin bulletin = bulletins.saveAndFlush(Bulletin.assemble(month, write(content), user.username(), now));
		versions.save(new BulletinVersion(bulletin.getId(), 1, BulletinVersion.Change.ASSEMBLED, user.username(), now,
				bulletin.getContent()));
		audit.record("BULLETIN_ASSEMBLED", AUDIT_TYPE, id(bulletin), "month=" + month);
		if (key != null) {
			idempotency.remember(user.username(), key, bulletin.getId(), now);
		}
		return viewOf(bulletin, user);
	}

	/** Assembles the draft's figures, ranking and attendance again from the records (the office, DRAFT only). */
	@Transactional
	public BulletinView refresh(String id) {
		CurrentUser user = require(OFFICE);
		Bulletin bulletin = visible(id, user);
		BulletinContent current = read(bulletin);
		Set<String> decided = decidedCaseIds(bulletin.getMonth());
		List<BulletinContent.TypicalCase> kept = current.typicalCases().stream()
			.filter(c -> decided.contains(c.caseId()))
			.toList();
		BulletinContent content = assembled(current.withTypicalCases(kept), bulletin.getMonth(), calendar.today());
		return revise(bulletin, content, BulletinVersion.Change.REFRESHED, user, "");
	}

	/** The ids of the month's decided cases whose decision stands (not revoked). */
	private Set<String> decidedCaseIds(YearMonth month) {
		return statistics.decidedCases(month.atDay(1), month.atEndOfMonth()).stream()
			.map(DecidedCase::caseId)
			.collect(Collectors.toSet());
	}

	private BulletinContent assembled(BulletinContent base, YearMonth month, LocalDate today) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		StatisticsSummary s = statistics.summary(from, to);
		StatisticsSummary.Reports r = s.reports();
		BulletinContent.Figures figures = new BulletinContent.Figures(r.received(), r.accepted(), r.concluded(),
				r.answered(), s.problems().found(), s.problems().closed(), s.problems().overdue(), s.cases().decided(),
				s.cases().byFourForm(), s.cases().byForm(), s.eightRules().stream()
					.map(c -> new BulletinContent.CategoryLine(c.code(), c.name(), c.parentCode() == null, c.problems()))
					.toList());
		List<BulletinContent.RankLine> ranking = statistics.ranking(from, to).stream().map(Bulletins::rankLine).toList();
		List<BulletinContent.UnitProblems> most = mostProblems(s.problemsByUnit());
		return base.withRecords(today, figures, ranking, most, attendance(month));
	}

	private static BulletinContent.RankLine rankLine(UnitRank r) {
		return new BulletinContent.RankLine(r.rank(), r.figures().unitCode(), r.figures().unitName(), r.score(),
				r.figures().problems(), percent(r.figures().onTimeRate()), r.figures().overdue(),
				percent(r.figures().attendanceRate()));
	}

	private static Integer percent(Double rate) {
		return rate == null ? null : (int) Math.round(rate * 100);
	}

	/** The units with the most problems found in the month (at least one), with their principals. */
	private List<BulletinContent.UnitProblems> mostProblems(Map<String, Long> byUnit) {
		int limit = properties.bulletins().mostProblemUnits();
		List<Map.Entry<String, Long>> top = byUnit.entrySet().stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.toList();
		List<BulletinContent.UnitProblems> lines = new ArrayList<>();
		for (Map.Entry<String, Long> e : top) {
			String unitName = organization.findUnit(e.getKey()).map(Unit::getName).orElse(e.getKey());
			Optional<Cadre> principal = organization.principalOf(e.getKey());
			lines.add(new BulletinContent.UnitProblems(e.getKey(), unitName, principal.map(Cadre::getName).orElse(null),
					principal.map(Cadre::getPosition).orElse(null), e.getValue()));
		}
		return lines;
	}

	private BulletinContent.Attendance attendance(YearMonth month) {
		List<AttendanceLine> lines = meetings.attendanceNotice(month);
		int meetingsHeld = (int) lines.stream().map(AttendanceLine::meetingId).distinct().count();
		int attended = (int) lines.stream()
			.filter(l -> l.status() == AttendanceStatus.PRESENT || l.status() == AttendanceStatus.LATE
					|| l.status() == AttendanceStatus.SUBSTITUTE_APPROVED)
			.count();
		List<BulletinContent.AttendanceNote> notes = lines.stream()
			.filter(l -> l.status() != AttendanceStatus.PRESENT)
			.map(l -> new BulletinContent.AttendanceNote(l.meetingTitle(), l.startsAt().toLocalDate(), l.unitName(),
					l.cadreName(), l.position(), l.status().name(), l.substituteName()))
			.toList();
		return new BulletinContent.Attendance(meetingsHeld, lines.size(), attended, notes);
	}

	private String documentNumber(YearMonth month) {
		return properties.bulletins().numberPrefix() + "〔" + month.getYear() + "〕" + month.getMonthValue() + "号";
	}

	private static String defaultTitle(YearMonth month) {
		return "关于" + BulletinDocument.chineseMonth(month) + "全区作风问题查处情况的通报";
	}

	private static String defaultRequirements() {
		return """
				各单位要对照通报问题举一反三，深入开展自查自纠，对本单位存在的问题建立清单、限期整改、逐项销号。
				被通报单位主要负责人要切实履行第一责任人职责，深刻剖析原因，在查处通报大会上作检讨发言。
				区作风办将持续开展明察暗访，对整改不力、问题反弹的单位和个人严肃追责问责。""";
	}

	// --- editing --------------------------------------------------------------------------------

	/** The office's text of a draft: document number, title, opening, requirements, 抄送. */
	public record TextEdit(String documentNumber, String title, String opening, String requirements, String copyTo) {
	}

	/** Edits the text sections of a draft (the office): a new version. */
	@Transactional
	public BulletinView editText(String id, TextEdit edit) {
		CurrentUser user = require(OFFICE);
		Bulletin bulletin = visible(id, user);
		if (bulletin.getStatus() != BulletinStatus.DRAFT) {
			throw DomainException.illegalTransition(bulletin.getStatus(), "edit");
		}
		List<DomainException.FieldError> errors = new ArrayList<>();
		required(errors, "documentNumber", edit.documentNumber(), 100);
		required(errors, "title", edit.title(), 200);
		optional(errors, "opening", edit.opening());
		optional(errors, "requirements", edit.requirements());
		optional(errors, "copyTo", edit.copyTo());
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		BulletinContent content = read(bulletin).withText(edit.documentNumber().strip(), edit.title().strip(),
				blankToNull(edit.opening()), blankToNull(edit.requirements()), blankToNull(edit.copyTo()));
		return revise(bulletin, content, BulletinVersion.Change.TEXT_EDITED, user, "");
	}

	/** The month's decided (not revoked) cases the office may pick as typical cases. */
	public List<DecidedCase> candidates(String id) {
		CurrentUser user = require(OFFICE);
		Bulletin bulletin = visible(id, user);
		YearMonth month = bulletin.getMonth();
		return statistics.decidedCases(month.atDay(1), month.atEndOfMonth());
	}

	/** Picks the typical cases of a draft from the month's decided cases, in the order given (the office). */
	@Transactional
	public BulletinView chooseTypicalCases(String id, List<String> caseIds) {
		CurrentUser user = require(OFFICE);
		Bulletin bulletin = visible(id, user);
		if (bulletin.getStatus() != BulletinStatus.DRAFT) {
			throw DomainException.illegalTransition(bulletin.getStatus(), "edit");
		}
		List<String> chosen = new ArrayList<>(new LinkedHashSet<>(caseIds == null ? List.of() : caseIds));
		if (chosen.size() > MAX_TYPICAL_CASES) {
			throw DomainException.validation("caseIds", "at most " + MAX_TYPICAL_CASES + " typical cases");
		}
		YearMonth month = bulletin.getMonth();
		Map<String, DecidedCase> decided = statistics.decidedCases(month.atDay(1), month.atEndOfMonth()).stream()
			.collect(Collectors.toMap(DecidedCase::caseId, Function.identity(), (a, b) -> a));
		List<DomainException.FieldError> errors = new ArrayList<>();
		List<BulletinContent.TypicalCase> cases = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			DecidedCase c = decided.get(chosen.get(i));
			if (c == null) {
				errors.add(new DomainException.FieldError("caseIds[" + i + "]", "not a case decided in " + month));
				continue;
			}
			cases.add(new BulletinContent.TypicalCase(c.caseId(), c.unitName(), c.name(), c.position(), c.facts(),
					c.forms(), OutcomeWording.of(c.forms())));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		return revise(bulletin, read(bulletin).withTypicalCases(cases), BulletinVersion.Change.CASES_CHOSEN, user,
				"cases=" + String.join(",", chosen));
	}

	private BulletinView revise(Bulletin bulletin, BulletinContent content, BulletinVersion.Change change,
			CurrentUser user, String details) {
		String text = write(content);
		int number = bulletin.revise(text);
		bulletins.save(bulletin);
		versions.save(new BulletinVersion(bulletin.getId(), number, change, user.username(), Instant.now(clock), text));
		audit.record("BULLETIN_" + change.name(), AUDIT_TYPE, id(bulletin),
				("version=" + number + " " + details).strip());
		return viewOf(bulletin, user);
	}

	// --- approval and publication ---------------------------------------------------------------

	/** DRAFT → APPROVED (OFFICE_DIRECTOR only). */
	@Transactional
	public BulletinView approve(String id) {
		CurrentUser user = require(EnumSet.of(Role.OFFICE_DIRECTOR));
		Bulletin bulletin = visible(id, user);
		if (bulletin.getStatus() == BulletinStatus.DRAFT) {
			Set<String> decided = decidedCaseIds(bulletin.getMonth());
			List<String> revoked = read(bulletin).typicalCases().stream()
				.map(BulletinContent.TypicalCase::caseId)
				.filter(caseId -> !decided.contains(caseId))
				.toList();
			if (!revoked.isEmpty()) {
				throw DomainException.conflict("TYPICAL_CASE_REVOKED",
						"the decision of typical case %s no longer stands; refresh the draft", String.join(",", revoked));
			}
		}
		bulletin.approve(user.username(), Instant.now(clock));
		bulletins.save(bulletin);
		audit.record("BULLETIN_APPROVED", AUDIT_TYPE, id(bulletin), "version=" + bulletin.getContentVersion());
		return viewOf(bulletin, user);
	}

	/** APPROVED → PUBLISHED (the office): from now on every unit's users read it. */
	@Transactional
	public BulletinView publish(String id) {
		CurrentUser user = require(OFFICE);
		Bulletin bulletin = visible(id, user);
		bulletin.publish(user.username(), calendar.today());
		bulletins.save(bulletin);
		audit.record("BULLETIN_PUBLISHED", AUDIT_TYPE, id(bulletin), "version=" + bulletin.getContentVersion());
		return viewOf(bulletin, user);
	}

	// --- reading --------------------------------------------------------------------------------

	/** The bulletins the current user reads, newest month first. */
	public List<Bulletin> list() {
		CurrentUser user = requireReader();
		return user.hasAnyRole(FULL_READERS.toArray(Role[]::new)) ? bulletins.findAllByOrderByMonthDesc()
				: bulletins.findByStatusInOrderByMonthDesc(EnumSet.of(BulletinStatus.PUBLISHED));
	}

	public BulletinView get(String id) {
		CurrentUser user = requireReader();
		return viewOf(visible(id, user), user);
	}

	/** The kept versions of a bulletin, newest first (the office and leaders). */
	public List<BulletinVersion> versions(String id) {
		CurrentUser user = require(FULL_READERS);
		return versions.findByBulletinIdOrderByNumberDesc(visible(id, user).getId());
	}

	/** One kept version of a bulletin: who saved it, when, by which change, and its content then. */
	public record VersionView(Bulletin bulletin, BulletinVersion version, BulletinContent content) {

		public String id() {
			return String.valueOf(bulletin.getId());
		}
	}

	/**
	 * One kept version with its content (the office and leaders, as {@link #versions}); a bulletin
	 * or version that does not exist → BULLETIN_NOT_FOUND / BULLETIN_VERSION_NOT_FOUND (404).
	 */
	public VersionView version(String id, int number) {
		CurrentUser user = require(FULL_READERS);
		Bulletin bulletin = visible(id, user);
		return versions.findByBulletinIdAndNumber(bulletin.getId(), number)
			.map(v -> new VersionView(bulletin, v, json.readValue(v.getContent(), BulletinContent.class)))
			.orElseThrow(() -> DomainException.notFound("BULLETIN_VERSION_NOT_FOUND",
					"no version " + number + " of bulletin " + id));
	}

	/** A kept version laid out as the official document, for its read-only preview. */
	public BulletinDocument document(VersionView version) {
		return documentOf(version.bulletin(), version.content());
	}

	/** The bulletin laid out as the official document. */
	public BulletinDocument document(String id) {
		BulletinView view = get(id);
		return documentOf(view.bulletin(), view.content());
	}

	/** Writes the bulletin as a .docx (GB/T 9704 layout). */
	public void writeDocx(String id, OutputStream out) throws IOException {
		BulletinDocx.write(document(id), out);
	}

	/** Writes the bulletin as a PDF with embedded CJK fonts. */
	public void writePdf(String id, OutputStream out) {
		BulletinPdf.write(document(id), fonts, out);
	}

	private BulletinDocument documentOf(Bulletin bulletin, BulletinContent content) {
		LocalDate printed = bulletin.getPublishedOn() != null ? bulletin.getPublishedOn() : calendar.today();
		return BulletinDocument.of(bulletin.getMonth(), content, properties.bulletins().issuer(), printed);
	}

	/** Whether the current user may read bulletins at all. */
	public boolean mayRead() {
		return access.findCurrentUser().map(u -> u.hasAnyRole(readers())).orElse(false);
	}

	/** Whether the current user reads every bulletin and its versions (the office and leaders). */
	public boolean mayReadAll() {
		return access.findCurrentUser().map(u -> u.hasAnyRole(FULL_READERS.toArray(Role[]::new))).orElse(false);
	}

	/** Whether the current user may assemble bulletins. */
	public boolean mayAssemble() {
		return access.findCurrentUser().map(u -> u.hasAnyRole(OFFICE.toArray(Role[]::new))).orElse(false);
	}

	private BulletinView viewOf(Bulletin b, CurrentUser user) {
		boolean office = user.hasAnyRole(OFFICE.toArray(Role[]::new));
		return new BulletinView(b, read(b), office && b.getStatus() == BulletinStatus.DRAFT,
				user.hasRole(Role.OFFICE_DIRECTOR) && b.getStatus() == BulletinStatus.DRAFT,
				office && b.getStatus() == BulletinStatus.APPROVED);
	}

	private Bulletin visible(String id, CurrentUser user) {
		Long key = parse(id);
		return Optional.ofNullable(key)
			.flatMap(bulletins::findById)
			.filter(b -> user.hasAnyRole(FULL_READERS.toArray(Role[]::new)) || b.getStatus() == BulletinStatus.PUBLISHED)
			.orElseThrow(() -> DomainException.notFound("BULLETIN_NOT_FOUND", "no bulletin " + id));
	}

	private BulletinContent read(Bulletin b) {
		return json.readValue(b.getContent(), BulletinContent.class);
	}

	private String write(BulletinContent c) {
		return json.writeValueAsString(c);
	}

	private CurrentUser require(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(roles.toArray(Role[]::new))) {
			throw DomainException.forbidden("requires one of " + roles);
		}
		return user;
	}

	private CurrentUser requireReader() {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(readers())) {
			throw DomainException.forbidden("bulletins are for the office, leaders and units");
		}
		return user;
	}

	private static Role[] readers() {
		Set<Role> all = EnumSet.copyOf(FULL_READERS);
		all.addAll(UNIT_READERS);
		return all.toArray(Role[]::new);
	}

	private static void required(List<DomainException.FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new DomainException.FieldError(field, "required"));
		}
		else if (value.strip().length() > max) {
			errors.add(new DomainException.FieldError(field, "at most " + max + " characters"));
		}
	}

	private static void optional(List<DomainException.FieldError> errors, String field, String value) {
		if (value != null && value.strip().length() > MAX_TEXT) {
			errors.add(new DomainException.FieldError(field, "at most " + MAX_TEXT + " characters"));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Long parse(String id) {
		try {
			return id == null ? null : Long.valueOf(id.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static String id(Bulletin b) {
		return String.valueOf(b.getId());
	}
}
