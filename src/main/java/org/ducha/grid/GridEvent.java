package org.ducha.grid;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A grid event (网格事项): something a grid member of a community or township saw at a place, routed to the
 * responsible department as an assignment of kind GRID_EVENT. The stage kept here mirrors that assignment's
 * lifecycle (set from its events, for filtering); the assignment itself is the one record of the handling.
 */
@Entity
@Table(name = "grid_event")
@DynamicUpdate
public class GridEvent extends AbstractAggregateRoot<GridEvent> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "area_unit_code", nullable = false, length = 40)
	private String areaUnitCode;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	@Column(name = "reporter_username", nullable = false, length = 100)
	private String reporterUsername;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private GridStage stage;

	@Column(name = "routed_unit_code", length = 40)
	private String routedUnitCode;

	@Column(name = "assignment_id", length = 64)
	private String assignmentId;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private GridRating rating;

	@Column(name = "rating_comment", length = 2000)
	private String ratingComment;

	@Column(name = "rated_by", length = 100)
	private String ratedBy;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@Version
	private long version;

	protected GridEvent() {
	}

	static GridEvent report(String areaUnitCode, String categoryCode, String place, String description,
			Instant reportedAt, String reporterUsername) {
		GridEvent event = new GridEvent();
		event.areaUnitCode = areaUnitCode;
		event.categoryCode = categoryCode;
		event.place = place;
		event.description = description;
		event.reportedAt = reportedAt;
		event.reporterUsername = reporterUsername;
		event.stage = GridStage.AWAITING_ROUTING;
		return event;
	}

	/** Records the department it was issued to; only while it waits for routing. */
	void route(String unitCode, String assignmentId) {
		if (stage != GridStage.AWAITING_ROUTING || this.assignmentId != null) {
			throw DomainException.illegalTransition(stage, "route");
		}
		this.routedUnitCode = unitCode;
		this.assignmentId = assignmentId;
		this.stage = GridStage.DISPATCHED;
		registerEvent(new GridEventRouted(id, unitCode, assignmentId));
	}

	/**
	 * The office's rating, only while the department's result waits for it (the assignment SUBMITTED); an
	 * unsatisfied rating needs a comment (it is the reason the result goes back).
	 */
	void rate(GridStage current, GridRating rating, String comment, String by, Instant at) {
		if (current != GridStage.FEEDBACK) {
			throw DomainException.illegalTransition(current, "rate");
		}
		this.rating = rating;
		this.ratingComment = comment;
		this.ratedBy = by;
		this.ratedAt = at;
		registerEvent(new GridEventRated(id, rating, routedUnitCode));
	}

	public Long getId() {
		return id;
	}

	public String getAreaUnitCode() {
		return areaUnitCode;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getPlace() {
		return place;
	}

	public String getDescription() {
		return description;
	}

	public Instant getReportedAt() {
		return reportedAt;
	}

	public String getReporterUsername() {
		return reporterUsername;
	}

	public GridStage getStage() {
		return stage;
	}

	public String getRoutedUnitCode() {
		return routedUnitCode;
	}

	public String getAssignmentId() {
		return assignmentId;
	}

	public GridRating getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public String getRatedBy() {
		return ratedBy;
	}

	public Instant getRatedAt() {
		return ratedAt;
	}
}
