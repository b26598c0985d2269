package org.ducha.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection findings (明察暗访, SPEC §6.1). An INSPECTOR records a finding with photos and sees only
 * their own findings; the office (OFFICER, OFFICE_DIRECTOR; LEADER reads) sees all, turns one into a
 * problem (source INSPECTION) or dismisses it with a reason. A finding the caller may not see
 * answers FINDING_NOT_FOUND (404) exactly like a missing one.
 */
@Service
@Transactional(readOnly = true)
public class InspectionFindings {

	static final String OWNER_TYPE = "INSPECTION_FINDING";
	static final String AUDIT_TYPE = "InspectionFinding";
	static final Set<Role> OFFICE_READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);

	private final InspectionFindingRepository findings;
	private final Problems problems;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Attachments attachments;
	private final WorkingCalendar calendar;
	private final AccessControl access;
	private final AuditLog audit;
	private final FindingIdempotency idempotency;
	private final ProblemIdempotency problemKeys;
	private final Clock clock;
	private final org.ducha.shared.EntityStreams streams;

	InspectionFindings(InspectionFindingRepository findings, Problems problems, Organization organization,
			Taxonomies taxonomies, Attachments attachments, WorkingCalendar calendar, AccessControl access, AuditLog audit,
			FindingIdempotency idempotency, Clock clock, org.ducha.shared.EntityStreams streams,
			ProblemIdempotency problemKeys) {
		this.streams = streams;
		this.problemKeys = problemKeys;
		this.findings = findings;
		this.idempotency = idempotency;
		this.problems = problems;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.attachments = attachments;
		this.calendar = calendar;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a finding of the current INSPECTOR with its photos. */
	@Transactional
	public InspectionFinding record(NewFinding draft) {
		return record(draft, null);
	}

	/**
	 * {@link #record(NewFinding)} with an {@code Idempotency-Key}: the same key from the same inspector
	 * within 24 hours returns the finding first recorded and records nothing.
	 */
	@Transactional
	public InspectionFinding record(NewFinding draft, String idempotencyKey) {
		CurrentUser user = access.currentUser();
		if (!user.hasRole(Role.INSPECTOR)) {
			throw DomainException.forbidden("only inspectors record findings");
		}
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null) {
			Optional<InspectionFinding> earlier = idempotency.find(user.username(), key, Instant.now(clock))
				.flatMap(findings::findById);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		InspectionFinding recorded = recordFor(draft, user);
		if (key != null) {
			idempotency.remember(user.username(), key, recorded.getId(), Instant.now(clock));
		}
		return recorded;
	}

	private InspectionFinding recordFor(NewFinding draft, CurrentUser user) {
		validate(draft);
		Instant observedAt = draft.observedAt().atZone(calendar.zone()).toInstant();
		InspectionFinding finding = findings.saveAndFlush(InspectionFinding.record(user.username(),
				draft.unitCode().strip(), draft.categoryCode().strip(), draft.place().strip(), observedAt,
				draft.description().strip(), Instant.now(clock)));
		if (!draft.attachmentIds().isEmpty()) {
			attachments.linkTo(draft.attachmentIds(), OWNER_TYPE, id(finding), user.username());
		}
		audit.record("FINDING_RECORDED", AUDIT_TYPE, id(finding), "unit=" + finding.getUnitCode() + " photos="
				+ draft.attachmentIds().size());
		return finding;
	}

	/** Checks a draft without saving it: VALIDATION_FAILED listing every offending field. */
	public void validate(NewFinding d) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (d.unitCode() == null || d.unitCode().isBlank()) {
			errors.add(new DomainException.FieldError("unitCode", "required"));
		}
		else if (organization.findUnit(d.unitCode().strip()).isEmpty()) {
			errors.add(new DomainException.FieldError("unitCode", "unknown unit"));
		}
		if (d.categoryCode() == null || d.categoryCode().isBlank()) {
			errors.add(new DomainException.FieldError("categoryCode", "required"));
		}
		else if (!taxonomies.isActiveCategory(d.categoryCode().strip())) {
			errors.add(new DomainException.FieldError("categoryCode", "unknown or retired category"));
		}
		if (d.place() == null || d.place().isBlank()) {
			errors.add(new DomainException.FieldError("place", "required"));
		}
		else if (d.place().strip().length() > 300) {
			errors.add(new DomainException.FieldError("place", "at most 300 characters"));
		}
		if (d.observedAt() == null) {
			errors.add(new DomainException.FieldError("observedAt", "required"));
		}
		else if (d.observedAt().isAfter(LocalDateTime.ofInstant(clock.instant(), calendar.zone()).plusMinutes(5))) {
			errors.add(new DomainException.FieldError("observedAt", "not in the future"));
		}
		if (d.description() == null || d.description().isBlank()) {
			errors.add(new DomainException.FieldError("description", "required"));
		}
		else if (d.description().strip().length() > 4000) {
			errors.add(new DomainException.FieldError("description", "at most 4000 characters"));
		}
		if (d.attachmentIds().size() > 20) {
			errors.add(new DomainException.FieldError("attachmentIds", "at most 20 photos"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	/** The findings the current user sees: an inspector their own, the office all (optionally by status). */
	public Page<InspectionFinding> list(FindingStatus status, Pageable pageable) {
		CurrentUser user = access.currentUser();
		if (isOffice(user)) {
			return status == null ? findings.findAll(pageable) : findings.findByStatus(status, pageable);
		}
		if (user.hasRole(Role.INSPECTOR)) {
			return findings.findByRecordedBy(user.username(), pageable)
				.map(f -> f);
		}
		throw DomainException.forbidden("role may not see findings");
	}

	/**
	 * The findings of {@link #list} (the same visibility, newest first), handed to {@code sink} one at a
	 * time from a database cursor: the .xlsx export in bounded memory. Returns how many there were.
	 */
	public long forEach(FindingStatus status, java.util.function.Consumer<InspectionFinding> sink) {
		CurrentUser user = requireReader();
		org.springframework.data.jpa.domain.Specification<InspectionFinding> spec;
		if (isOffice(user)) {
			spec = (root, query, cb) -> status == null ? cb.conjunction() : cb.equal(root.get("status"), status);
		}
		else if (user.hasRole(Role.INSPECTOR)) {
			spec = (root, query, cb) -> cb.equal(root.get("recordedBy"), user.username());
		}
		else {
			throw DomainException.forbidden("role may not see findings");
		}
		return streams.forEachChunk(InspectionFinding.class, spec,
				org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("observedAt"),
						org.springframework.data.domain.Sort.Order.desc("id")),
				500, chunk -> chunk.forEach(sink));
	}

	/** The current user if he may read findings (an inspector or the office); otherwise 403. */
	public CurrentUser requireReader() {
		CurrentUser user = access.currentUser();
		if (!isOffice(user) && !user.hasRole(Role.INSPECTOR)) {
			throw DomainException.forbidden("role may not see findings");
		}
		return user;
	}

	/** A finding the current user sees; otherwise FINDING_NOT_FOUND (404). */
	public InspectionFinding get(String id) {
		CurrentUser user = access.currentUser();
		if (!isOffice(user) && !user.hasRole(Role.INSPECTOR)) {
			throw DomainException.forbidden("role may not see findings");
		}
		return visible(id, user).orElseThrow(InspectionFindings::notFound);
	}

	public List<AttachmentInfo> photosOf(InspectionFinding finding) {
		return attachments.listOwnedBy(OWNER_TYPE, id(finding));
	}

	/** Turns a finding into a problem with source INSPECTION (OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public ProblemView convert(String id, NewProblem draft) {
		return convert(id, draft, null);
	}

	/**
	 * {@link #convert(String, NewProblem)} with an {@code Idempotency-Key}: the same key from the same user
	 * for the same finding within 24 hours returns the problem first created, whatever the second body
	 * says, and creates nothing. The key is kept with the problems' keys, scoped to the finding.
	 */
	@Transactional
	public ProblemView convert(String id, NewProblem draft, String idempotencyKey) {
		CurrentUser user = problems.requireIssuer();
		InspectionFinding finding = visible(id, user).orElseThrow(InspectionFindings::notFound);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
				: "inspection-finding:" + finding.getId() + ":" + idempotencyKey.strip();
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<Long> earlier = problemKeys.find(user.username(), key, now);
			if (earlier.isPresent()) {
				return problems.get(String.valueOf(earlier.get()));
			}
		}
		finding.requireUndecided("convert");
		ProblemView view = problems.issueFrom(draft.withSource(ProblemSource.INSPECTION), finding.getId(), null);
		finding.convertInto(view.problem().getId(), user.username(), calendar.today());
		findings.save(finding);
		audit.record("FINDING_CONVERTED", AUDIT_TYPE, id(finding), "problem=" + view.problem().getId());
		if (key != null) {
			problemKeys.remember(user.username(), key, view.problem().getId(), now);
		}
		return view;
	}

	/** Dismisses a finding with a reason (OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public InspectionFinding dismiss(String id, String reason) {
		CurrentUser user = problems.requireIssuer();
		InspectionFinding finding = visible(id, user).orElseThrow(InspectionFindings::notFound);
		if (reason == null || reason.isBlank()) {
			throw DomainException.validation("reason", "required");
		}
		if (reason.strip().length() > 2000) {
			throw DomainException.validation("reason", "at most 2000 characters");
		}
		finding.dismiss(reason.strip(), user.username(), calendar.today());
		findings.save(finding);
		audit.record("FINDING_DISMISSED", AUDIT_TYPE, id(finding), "status=DISMISSED");
		return finding;
	}

	public long countAwaiting() {
		return findings.countByStatus(FindingStatus.RECORDED);
	}

	public long countRecordedBy(String username) {
		return findings.countByRecordedBy(username);
	}

	/** Whether this user sees the finding (its owner, or the office): for its photos. */
	boolean maySee(String id, CurrentUser user) {
		return visible(id, user).isPresent();
	}

	private Optional<InspectionFinding> visible(String id, CurrentUser user) {
		return Problems.parse(id).flatMap(findings::findById)
			.filter(f -> isOffice(user) || (user.hasRole(Role.INSPECTOR) && f.getRecordedBy().equals(user.username())));
	}

	static boolean isOffice(CurrentUser user) {
		return user.roles().stream().anyMatch(OFFICE_READERS::contains);
	}

	static String id(InspectionFinding finding) {
		return String.valueOf(finding.getId());
	}

	static DomainException notFound() {
		return DomainException.notFound("FINDING_NOT_FOUND", "finding not found");
	}
}
