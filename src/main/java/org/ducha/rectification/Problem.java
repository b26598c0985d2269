package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A problem (问题, SPEC §6.1): found in a unit, worded by the office, handed to the unit as an
 * assignment of kind PROBLEM and closed out (销号) when the issuer closes that assignment. The
 * report a problem came from is kept by id only, for the office; nothing of the report reaches the unit.
 */
@Entity
@Table(name = "problem")
public class Problem extends AbstractAggregateRoot<Problem> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(length = 4000)
	private String measures;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProblemSource source;

	@Column(name = "found_on", nullable = false)
	private LocalDate foundOn;

	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(name = "report_id", length = 40)
	private String reportId;

	@Column(name = "finding_id")
	private Long findingId;

	@Column(name = "self_examination_item_id")
	private Long selfExaminationItemId;

	@Column(name = "recurrence_of_id")
	private Long recurrenceOfId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProblemStatus status;

	@Column(name = "assignment_id", length = 64)
	private String assignmentId;

	@Column(name = "issued_by", nullable = false, length = 100)
	private String issuedBy;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "problem_cadre", joinColumns = @JoinColumn(name = "problem_id"))
	@OrderColumn(name = "position")
	@Column(name = "cadre_no", nullable = false, length = 40)
	private List<String> responsibleCadreNos = new ArrayList<>();

	protected Problem() {
	}

	/** What a new problem is made of; the origin ids are null unless it came from there. */
	record Record(String unitCode, String categoryCode, String description, String measures, Severity severity,
			ProblemSource source, LocalDate foundOn, Long campaignId, List<String> responsibleCadreNos, String reportId,
			Long findingId, Long selfExaminationItemId) {
	}

	/** A problem found and about to be handed to its unit; {@code recurrenceOf} is the earlier closed one, or null. */
	static Problem find(Record record, Problem recurrenceOf, String issuedBy, Instant now) {
		Problem problem = new Problem();
		problem.unitCode = record.unitCode();
		problem.categoryCode = record.categoryCode();
		problem.description = record.description();
		problem.measures = record.measures();
		problem.severity = record.severity();
		problem.source = record.source();
		problem.foundOn = record.foundOn();
		problem.campaignId = record.campaignId();
		problem.responsibleCadreNos = new ArrayList<>(record.responsibleCadreNos());
		problem.reportId = record.reportId();
		problem.findingId = record.findingId();
		problem.selfExaminationItemId = record.selfExaminationItemId();
		problem.recurrenceOfId = recurrenceOf == null ? null : recurrenceOf.getId();
		problem.status = ProblemStatus.OPEN;
		problem.issuedBy = issuedBy;
		problem.createdAt = now;
		return problem;
	}

	/** Records the assignment that carries this problem to the unit, once. */
	void handOver(String assignmentId) {
		if (this.assignmentId != null) {
			throw DomainException.illegalTransition(status, "handOver");
		}
		this.assignmentId = assignmentId;
		registerEvent(new ProblemIssued(String.valueOf(id), assignmentId, unitCode, categoryCode, source,
				recurrenceOfId == null ? null : String.valueOf(recurrenceOfId), foundOn));
	}

	/** The unit reported progress: the problem is being rectified. Returns whether the status changed. */
	boolean startRectifying() {
		if (status != ProblemStatus.OPEN) {
			return false;
		}
		status = ProblemStatus.RECTIFYING;
		return true;
	}

	/** Close-out (销号): the issuer closed the assignment after accepting result and evidence. */
	void closeOut(LocalDate on) {
		if (status == ProblemStatus.CLOSED) {
			throw DomainException.illegalTransition(status, "closeOut");
		}
		status = ProblemStatus.CLOSED;
		closedOn = on;
		registerEvent(new ProblemClosed(String.valueOf(id), unitCode, categoryCode, on));
	}

	public Long getId() {
		return id;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getDescription() {
		return description;
	}

	public String getMeasures() {
		return measures;
	}

	public Severity getSeverity() {
		return severity;
	}

	public ProblemSource getSource() {
		return source;
	}

	public LocalDate getFoundOn() {
		return foundOn;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public String getReportId() {
		return reportId;
	}

	public Long getFindingId() {
		return findingId;
	}

	public Long getSelfExaminationItemId() {
		return selfExaminationItemId;
	}

	public Long getRecurrenceOfId() {
		return recurrenceOfId;
	}

	public ProblemStatus getStatus() {
		return status;
	}

	public String getAssignmentId() {
		return assignmentId;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<String> getResponsibleCadreNos() {
		return List.copyOf(responsibleCadreNos);
	}
}
