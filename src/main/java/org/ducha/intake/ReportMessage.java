package org.ducha.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message between the reporter and the office; {@code author} is the officer and is never shown to the reporter. */
@Entity
@Table(name = "report_message")
public class ReportMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false)
	private Long reportId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MessageSender sender;

	@Column(length = 100)
	private String author;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected ReportMessage() {
	}

	ReportMessage(Long reportId, MessageSender sender, String author, String text, Instant sentAt) {
		this.reportId = reportId;
		this.sender = sender;
		this.author = author;
		this.text = text;
		this.sentAt = sentAt;
	}

	public Long getId() {
		return id;
	}

	public Long getReportId() {
		return reportId;
	}

	public MessageSender getSender() {
		return sender;
	}

	public String getAuthor() {
		return author;
	}

	public String getText() {
		return text;
	}

	public Instant getSentAt() {
		return sentAt;
	}
}
