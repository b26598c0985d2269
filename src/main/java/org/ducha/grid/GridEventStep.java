package org.ducha.grid;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a grid event's timeline: who did what when (action codes are message keys grid.step.*). */
@Entity
@Table(name = "grid_event_step")
public class GridEventStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(nullable = false, length = 40)
	private String action;

	@Column(length = 2000)
	private String detail;

	protected GridEventStep() {
	}

	GridEventStep(Long eventId, Instant at, String actor, String action, String detail) {
		this.eventId = eventId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.detail = detail;
	}

	public Long getId() {
		return id;
	}

	public Long getEventId() {
		return eventId;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getDetail() {
		return detail;
	}
}
