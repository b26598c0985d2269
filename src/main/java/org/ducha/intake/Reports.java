package org.ducha.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.attachment.Attachments;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.TrafficLight;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.ducha.organization.Cadre;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.Organization;
import org.ducha.organization.Rank;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.ducha.shared.EntityStreams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (SPEC §5) for staff: registration from every channel, the list with its filters and
 * lights, the report with its timeline, and every step from triage to answer. Who sees a report is
 * decided by {@link ReportVisibilityPolicy}: a hidden report answers {@code REPORT_NOT_FOUND} (404)
 * exactly like a missing one. A role that may not act answers FORBIDDEN (403); a step the report's
 * state does not allow, ILLEGAL_TRANSITION (409). Every change and every read of content or
 * identity is audited; the reporter's identity is shown in clear only to the intake officer who
 * registered it or through an approved reveal ({@link IdentityReveals}).
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	static final Set<Role> VIEWERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.INTAKE_OFFICER);
	static final Set<Role> REGISTRARS = EnumSet.of(Role.INTAKE_OFFICER, Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> HANDLERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> DIRECTORS = EnumSet.of(Role.OFFICE_DIRECTOR);
	static final String AUDIT_TYPE = "Report";
	static final String OWNER_TYPE = "REPORT";

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
	private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");
	private static final int MAX_ACCUSED = 20;

	private final ReportRepository reports;
	private final ReportMessageRepository messages;
	private final IdentityRequestRepository revealRequests;
	private final TrackingNumbers trackingNumbers;
	private final QueryCodes queryCodes;
	private final IdentityVault vault;
	private final ReportViewers viewers;
	private final ReportDeadlines deadlines;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Campaigns campaigns;
	private final Attachments attachments;
	private final Notifications notifications;
	private final AccessControl access;
	private final AuditLog audit;
	private final ObjectProvider<ReportFollowUpSource> followUpSources;
	private final IdempotencyKeys idempotency;
	private final MessageIdempotency messageIdempotency;
	private final EntityStreams streams;
	private final ReportTextSearch textSearch;
	private final Clock clock;

	Reports(ReportRepository reports, ReportMessageRepository messages, IdentityRequestRepository revealRequests,
			TrackingNumbers trackingNumbers, QueryCodes queryCodes, IdentityVault vault, ReportViewers viewers,
			ReportDeadlines deadlines, Organization organization, Taxonomies taxonomies, Campaigns campaigns,
			Attachments attachments, Notifications notifications, AccessControl access, AuditLog audit,
			ObjectProvider<ReportFollowUpSource> followUpSources, IdempotencyKeys idempotency, EntityStreams streams,
			ReportTextSearch textSearch, MessageIdempotency messageIdempotency, Clock clock) {
		this.streams = streams;
		this.messageIdempotency = messageIdempotency;
		this.reports = reports;
		this.messages = messages;
		this.revealRequests = revealRequests;
		this.trackingNumbers = trackingNumbers;
		this.queryCodes = queryCodes;
		this.vault = vault;
		this.viewers = viewers;
		this.deadlines = deadlines;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.campaigns = campaigns;
		this.attachments = attachments;
		this.notifications = notifications;
		this.access = access;
		this.audit = audit;
		this.followUpSources = followUpSources;
		this.idempotency = idempotency;
		this.textSearch = textSearch;
		this.clock = clock;
	}

	// --- registration -------------------------------------------------------------------------

	/**
	 * Registers a report from any channel with its received date (INTAKE_OFFICER, OFFICER,
	 * OFFICE_DIRECTOR). Refuses with VALIDATION_FAILED listing every offending field.
	 */
	@Transactional
	public Registered register(NewReport input) {
		return register(input, null);
	}

	/**
	 * {@link #register(NewReport)} with an {@code Idempotency-Key}: the same key from the same user
	 * within 24 hours returns the report first created (without its query code) and creates nothing.
	 */
	@Transactional
	public Registered register(NewReport input, String idempotencyKey) {
		CurrentUser user = viewers.requireRole(REGISTRARS);
		String key = blankToNull(idempotencyKey);
		if (key == null) {
			return create(input, user.username(), user.username());
		}
		Instant now = Instant.now(clock);
		Optional<Report> earlier = idempotency.find(user.username(), key, now).flatMap(reports::findById);
		if (earlier.isPresent()) {
			Report report = earlier.get().loaded();
			if (!report.isAnonymous() && user.hasRole(Role.INTAKE_OFFICER)) {
				audit.record("IDENTITY_VIEWED", AUDIT_TYPE, id(report), "trackingNumber=" + report.getTrackingNumber());
			}
			ReporterIdentity shown = report.isAnonymous() ? null
					: user.hasRole(Role.INTAKE_OFFICER) ? vault.open(report.getId()).orElse(null)
							: vault.masked(report.getId()).orElse(null);
			return new Registered(report, null, shown, lightOf(report));
		}
		Registered registered = create(input, user.username(), user.username());
		idempotency.remember(user.username(), key, registered.report().getId(), now);
		return registered;
	}

	/** Checks a registration without saving it: VALIDATION_FAILED listing every offending field. */
	public void validate(NewReport input, boolean publicSubmission) {
		List<DomainException.FieldError> errors = errorsOf(input, publicSubmission);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	/** A citizen's submission (channel ONLINE, received today); called by {@link PublicReportAccess}. */
	@Transactional
	Registered submitPublic(NewReport input) {
		NewReport online = new NewReport(ReportChannel.ONLINE, today(), input.anonymous(), input.pin(),
				input.reporter(), input.accused(), input.accusedUnits(), input.categoryCode(), null, input.subject(),
				input.content(), input.occurredOn(), input.attachmentIds());
		return create(online, null, Attachments.PUBLIC_UPLOADER);
	}

	private Registered create(NewReport input, String registeredBy, String linkedBy) {
		boolean publicSubmission = registeredBy == null;
		validate(input, publicSubmission);
		CategoryRef category = taxonomies.requireActiveCategory(input.categoryCode());
		ReporterIdentity reporter = input.anonymous() ? null : input.reporter();
		List<AccusedPerson> accused = input.accused().stream().map(this::match).toList();
		List<AccusedUnit> accusedUnits = input.accusedUnits().stream()
			.map(name -> new AccusedUnit(name.strip(), unitNamed(name).map(Unit::getCode).orElse(null)))
			.toList();
		boolean aboveDistrict = accused.stream()
			.map(AccusedPerson::getCadreNo)
			.filter(Objects::nonNull)
			.flatMap(no -> organization.findCadre(no).stream())
			.anyMatch(c -> c.getRank() == Rank.ZHENG_CHU || c.getRank() == Rank.FU_CHU);
		Long campaignId = input.campaignId() != null ? input.campaignId()
				: campaignFor(input.receivedOn(), category).map(Campaign::getId).orElse(null);
		String pin = blankToNull(input.pin());
		String queryCode = pin == null ? null : queryCodes.newCode();
		Act act = act(registeredBy == null ? Act.CITIZEN : registeredBy);
		Report.Registration registration = new Report.Registration(input.channel(), input.receivedOn(),
				input.anonymous(), reporter != null && reporter.isNamed(), category.code(), campaignId,
				input.subject().strip(), input.content().strip(), input.occurredOn(), registeredBy,
				queryCode == null ? null : QueryCodes.lookupHash(queryCode),
				pin == null ? null : queryCodes.hashPin(pin), accused, accusedUnits, aboveDistrict);
		Report report = reports.saveAndFlush(Report.register(
				trackingNumbers.next(input.receivedOn().getYear()), registration, deadlines, act));
		vault.seal(report.getId(), reporter);
		if (!input.attachmentIds().isEmpty()) {
			attachments.linkTo(input.attachmentIds(), OWNER_TYPE, String.valueOf(report.getId()), linkedBy);
		}
		audit.record("REPORT_REGISTERED", AUDIT_TYPE, id(report), "trackingNumber=" + report.getTrackingNumber()
				+ ", channel=" + report.getChannel() + ", anonymous=" + report.isAnonymous());
		notifyOffice(report, NotificationKind.NEW_REPORT, "report:" + report.getId() + ":new");
		CurrentUser registrar = registeredBy == null ? null : viewers.currentUser();
		ReporterIdentity shown = reporter == null ? null
				: registrar != null && registrar.hasRole(Role.INTAKE_OFFICER) ? reporter : reporter.masked();
		return new Registered(report.loaded(), queryCode, shown, lightOf(report));
	}

	private List<DomainException.FieldError> errorsOf(NewReport input, boolean publicSubmission) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		LocalDate today = today();
		if (!publicSubmission) {
			if (input.channel() == null) {
				errors.add(new DomainException.FieldError("channel", "required"));
			}
			if (input.receivedOn() == null) {
				errors.add(new DomainException.FieldError("receivedOn", "required"));
			}
			else if (input.receivedOn().isAfter(today)) {
				errors.add(new DomainException.FieldError("receivedOn", "must not be in the future"));
			}
			if (input.campaignId() != null && campaigns.find(input.campaignId()).isEmpty()) {
				errors.add(new DomainException.FieldError("campaignId", "unknown campaign"));
			}
		}
		String pin = blankToNull(input.pin());
		if (pin == null && input.anonymous() && publicSubmission) {
			errors.add(new DomainException.FieldError("pin", "required for an anonymous report"));
		}
		else if (pin != null && (pin.length() < QueryCodes.PIN_MIN || pin.length() > QueryCodes.PIN_MAX)) {
			errors.add(new DomainException.FieldError("pin", "6 to 64 characters"));
		}
		if (!input.anonymous()) {
			ReporterIdentity reporter = input.reporter();
			if (reporter == null || (reporter.name() == null && reporter.unit() == null)) {
				errors.add(new DomainException.FieldError("reporter.name", "a name or a unit name is required"));
			}
			if (reporter != null) {
				checkLength(errors, "reporter.name", reporter.name(), 100);
				checkLength(errors, "reporter.unit", reporter.unit(), 200);
				checkLength(errors, "reporter.address", reporter.address(), 500);
				if (publicSubmission && reporter.phone() == null) {
					errors.add(new DomainException.FieldError("reporter.phone", "required for a named report"));
				}
				if (reporter.phone() != null && !PHONE.matcher(reporter.phone()).matches()) {
					errors.add(new DomainException.FieldError("reporter.phone", "5 to 20 digits"));
				}
				if (reporter.idNumber() != null && !ID_NUMBER.matcher(reporter.idNumber()).matches()) {
					errors.add(new DomainException.FieldError("reporter.idNumber", "15 or 18 characters"));
				}
			}
		}
		if (input.accused().size() > MAX_ACCUSED) {
			errors.add(new DomainException.FieldError("accused", "at most " + MAX_ACCUSED));
		}
		for (int i = 0; i < input.accused().size(); i++) {
			NewAccused a = input.accused().get(i);
			String cadreNo = blankToNull(a.cadreNo());
			if (cadreNo != null && organization.findCadre(cadreNo).isEmpty()) {
				errors.add(new DomainException.FieldError("accused[" + i + "].cadreNo", "unknown cadre"));
			}
			else if (cadreNo == null && blankToNull(a.name()) == null) {
				errors.add(new DomainException.FieldError("accused[" + i + "].name", "required"));
			}
			checkLength(errors, "accused[" + i + "].name", a.name(), 100);
			checkLength(errors, "accused[" + i + "].unitName", a.unitName(), 200);
			checkLength(errors, "accused[" + i + "].position", a.position(), 200);
		}
		if (input.accusedUnits().size() > MAX_ACCUSED) {
			errors.add(new DomainException.FieldError("accusedUnits", "at most " + MAX_ACCUSED));
		}
		for (int i = 0; i < input.accusedUnits().size(); i++) {
			checkLength(errors, "accusedUnits[" + i + "]", input.accusedUnits().get(i), 200);
		}
		if (blankToNull(input.categoryCode()) == null) {
			errors.add(new DomainException.FieldError("categoryCode", "required"));
		}
		else if (!taxonomies.isActiveCategory(input.categoryCode())) {
			errors.add(new DomainException.FieldError("categoryCode", "unknown or retired category"));
		}
		if (blankToNull(input.subject()) == null) {
			errors.add(new DomainException.FieldError("subject", "required"));
		}
		checkLength(errors, "subject", input.subject(), 200);
		if (blankToNull(input.content()) == null) {
			errors.add(new DomainException.FieldError("content", "required"));
		}
		checkLength(errors, "content", input.content(), 20000);
		if (input.occurredOn() != null && input.occurredOn().isAfter(today)) {
			errors.add(new DomainException.FieldError("occurredOn", "must not be in the future"));
		}
		return errors;
	}

	private static void checkLength(List<DomainException.FieldError> errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max && errors.stream().noneMatch(e -> e.field().equals(field))) {
			errors.add(new DomainException.FieldError(field, "at most " + max + " characters"));
		}
	}

	/** Links an accused to the roster: by number, or by a unique serving cadre of that name (in the unit, if named). */
	private AccusedPerson match(NewAccused a) {
		String cadreNo = blankToNull(a.cadreNo());
		String unitName = blankToNull(a.unitName());
		Optional<Unit> unit = unitName == null ? Optional.empty() : unitNamed(unitName);
		if (cadreNo != null) {
			Cadre cadre = organization.findCadre(cadreNo).orElseThrow();
			return new AccusedPerson(Optional.ofNullable(blankToNull(a.name())).orElse(cadre.getName()), unitName,
					blankToNull(a.position()), cadre.getCadreNo(), cadre.getUnitCode());
		}
		String name = a.name().strip();
		List<Cadre> candidates = organization.allCadres().stream()
			.filter(c -> c.getName().equals(name) && c.getStatus() == CadreStatus.SERVING)
			.filter(c -> unit.isEmpty() || unit.get().getCode().equals(c.getUnitCode()))
			.toList();
		if (candidates.size() == 1) {
			Cadre cadre = candidates.getFirst();
			return new AccusedPerson(name, unitName, blankToNull(a.position()), cadre.getCadreNo(), cadre.getUnitCode());
		}
		return new AccusedPerson(name, unitName, blankToNull(a.position()), null, unit.map(Unit::getCode).orElse(null));
	}

	private Optional<Unit> unitNamed(String nameOrCode) {
		String key = nameOrCode.strip();
		return organization.allUnits().stream()
			.filter(u -> u.getName().equals(key) || u.getCode().equalsIgnoreCase(key))
			.findFirst();
	}

	/** The campaign running on the received date whose taxonomy holds the category, latest started first. */
	private Optional<Campaign> campaignFor(LocalDate receivedOn, CategoryRef category) {
		return campaigns.all().stream()
			.filter(c -> !receivedOn.isBefore(c.getStartDate()) && !receivedOn.isAfter(c.getEndDate()))
			.filter(c -> c.getTaxonomyCode().equals(category.taxonomyCode()))
			.findFirst();
	}

	// --- reading ------------------------------------------------------------------------------

	/** The report for the current user, audited as a read of its content (and of the identity when shown in clear). */
	@Transactional
	public ReportDetails view(String id) {
		CurrentUser user = viewers.requireRole(VIEWERS);
		Report report = visible(id, user);
		audit.record("REPORT_VIEWED", AUDIT_TYPE, id(report), "trackingNumber=" + report.getTrackingNumber());
		return details(report, user);
	}

	/**
	 * The masked reporters of listed reports, by API id, read in one query without decrypting
	 * anything: lists show every caller the mask (API.md's list "same fields"), the clear identity
	 * only ever appears, audited, on one report.
	 */
	@Transactional(readOnly = true)
	public Map<String, ReporterIdentity> maskedReporters(Collection<Report> listed) {
		Map<String, ReporterIdentity> masks = new HashMap<>();
		vault.masked(listed.stream().filter(r -> !r.isAnonymous()).map(Report::getId).toList())
			.forEach((reportId, mask) -> masks.put(String.valueOf(reportId), mask));
		return masks;
	}

	/** The report's API id for a tracking number, if the current user may see it. */
	public Optional<String> findIdByTrackingNumber(String trackingNumber) {
		CurrentUser user = viewers.requireRole(VIEWERS);
		return reports.findByTrackingNumber(trackingNumber.strip().toUpperCase(Locale.ROOT))
			.filter(r -> ReportVisibilityPolicy.maySee(viewers.of(user), r))
			.map(Reports::id);
	}

	/** Whether the current user may see the report: the check of the attachment access policy. */
	public boolean maySee(String id, CurrentUser user) {
		return parse(id).flatMap(reports::findById)
			.filter(r -> user.roles().stream().anyMatch(VIEWERS::contains))
			.filter(r -> ReportVisibilityPolicy.maySee(viewers.of(user), r))
			.isPresent();
	}

	/** Reports the current user may see, filtered in the query (never after paging). */
	public Page<Report> search(ReportFilter filter, Pageable pageable) {
		CurrentUser user = viewers.requireRole(VIEWERS);
		return reports.findAll(ReportVisibilityPolicy.visibleTo(viewers.of(user)).and(matching(filter)), pageable)
			.map(Report::loaded);
	}

	/**
	 * The whole filtered list the current user may see, pushed row by row (visibility in the query,
	 * as for {@link #search}), read in one sorted query with a cursor in chunks of 500 whose accused,
	 * accused units and disposals load in batches; audited as one read of the list with the row count.
	 */
	@Transactional
	public long export(ReportFilter filter, org.springframework.data.domain.Sort sort,
			java.util.function.Consumer<Report> row) {
		CurrentUser user = viewers.requireRole(VIEWERS);
		org.springframework.data.jpa.domain.Specification<Report> query = ReportVisibilityPolicy
			.visibleTo(viewers.of(user))
			.and(matching(filter));
		long rows = streams.forEachChunk(Report.class, query, sort, 500,
				chunk -> chunk.forEach(report -> row.accept(report.listed())));
		audit.record("REPORT_LIST_EXPORTED", AUDIT_TYPE, "list", "rows=" + rows);
		return rows;
	}

	/** How many reports the current user may see match the filter. */
	public long count(ReportFilter filter) {
		return count(filter, viewers.requireRole(VIEWERS));
	}

	/** How many reports the given user may see match the filter; none for a role that sees no reports. */
	public long count(ReportFilter filter, CurrentUser user) {
		if (user.roles().stream().noneMatch(VIEWERS::contains)) {
			return 0;
		}
		return reports.count(ReportVisibilityPolicy.visibleTo(viewers.of(user)).and(matching(filter)));
	}

	/** Reports whose disposal proposal waits for the office director, visible to the current user. */
	public Page<Report> awaitingApproval(Pageable pageable) {
		CurrentUser user = viewers.requireRole(DIRECTORS);
		return reports.findAll(ReportVisibilityPolicy.visibleTo(viewers.of(user)).and(awaitingApproval()), pageable)
			.map(Report::loaded);
	}

	/** How many proposals wait for the given user as office director; none for other roles. */
	public long countAwaitingApproval(CurrentUser user) {
		if (user.roles().stream().noneMatch(DIRECTORS::contains)) {
			return 0;
		}
		return reports.count(ReportVisibilityPolicy.visibleTo(viewers.of(user)).and(awaitingApproval()));
	}

	private static Specification<Report> awaitingApproval() {
		return (root, query, cb) -> {
			Subquery<Long> proposed = query.subquery(Long.class);
			Root<Report> r = proposed.from(Report.class);
			Join<Report, Disposal> d = r.join("disposals");
			proposed.select(r.get("id")).where(cb.equal(r.get("id"), root.get("id")),
					cb.or(cb.equal(d.get("status"), DisposalStatus.PROPOSED),
							cb.equal(d.get("extensionStatus"), ExtensionStatus.REQUESTED)));
			return cb.and(cb.equal(root.get("status"), ReportStatus.ACCEPTED), cb.exists(proposed));
		};
	}

	/** The light of a report's running clock today; null when no clock runs. */
	public TrafficLight lightOf(Report report) {
		return report.light(deadlines, today());
	}

	public int overdueWorkingDays(Report report) {
		return report.runningDue() == null ? 0 : deadlines.overdueWorkingDays(report.runningDue(), today());
	}

	/**
	 * The filter as a query condition. The text is looked up in the full-text index first, once per
	 * call: the condition then restricts to the matching ids (or the tracking number typed in full),
	 * and since it is combined with {@link ReportVisibilityPolicy#visibleTo}, hidden reports never
	 * count.
	 */
	/** {@code from <= column <= to}, each bound only when given. */
	private static void between(List<Predicate> all, jakarta.persistence.criteria.CriteriaBuilder cb,
			jakarta.persistence.criteria.Path<LocalDate> column, LocalDate from, LocalDate to) {
		if (from != null) {
			all.add(cb.greaterThanOrEqualTo(column, from));
		}
		if (to != null) {
			all.add(cb.lessThanOrEqualTo(column, to));
		}
	}

	private Specification<Report> matching(ReportFilter f) {
		String text = blankToNull(f.text());
		ReportTextSearch.Query textQuery = text == null ? null : ReportTextSearch.Query.parse(text);
		List<Long> textHits = textQuery == null || textQuery.words().isEmpty() ? null
				: textSearch.matchingIds(textQuery.words());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (f.status() != null) {
				all.add(cb.equal(root.get("status"), f.status()));
			}
			if (f.channel() != null) {
				all.add(cb.equal(root.get("channel"), f.channel()));
			}
			if (blankToNull(f.categoryCode()) != null && f.drill().isExactCategory()) {
				all.add(cb.equal(root.get("categoryCode"), f.categoryCode().strip()));
			}
			else if (blankToNull(f.categoryCode()) != null) {
				Set<String> codes = taxonomies.codesUnder(f.categoryCode().strip());
				all.add(codes.isEmpty() ? cb.disjunction() : root.get("categoryCode").in(codes));
			}
			if (f.campaignId() != null) {
				all.add(cb.equal(root.get("campaignId"), f.campaignId()));
			}
			if (f.receivedFrom() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), f.receivedFrom()));
			}
			if (f.receivedTo() != null) {
				all.add(cb.lessThanOrEqualTo(root.get("receivedOn"), f.receivedTo()));
			}
			ReportDrill drill = f.drill();
			if (drill.acceptedFrom() != null || drill.acceptedTo() != null) {
				all.add(root.get("status").in(ReportStatus.ACCEPTED, ReportStatus.CONCLUDED, ReportStatus.ANSWERED));
			}
			between(all, cb, root.get("decidedOn"), drill.acceptedFrom(), drill.acceptedTo());
			between(all, cb, root.get("concludedOn"), drill.concludedFrom(), drill.concludedTo());
			between(all, cb, root.get("answeredOn"), drill.answeredFrom(), drill.answeredTo());
			if (blankToNull(f.trackingNumber()) != null) {
				all.add(cb.equal(root.get("trackingNumber"), f.trackingNumber().strip().toUpperCase(Locale.ROOT)));
			}
			if (f.light() != null) {
				LocalDate today = today();
				LocalDate greenFrom = deadlines.greenFrom(today);
				all.add(switch (f.light()) {
					case RED -> cb.lessThan(root.get("clockDueOn"), today);
					case YELLOW -> cb.and(cb.greaterThanOrEqualTo(root.get("clockDueOn"), today),
							cb.lessThan(root.get("clockDueOn"), greenFrom));
					case GREEN -> cb.greaterThanOrEqualTo(root.get("clockDueOn"), greenFrom);
				});
			}
			if (blankToNull(f.unitCode()) != null) {
				String unitCode = f.unitCode().strip();
				Subquery<Long> byUnit = query.subquery(Long.class);
				Root<Report> r = byUnit.from(Report.class);
				Join<Report, AccusedUnit> u = r.join("accusedUnits", JoinType.LEFT);
				Join<Report, AccusedPerson> a = r.join("accused", JoinType.LEFT);
				byUnit.select(r.get("id")).where(cb.equal(r.get("id"), root.get("id")),
						cb.or(cb.equal(u.get("unitCode"), unitCode), cb.equal(a.get("unitCode"), unitCode)));
				all.add(cb.exists(byUnit));
			}
			if (textQuery != null) {
				List<Predicate> byText = new ArrayList<>();
				if (textHits != null) {
					byText.add(textHits.isEmpty() ? cb.disjunction() : root.get("id").in(textHits));
				}
				for (String character : textQuery.singleCharacters()) {
					String pattern = "%" + escapeLike(character) + "%";
					byText.add(cb.or(cb.like(cb.lower(root.get("subject")), pattern, '\\'),
							cb.like(cb.lower(root.get("content")), pattern, '\\')));
				}
				all.add(cb.or(cb.and(byText.toArray(Predicate[]::new)),
						cb.equal(root.get("trackingNumber"), text.toUpperCase(Locale.ROOT))));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private ReportDetails details(Report report, CurrentUser user) {
		ReporterIdentity reporter = null;
		boolean clear = false;
		if (!report.isAnonymous()) {
			if (seesIdentityInClear(report, user)) {
				reporter = vault.open(report.getId()).orElse(null);
				clear = reporter != null;
				if (clear) {
					audit.record("IDENTITY_VIEWED", AUDIT_TYPE, id(report), "trackingNumber=" + report.getTrackingNumber());
				}
			}
			else {
				reporter = vault.masked(report.getId()).orElse(null);
			}
		}
		IdentityRequest ownRequest = revealRequests.findByReportIdAndRequesterOrderByIdDesc(report.getId(), user.username())
			.stream().findFirst().orElse(null);
		String mergedInto = report.getMergedIntoId() == null ? null
				: reports.findById(report.getMergedIntoId()).map(Report::getTrackingNumber).orElse(null);
		List<ReportFollowUp> followUps = followUpSources.orderedStream()
			.flatMap(s -> s.followUpsOf(id(report)).stream())
			.toList();
		report.loaded();
		reports.findByMergedIntoIdOrderByIdAsc(report.getId()).forEach(Report::loaded);
		return new ReportDetails(report, reporter, clear, messages.findByReportIdOrderBySentAtAscIdAsc(report.getId()),
				attachments.listOwnedBy(OWNER_TYPE, id(report)), followUps, lightOf(report),
				allowedActions(report, user, clear, ownRequest), ownRequest, mergedInto,
				reports.findByMergedIntoIdOrderByIdAsc(report.getId()));
	}

	private boolean seesIdentityInClear(Report report, CurrentUser user) {
		if (user.hasRole(Role.INTAKE_OFFICER) && user.username().equals(report.getRegisteredBy())) {
			return true;
		}
		Instant now = Instant.now(clock);
		return revealRequests.findByReportIdAndRequesterOrderByIdDesc(report.getId(), user.username()).stream()
			.anyMatch(r -> r.grants(user.username(), now));
	}

	/** Whether the current user would see the report's reporter in clear (without reading it). */
	boolean seesIdentityInClear(Report report) {
		return seesIdentityInClear(report, viewers.currentUser());
	}

	private Set<ReportAction> allowedActions(Report report, CurrentUser user, boolean identityInClear,
			IdentityRequest ownRequest) {
		Set<ReportAction> actions = EnumSet.noneOf(ReportAction.class);
		boolean handler = user.roles().stream().anyMatch(HANDLERS::contains);
		boolean director = user.hasRole(Role.OFFICE_DIRECTOR);
		Optional<Disposal> disposal = report.currentDisposal();
		switch (report.getStatus()) {
			case RECEIVED -> {
				if (handler) {
					actions.addAll(EnumSet.of(ReportAction.ACCEPT, ReportAction.REJECT, ReportAction.TRANSFER,
							ReportAction.MERGE));
				}
			}
			case ACCEPTED -> {
				if (handler && report.isNamed() && report.getAcceptanceToldOn() == null) {
					actions.add(ReportAction.TELL_ACCEPTANCE);
				}
				if (handler && disposal.isEmpty()) {
					actions.add(ReportAction.PROPOSE_DISPOSAL);
				}
				disposal.ifPresent(d -> {
					if (d.getStatus() == DisposalStatus.PROPOSED && director) {
						actions.add(ReportAction.DECIDE_DISPOSAL);
					}
					if (d.getStatus() == DisposalStatus.APPROVED && handler) {
						actions.add(ReportAction.CONCLUDE);
						if (d.getMethod() == DisposalMethod.INQUIRY) {
							if (d.getLetterSentOn() == null) {
								actions.add(ReportAction.LETTER_SENT);
							}
							else if (d.getLetterReceivedOn() == null) {
								actions.add(ReportAction.LETTER_RECEIVED);
							}
							else if (d.getReplyReceivedOn() == null) {
								actions.add(ReportAction.REPLY_RECEIVED);
							}
						}
						if (d.getMethod() == DisposalMethod.VERIFICATION && d.getExtensionStatus() == null) {
							actions.add(ReportAction.REQUEST_EXTENSION);
						}
						if (d.getExtensionStatus() == ExtensionStatus.REQUESTED && director) {
							actions.add(ReportAction.DECIDE_EXTENSION);
						}
					}
				});
			}
			case CONCLUDED -> {
				if (handler) {
					actions.add(ReportAction.ANSWER);
				}
			}
			case TRANSFERRED, NOT_ACCEPTED, MERGED, ANSWERED -> {
			}
		}
		if (handler && report.hasQueryCode()) {
			actions.add(ReportAction.MESSAGE);
		}
		boolean pending = ownRequest != null && ownRequest.getStatus() == IdentityRequestStatus.PENDING;
		if (!report.isAnonymous() && !identityInClear && !pending) {
			actions.add(ReportAction.REQUEST_IDENTITY);
		}
		return actions;
	}

	// --- triage -------------------------------------------------------------------------------

	@Transactional
	public Report accept(String id) {
		return change(id, HANDLERS, "REPORT_ACCEPTED", (report, act) -> report.accept(act));
	}

	@Transactional
	public Report reject(String id, String reason) {
		viewers.requireRole(HANDLERS);
		String why = required("reason", reason, 2000);
		return change(id, HANDLERS, "REPORT_NOT_ACCEPTED", (report, act) -> report.reject(act, why));
	}

	/** Transfers to the receiving body, with the reason (both required, both listed when missing). */
	@Transactional
	public Report transfer(String id, String to, String reason) {
		viewers.requireRole(HANDLERS);
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (blankToNull(to) == null) {
			errors.add(new DomainException.FieldError("to", "required"));
		}
		if (blankToNull(reason) == null) {
			errors.add(new DomainException.FieldError("reason", "required"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		String body = required("to", to, 200);
		String why = required("reason", reason, 2000);
		return change(id, HANDLERS, "REPORT_TRANSFERRED", (report, act) -> report.transfer(act, body, why));
	}

	/** Merges into an earlier report the user may see; otherwise the target answers REPORT_NOT_FOUND. */
	@Transactional
	public Report merge(String id, String intoId) {
		CurrentUser user = viewers.requireRole(HANDLERS);
		Report target = visible(required("intoId", intoId, 40), user);
		return change(id, HANDLERS, "REPORT_MERGED", (report, act) -> report.mergeInto(act, target));
	}

	@Transactional
	public Report tellAcceptance(String id, LocalDate toldOn) {
		return change(id, HANDLERS, "REPORT_ACCEPTANCE_TOLD", (report, act) -> report.tellAcceptance(act, toldOn));
	}

	// --- disposal -----------------------------------------------------------------------------

	/**
	 * Proposes a disposal with its handler (OFFICER, OFFICE_DIRECTOR). The handler must hold OFFICER
	 * or OFFICE_DIRECTOR; one who is accused or belongs to an accused unit → 409 RECUSAL_REQUIRED.
	 */
	@Transactional
	public Report proposeDisposal(String id, DisposalMethod method, String handlerUsername, String reason,
			LocalDate reviewOn) {
		CurrentUser user = viewers.requireRole(HANDLERS);
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (method == null) {
			errors.add(new DomainException.FieldError("method", "required"));
		}
		if (blankToNull(handlerUsername) == null) {
			errors.add(new DomainException.FieldError("handlerUsername", "required"));
		}
		if (blankToNull(reason) == null) {
			errors.add(new DomainException.FieldError("reason", "required"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		String why = required("reason", reason, 2000);
		Report report = visible(id, user);
		CurrentUser handler = requireHandler(handlerUsername.strip(), report);
		report.proposeDisposal(act(user.username()), method, handler.username(), why, reviewOn);
		saveAndAudit(report, "REPORT_DISPOSAL_PROPOSED", "method=" + method + ", handler=" + handler.username());
		notifyDirectors(report);
		return report;
	}

	/** The office director approves the proposed disposal; recusal is checked again. */
	@Transactional
	public Report approveDisposal(String id) {
		CurrentUser user = viewers.requireRole(DIRECTORS);
		Report report = visible(id, user);
		report.currentDisposal().ifPresent(d -> requireHandler(d.getHandlerUsername(), report));
		report.approveDisposal(act(user.username()), deadlines);
		saveAndAudit(report, "REPORT_DISPOSAL_APPROVED", null);
		report.currentHandler().ifPresent(h -> notifications.notify(h, NotificationKind.NEW_REPORT, link(report),
				"report:" + report.getId() + ":handler:" + report.currentDisposal().map(Disposal::getId).orElse(0L)));
		return report;
	}

	@Transactional
	public Report refuseDisposal(String id, String reason) {
		viewers.requireRole(DIRECTORS);
		String why = required("reason", reason, 2000);
		return change(id, DIRECTORS, "REPORT_DISPOSAL_REFUSED", (report, act) -> report.refuseDisposal(act, why));
	}

	@Transactional
	public Report recordLetterSent(String id, LocalDate sentOn) {
		return change(id, HANDLERS, "REPORT_LETTER_SENT", (report, act) -> report.recordLetterSent(act, sentOn));
	}

	@Transactional
	public Report recordLetterReceived(String id, LocalDate receivedOn) {
		return change(id, HANDLERS, "REPORT_LETTER_RECEIVED",
				(report, act) -> report.recordLetterReceived(act, receivedOn, deadlines));
	}

	@Transactional
	public Report recordReply(String id, LocalDate receivedOn) {
		return change(id, HANDLERS, "REPORT_REPLY_RECEIVED", (report, act) -> report.recordReply(act, receivedOn));
	}

	@Transactional
	public Report requestExtension(String id, String reason) {
		viewers.requireRole(HANDLERS);
		String why = required("reason", reason, 2000);
		Report report = change(id, HANDLERS, "REPORT_EXTENSION_REQUESTED", (r, act) -> r.requestExtension(act, why));
		notifyDirectors(report);
		return report;
	}

	@Transactional
	public Report approveExtension(String id) {
		return change(id, DIRECTORS, "REPORT_EXTENSION_APPROVED", (report, act) -> report.approveExtension(act, deadlines));
	}

	@Transactional
	public Report refuseExtension(String id) {
		return change(id, DIRECTORS, "REPORT_EXTENSION_REFUSED", (report, act) -> report.refuseExtension(act));
	}

	// --- conclusion and answer ----------------------------------------------------------------

	/** Concludes with a finding and publishes {@link ReportConcluded}. */
	@Transactional
	public Report conclude(String id, Finding finding, String summary) {
		viewers.requireRole(HANDLERS);
		if (finding == null) {
			throw DomainException.validation("finding", "required");
		}
		String text = required("summary", summary, 4000);
		return change(id, HANDLERS, "REPORT_CONCLUDED", (report, act) -> report.conclude(act, finding, text, deadlines));
	}

	/**
	 * Answers the reporter ({@code toldOn}: the date a named reporter was told, default today); every
	 * report merged into this one receives the same answer.
	 */
	@Transactional
	public Report answer(String id, String text, LocalDate toldOn) {
		viewers.requireRole(HANDLERS);
		String answer = required("text", text, 4000);
		Report report = change(id, HANDLERS, "REPORT_ANSWERED", (r, act) -> r.answer(act, answer, toldOn));
		Act act = act(viewers.currentUser().username());
		for (Report merged : reports.findByMergedIntoIdOrderByIdAsc(report.getId())) {
			if (merged.getStatus() == ReportStatus.MERGED) {
				merged.receiveMergedAnswer(act, answer);
				saveAndAudit(merged, "REPORT_ANSWERED", "via=" + report.getTrackingNumber());
			}
		}
		return report;
	}

	/** The office's message to the reporter, read on the follow-up page (needs a query code). */
	@Transactional
	public ReportMessage sendMessage(String id, String text) {
		return sendMessage(id, text, null);
	}

	/**
	 * {@link #sendMessage(String, String)} with an {@code Idempotency-Key}: the same key from the same
	 * user within 24 hours returns the message first sent on this report and sends nothing new.
	 */
	@Transactional
	public ReportMessage sendMessage(String id, String text, String idempotencyKey) {
		CurrentUser user = viewers.requireRole(HANDLERS);
		String body = required("text", text, 4000);
		Report report = visible(id, user);
		String key = blankToNull(idempotencyKey);
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<ReportMessage> earlier = messageIdempotency.find(user.username(), key, now)
				.flatMap(messages::findById)
				.filter(m -> m.getReportId().equals(report.getId()));
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		if (!report.hasQueryCode()) {
			throw DomainException.conflict("REPORT_HAS_NO_QUERY_CODE", "the reporter has no query code to read messages");
		}
		ReportMessage message = messages.save(new ReportMessage(report.getId(), MessageSender.OFFICE, user.username(),
				body, now));
		report.note(act(user.username()), "OFFICE_MESSAGE", null);
		saveAndAudit(report, "REPORT_MESSAGE_SENT", "from=OFFICE");
		if (key != null) {
			messageIdempotency.remember(user.username(), key, message.getId(), now);
		}
		return message;
	}

	/** Links the user's own uploads to the report (INTAKE_OFFICER for its reports, OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public void attach(String id, List<String> attachmentIds) {
		CurrentUser user = viewers.requireRole(REGISTRARS);
		Report report = visible(id, user);
		if (attachmentIds == null || attachmentIds.isEmpty()) {
			throw DomainException.validation("files", "required");
		}
		attachments.linkTo(attachmentIds, OWNER_TYPE, id(report), user.username());
		report.note(act(user.username()), "EVIDENCE_ADDED", String.valueOf(attachmentIds.size()));
		saveAndAudit(report, "REPORT_EVIDENCE_ADDED", "count=" + attachmentIds.size());
	}

	/**
	 * Earlier reports naming one of the same accused (the seam for duplicate proposals), visible to the
	 * user: an intake officer compares only with the reports it registered.
	 */
	public List<Report> earlierNamingSameAccused(String id) {
		CurrentUser user = viewers.requireRole(VIEWERS);
		Report report = visible(id, user);
		List<String> cadreNos = report.accusedCadreNos();
		List<String> unitCodes = report.accusedUnitCodes();
		if (cadreNos.isEmpty() && unitCodes.isEmpty()) {
			return List.of();
		}
		ReportVisibilityPolicy.Viewer viewer = viewers.of(user);
		return reports.findEarlierNamingSameAccused(report.getId(), report.getReceivedOn(),
				cadreNos.isEmpty() ? List.of("") : cadreNos, unitCodes.isEmpty() ? List.of("") : unitCodes)
			.stream()
			.filter(r -> ReportVisibilityPolicy.maySee(viewer, r))
			.toList();
	}

	/** The report for any report viewer, 404 when hidden, without auditing a read. */
	Report visibleReport(String id) {
		return visible(id, viewers.requireRole(VIEWERS));
	}

	/** Accounts that may handle the report: OFFICER or OFFICE_DIRECTOR, not accused, not of an accused unit. */
	public List<CurrentUser> eligibleHandlers(String id) {
		CurrentUser user = viewers.requireRole(HANDLERS);
		Report report = visible(id, user);
		List<CurrentUser> candidates = new ArrayList<>(access.usersWithRole(Role.OFFICER));
		access.usersWithRole(Role.OFFICE_DIRECTOR).stream()
			.filter(d -> candidates.stream().noneMatch(c -> c.username().equals(d.username())))
			.forEach(candidates::add);
		return candidates.stream()
			.filter(c -> !ReportVisibilityPolicy.isAccused(viewers.of(c), report.accusedCadreNos(), report.accusedUnitCodes()))
			.toList();
	}

	// --- internals ----------------------------------------------------------------------------

	@FunctionalInterface
	private interface Step {
		void apply(Report report, Act act);
	}

	private Report change(String id, Set<Role> roles, String auditAction, Step step) {
		CurrentUser user = viewers.requireRole(roles);
		Report report = visible(id, user);
		step.apply(report, act(user.username()));
		saveAndAudit(report, auditAction, null);
		return report.loaded();
	}

	private void saveAndAudit(Report report, String action, String details) {
		reports.save(report);
		String base = "trackingNumber=" + report.getTrackingNumber() + ", status=" + report.getStatus();
		audit.record(action, AUDIT_TYPE, id(report), details == null ? base : base + ", " + details);
	}

	/** The report if it exists and the user may see it; otherwise REPORT_NOT_FOUND, the same for both. */
	Report visible(String id, CurrentUser user) {
		return parse(id).flatMap(reports::findById)
			.filter(r -> ReportVisibilityPolicy.maySee(viewers.of(user), r))
			.orElseThrow(Reports::notFound);
	}

	private CurrentUser requireHandler(String username, Report report) {
		CurrentUser handler = access.findUser(username)
			.filter(h -> h.roles().stream().anyMatch(HANDLERS::contains))
			.orElseThrow(() -> DomainException.validation("handlerUsername", "not an officer"));
		if (ReportVisibilityPolicy.isAccused(viewers.of(handler), report.accusedCadreNos(), report.accusedUnitCodes())) {
			throw DomainException.conflict("RECUSAL_REQUIRED", "the handler is accused or belongs to an accused unit");
		}
		return handler;
	}

	/** Notifies the office's officers and director who may see the report; no content, only a link. */
	void notifyOffice(Report report, NotificationKind kind, String dedupeKey) {
		List<String> recipients = officeRecipients(report, HANDLERS);
		if (!recipients.isEmpty()) {
			notifications.notify(recipients, kind, link(report), dedupeKey);
		}
	}

	private void notifyDirectors(Report report) {
		List<String> directors = officeRecipients(report, DIRECTORS);
		if (!directors.isEmpty()) {
			notifications.notify(directors, NotificationKind.GENERIC_NEW_ITEM, "/reports/approvals",
					"report:" + report.getId() + ":approval:" + report.getSteps().size());
		}
	}

	List<String> officeRecipients(Report report, Set<Role> roles) {
		List<String> recipients = new ArrayList<>();
		for (Role role : roles) {
			for (CurrentUser u : access.usersWithRole(role)) {
				if (!recipients.contains(u.username()) && ReportVisibilityPolicy.maySee(viewers.of(u), report)) {
					recipients.add(u.username());
				}
			}
		}
		return recipients;
	}

	static String link(Report report) {
		return "/reports/" + report.getId();
	}

	static String id(Report report) {
		return String.valueOf(report.getId());
	}

	static Optional<Long> parse(String id) {
		if (id == null || id.isBlank() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}

	static DomainException notFound() {
		return DomainException.notFound("REPORT_NOT_FOUND", "report not found");
	}

	private Act act(String actor) {
		Instant now = Instant.now(clock);
		return new Act(actor, now, today());
	}

	private LocalDate today() {
		return deadlines.today();
	}

	private static String required(String field, String value, int max) {
		String v = blankToNull(value);
		if (v == null) {
			throw DomainException.validation(field, "required");
		}
		if (v.length() > max) {
			throw DomainException.validation(field, "at most " + max + " characters");
		}
		return v;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
