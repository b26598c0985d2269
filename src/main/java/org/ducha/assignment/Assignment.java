package org.ducha.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.hibernate.Hibernate;

/**
 * An assignment (交办单, SPEC §6): what a unit was handed, with its dates and the one lifecycle
 * ISSUED → SIGNED → IN_PROGRESS → SUBMITTED → CLOSED, or RETURNED back to work. Each step is a
 * method named for it that checks the state (otherwise 409 ILLEGAL_TRANSITION) and records a
 * timeline step. Who may take a step is decided by {@link Assignments}; the light is computed from
 * {@code dueOn} when read.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

	/** Statuses in which the unit may report progress. */
	static final Set<AssignmentStatus> WORKING = EnumSet.of(AssignmentStatus.SIGNED, AssignmentStatus.IN_PROGRESS,
			AssignmentStatus.RETURNED);

	@Id
	@Column(length = 36)
	private String id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private AssignmentKind kind;

	@Column(name = "source_id", nullable = false, length = 100, updatable = false)
	private String sourceId;

	@Column(name = "unit_code", nullable = false, length = 40, updatable = false)
	private String unitCode;

	@Column(name = "responsible_leader_no", length = 40)
	private String responsibleLeaderNo;

	@Column(name = "contact_username", length = 100)
	private String contactUsername;

	@Column(length = 4000)
	private String instructions;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AssignmentStatus status;

	@Column(name = "issued_by", nullable = false, length = 100, updatable = false)
	private String issuedBy;

	@Column(name = "issued_on", nullable = false, updatable = false)
	private LocalDate issuedOn;

	@Column(name = "original_due_on", nullable = false, updatable = false)
	private LocalDate originalDueOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "sign_due_on", nullable = false, updatable = false)
	private LocalDate signDueOn;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "signed_late", nullable = false)
	private boolean signedLate;

	@Column(nullable = false)
	private int percent;

	@Column(name = "result_text", length = 4000)
	private String resultText;

	@Column(name = "submitted_on")
	private LocalDate submittedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "returned_count", nullable = false)
	private int returnedCount;

	@Column(nullable = false)
	private boolean flagged;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "assignment_metric_target", joinColumns = @JoinColumn(name = "assignment_id"))
	@MapKeyColumn(name = "metric", length = 100)
	@Column(name = "target", nullable = false, precision = 19, scale = 4)
	private Map<String, BigDecimal> metricTargets = new LinkedHashMap<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "assignment_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<AssignmentStep> steps = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "assignment_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<ProgressReport> progressReports = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "assignment_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<ExtensionRequest> extensions = new ArrayList<>();

	protected Assignment() {
	}

	/** Issues an assignment (已交办); the unit is to sign by {@code signDueOn}. */
	static Assignment issue(NewAssignment draft, LocalDate signDueOn, Act act) {
		Assignment a = new Assignment();
		a.id = UUID.randomUUID().toString();
		a.kind = draft.kind();
		a.sourceId = draft.sourceId();
		a.unitCode = draft.unitCode();
		a.responsibleLeaderNo = draft.responsibleLeaderCadreNo();
		a.contactUsername = draft.contactUsername();
		a.instructions = draft.instructions();
		a.status = AssignmentStatus.ISSUED;
		a.issuedBy = act.actor();
		a.issuedOn = draft.issuedOn();
		a.originalDueOn = draft.dueOn();
		a.dueOn = draft.dueOn();
		a.signDueOn = signDueOn;
		a.createdAt = act.at();
		a.metricTargets.putAll(draft.metricTargets());
		a.step(act, "ISSUED", "dueOn=" + draft.dueOn());
		return a;
	}

	/** The unit signs for it (签收); signing after the sign-by date is recorded as late (未按时签收). */
	void sign(Act act) {
		require("sign", EnumSet.of(AssignmentStatus.ISSUED));
		status = AssignmentStatus.SIGNED;
		signedOn = act.today();
		signedLate = act.today().isAfter(signDueOn);
		step(act, signedLate ? "SIGNED_LATE" : "SIGNED", null);
	}

	/** The unit reports progress; it is then IN_PROGRESS (also after a return). */
	ProgressReport reportProgress(Act act, String text, int percent, Map<String, BigDecimal> metricValues) {
		require("progress", WORKING);
		ProgressReport report = new ProgressReport(act, text, percent, metricValues);
		progressReports.add(report);
		this.percent = percent;
		status = AssignmentStatus.IN_PROGRESS;
		step(act, "PROGRESS", percent + "% " + text);
		return report;
	}

	/** The unit submits its result (报结/申请销号); evidence is checked and linked by {@link Assignments}. */
	void submit(Act act, String result) {
		require("submit", EnumSet.of(AssignmentStatus.IN_PROGRESS));
		status = AssignmentStatus.SUBMITTED;
		resultText = result;
		submittedOn = act.today();
		step(act, "SUBMITTED", result);
	}

	/** The issuer accepts the result (办结/销号). */
	void close(Act act) {
		require("close", EnumSet.of(AssignmentStatus.SUBMITTED));
		status = AssignmentStatus.CLOSED;
		closedOn = act.today();
		extensions.stream().filter(ExtensionRequest::isPending).forEach(e -> e.decide(act, false));
		step(act, "CLOSED", null);
	}

	/** The issuer returns the result with a reason (退回); counted. */
	void returnResult(Act act, String reason) {
		require("return", EnumSet.of(AssignmentStatus.SUBMITTED));
		status = AssignmentStatus.RETURNED;
		returnedCount++;
		step(act, "RETURNED", reason);
	}

	/** The unit asks for a later due date, before the due date passes, one request at a time. */
	ExtensionRequest requestExtension(Act act, LocalDate newDueOn, String reason) {
		require("extension-request", WORKING);
		if (act.today().isAfter(dueOn)) {
			throw DomainException.conflict("EXTENSION_AFTER_DUE_DATE", "an extension must be asked before the due date");
		}
		if (pendingExtension().isPresent()) {
			throw DomainException.conflict("EXTENSION_PENDING", "an extension request is already pending");
		}
		if (!newDueOn.isAfter(dueOn)) {
			throw DomainException.validation("newDueOn", "must be after the current due date");
		}
		ExtensionRequest request = new ExtensionRequest(act, dueOn, newDueOn, reason);
		extensions.add(request);
		step(act, "EXTENSION_REQUESTED", newDueOn + " " + reason);
		return request;
	}

	/** The issuer approves (the due date becomes the new date) or refuses a pending extension request. */
	ExtensionRequest decideExtension(Act act, long requestId, boolean approve) {
		ExtensionRequest request = extensions.stream()
			.filter(e -> e.getId() == requestId)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("EXTENSION_REQUEST_NOT_FOUND", "no such extension request"));
		if (!request.isPending() || !status.isOpen()) {
			throw DomainException.illegalTransition(request.getStatus(), approve ? "approve" : "refuse");
		}
		request.decide(act, approve);
		if (approve) {
			dueOn = request.getNewDueOn();
		}
		step(act, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", String.valueOf(request.getNewDueOn()));
		return request;
	}

	/** An officer urges the unit by hand (催办), any time while open. */
	void urge(Act act, String text) {
		require("urge", EnumSet.complementOf(EnumSet.of(AssignmentStatus.CLOSED)));
		step(act, "URGED", text);
	}

	/** Marks it as a candidate for accountability (the flag row itself is kept by {@link Assignments}). */
	void markFlagged(Act act, FlagReason reason) {
		flagged = true;
		step(act, "FLAGGED_" + reason.name(), null);
	}

	Assignment loaded() {
		Hibernate.initialize(steps);
		Hibernate.initialize(progressReports);
		progressReports.forEach(p -> Hibernate.initialize(p.metricValuesForLoading()));
		Hibernate.initialize(extensions);
		Hibernate.initialize(metricTargets);
		return this;
	}

	private void require(String action, Set<AssignmentStatus> allowed) {
		if (!allowed.contains(status)) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	private void step(Act act, String action, String note) {
		steps.add(new AssignmentStep(act, action, note == null ? null : truncate(note)));
	}

	private static String truncate(String note) {
		return note.length() > 4000 ? note.substring(0, 4000) : note;
	}

	public Optional<ExtensionRequest> pendingExtension() {
		return extensions.stream().filter(ExtensionRequest::isPending).findFirst();
	}

	/** The due dates in force one after the other: the original, then each approved extension's. */
	public List<LocalDate> dueDateHistory() {
		List<LocalDate> dates = new ArrayList<>();
		dates.add(originalDueOn);
		extensions.stream()
			.filter(e -> e.getStatus() == ExtensionStatus.APPROVED)
			.map(ExtensionRequest::getNewDueOn)
			.forEach(dates::add);
		return dates;
	}

	/** Signed late, or still not signed after the sign-by date (未按时签收). */
	public boolean isSignedLate(LocalDate today) {
		return signedLate || (status == AssignmentStatus.ISSUED && today.isAfter(signDueOn));
	}

	public String getId() {
		return id;
	}

	public AssignmentKind getKind() {
		return kind;
	}

	public String getSourceId() {
		return sourceId;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getResponsibleLeaderNo() {
		return responsibleLeaderNo;
	}

	public String getContactUsername() {
		return contactUsername;
	}

	public String getInstructions() {
		return instructions;
	}

	public AssignmentStatus getStatus() {
		return status;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getOriginalDueOn() {
		return originalDueOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getSignDueOn() {
		return signDueOn;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public int getPercent() {
		return percent;
	}

	public String getResultText() {
		return resultText;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public int getReturnedCount() {
		return returnedCount;
	}

	public boolean isFlagged() {
		return flagged;
	}

	public Map<String, BigDecimal> getMetricTargets() {
		return Map.copyOf(metricTargets);
	}

	public List<AssignmentStep> getSteps() {
		return List.copyOf(steps);
	}

	public List<ProgressReport> getProgressReports() {
		return List.copyOf(progressReports);
	}

	public List<ExtensionRequest> getExtensions() {
		return List.copyOf(extensions);
	}
}
