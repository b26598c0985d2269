package org.ducha.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A supervised task (督查督办, SPEC §7): where it comes from, its lead unit and co-units (each with
 * the assignment that carries its part), the responsible district leader, the final deadline,
 * quantitative targets, milestones scheduled backwards from the deadline, and the reporting
 * frequency. It is IN_PROGRESS while any unit's part is open, COMPLETED when all are closed, and
 * RATED once the office rated each unit's completion.
 */
@Entity
@Table(name = "supervised_task")
public class SupervisedTask extends AbstractAggregateRoot<SupervisedTask> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TaskSource source;

	@Column(name = "source_name", length = 200)
	private String sourceName;

	@Column(name = "item_number", length = 40)
	private String itemNumber;

	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(name = "lead_unit_code", nullable = false, length = 40)
	private String leadUnitCode;

	@Column(name = "responsible_cadre_no", nullable = false, length = 40)
	private String responsibleCadreNo;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(nullable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportingFrequency frequency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TaskStatus status;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private CompletionRating rating;

	@Column(name = "rating_comment", length = 1000)
	private String ratingComment;

	@Column(name = "rated_on")
	private LocalDate ratedOn;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "task_id", nullable = false)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<TaskUnit> units = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "task_id", nullable = false)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Milestone> milestones = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "supervised_task_target", joinColumns = @JoinColumn(name = "task_id"))
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<QuantitativeTarget> targets = new ArrayList<>();

	protected SupervisedTask() {
	}

	/** What a new task is made of, already checked by {@link SupervisedTasks}. */
	record Plan(String title, String description, TaskSource source, String sourceName, String itemNumber,
			Long campaignId, String leadUnitCode, List<String> coUnitCodes, String responsibleCadreNo,
			LocalDate issuedOn, LocalDate deadline, ReportingFrequency frequency, List<NewTarget> targets,
			List<ScheduledMilestone> milestones, String createdBy, Instant createdAt) {
	}

	/** A milestone with its computed date. */
	record ScheduledMilestone(String name, int workingDaysBefore, LocalDate dueOn) {
	}

	static SupervisedTask plan(Plan plan) {
		SupervisedTask task = new SupervisedTask();
		task.title = plan.title();
		task.description = plan.description();
		task.source = plan.source();
		task.sourceName = plan.sourceName();
		task.itemNumber = plan.itemNumber();
		task.campaignId = plan.campaignId();
		task.leadUnitCode = plan.leadUnitCode();
		task.responsibleCadreNo = plan.responsibleCadreNo();
		task.issuedOn = plan.issuedOn();
		task.deadline = plan.deadline();
		task.frequency = plan.frequency();
		task.status = TaskStatus.IN_PROGRESS;
		task.createdBy = plan.createdBy();
		task.createdAt = plan.createdAt();
		task.units.add(new TaskUnit(0, plan.leadUnitCode(), UnitRole.LEAD));
		for (String co : plan.coUnitCodes()) {
			task.units.add(new TaskUnit(task.units.size(), co, UnitRole.CO));
		}
		for (NewTarget t : plan.targets()) {
			task.targets.add(new QuantitativeTarget(task.targets.size(), t.metric(), t.measureUnit(), t.targetValue()));
		}
		for (ScheduledMilestone m : plan.milestones()) {
			task.milestones.add(new Milestone(task.milestones.size(), m.name(), m.workingDaysBefore(), m.dueOn()));
		}
		return task;
	}

	void issuedTo(String unitCode, String assignmentId) {
		unit(unitCode).orElseThrow().issuedAs(assignmentId);
	}

	/** A unit's progress report on its assignment; ignored once the task is no longer in progress. */
	void progressReported(String unitCode, int percent, LocalDate on) {
		unit(unitCode).ifPresent(u -> u.reported(percent, on));
	}

	/**
	 * A unit's assignment was closed; when every unit's is, the task is completed that day and
	 * {@link TaskCompleted} is published.
	 */
	void unitClosed(String unitCode, LocalDate on) {
		if (status != TaskStatus.IN_PROGRESS) {
			return;
		}
		Optional<TaskUnit> unit = unit(unitCode);
		if (unit.isEmpty() || unit.get().isClosed()) {
			return;
		}
		unit.get().closed(on);
		if (units.stream().allMatch(TaskUnit::isClosed)) {
			status = TaskStatus.COMPLETED;
			completedOn = on;
			registerEvent(new TaskCompleted(String.valueOf(id), on));
		}
	}

	/**
	 * The office's rating of the completion: one rating for the task, and one per unit (a unit not
	 * named in {@code unitRatings} gets the task's rating). Only a COMPLETED task can be rated.
	 */
	void rate(CompletionRating overall, Map<String, CompletionRating> unitRatings, String comment, LocalDate on) {
		if (status != TaskStatus.COMPLETED) {
			throw DomainException.illegalTransition(status, "rate");
		}
		for (String code : unitRatings.keySet()) {
			if (unit(code).isEmpty()) {
				throw DomainException.validation("unitRatings." + code, "not a unit of this task");
			}
		}
		this.rating = overall;
		this.ratingComment = comment;
		this.ratedOn = on;
		this.status = TaskStatus.RATED;
		for (TaskUnit u : units) {
			u.rate(unitRatings.getOrDefault(u.getUnitCode(), overall), on);
		}
		registerEvent(new TaskRated(String.valueOf(id), overall, on));
	}

	/** Sets a milestone's date by hand (kept as overridden); refused once the task is no longer in progress. */
	Milestone rescheduleMilestone(long milestoneId, LocalDate dueOn) {
		if (status != TaskStatus.IN_PROGRESS) {
			throw DomainException.illegalTransition(status, "rescheduleMilestone");
		}
		Milestone milestone = milestone(milestoneId);
		milestone.reschedule(dueOn);
		return milestone;
	}

	Milestone markMilestoneDone(long milestoneId, LocalDate on) {
		if (status == TaskStatus.RATED) {
			throw DomainException.illegalTransition(status, "markMilestoneDone");
		}
		Milestone milestone = milestone(milestoneId);
		milestone.markDone(on);
		return milestone;
	}

	Milestone reopenMilestone(long milestoneId) {
		if (status != TaskStatus.IN_PROGRESS) {
			throw DomainException.illegalTransition(status, "reopenMilestone");
		}
		Milestone milestone = milestone(milestoneId);
		milestone.reopen();
		return milestone;
	}

	private Milestone milestone(long milestoneId) {
		return milestones.stream()
			.filter(m -> m.getId() != null && m.getId() == milestoneId)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("MILESTONE_NOT_FOUND", "no such milestone"));
	}

	/** Loads the units, milestones and targets, for use after the transaction. */
	SupervisedTask loaded() {
		units.size();
		milestones.size();
		targets.size();
		return this;
	}

	public Optional<TaskUnit> unit(String unitCode) {
		return units.stream().filter(u -> u.getUnitCode().equals(unitCode)).findFirst();
	}

	public boolean involves(String unitCode) {
		return unit(unitCode).isPresent();
	}

	/** The milestones in date order. */
	public List<Milestone> milestonesByDate() {
		return milestones.stream()
			.sorted(Comparator.comparing(Milestone::getDueOn).thenComparing(Milestone::getPosition))
			.toList();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public TaskSource getSource() {
		return source;
	}

	public String getSourceName() {
		return sourceName;
	}

	public String getItemNumber() {
		return itemNumber;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public String getLeadUnitCode() {
		return leadUnitCode;
	}

	public List<String> getCoUnitCodes() {
		return units.stream().filter(u -> u.getRole() == UnitRole.CO).map(TaskUnit::getUnitCode).toList();
	}

	public String getResponsibleCadreNo() {
		return responsibleCadreNo;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public ReportingFrequency getFrequency() {
		return frequency;
	}

	public TaskStatus getStatus() {
		return status;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public CompletionRating getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public LocalDate getRatedOn() {
		return ratedOn;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<TaskUnit> getUnits() {
		return List.copyOf(units);
	}

	public List<Milestone> getMilestones() {
		return List.copyOf(milestones);
	}

	public List<QuantitativeTarget> getTargets() {
		return List.copyOf(targets);
	}
}
