package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.calendar.TrafficLight;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A report (信访举报, SPEC §5): registered from a channel, triaged (accepted, not accepted,
 * transferred, merged), disposed of under an approved disposal, concluded with a finding, answered,
 * rated and once reviewed. Each state change is a method named for the step; it checks the current
 * state (otherwise 409 ILLEGAL_TRANSITION), records a timeline step and keeps the running clock.
 * The reporter's identity is not here: it lives encrypted in the identity vault.
 */
@Entity
@Table(name = "report")
@Indexed(index = "report")
public class Report extends AbstractAggregateRoot<Report> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tracking_number", nullable = false, length = 20, updatable = false)
	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportChannel channel;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus status;

	@Column(nullable = false)
	private boolean anonymous;

	@Column(nullable = false)
	private boolean named;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(nullable = false, length = 200)
	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String subject;

	@Column(nullable = false, length = 20000)
	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String content;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Column(name = "registered_by", length = 100)
	private String registeredBy;

	@Column(name = "query_code_hash", length = 64)
	private String queryCodeHash;

	@Column(name = "pin_hash", length = 200)
	private String pinHash;

	@Column(name = "above_district", nullable = false)
	private boolean aboveDistrict;

	@Column(name = "acceptance_due_on", nullable = false)
	private LocalDate acceptanceDueOn;

	@Column(name = "transfer_due_on")
	private LocalDate transferDueOn;

	@Column(name = "clock_due_on")
	private LocalDate clockDueOn;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decision_reason", length = 2000)
	private String decisionReason;

	@Column(name = "transferred_to", length = 200)
	private String transferredTo;

	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	@Column(name = "acceptance_told_on")
	private LocalDate acceptanceToldOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Finding finding;

	@Column(name = "conclusion_summary", length = 4000)
	private String conclusionSummary;

	@Column(name = "concluded_on")
	private LocalDate concludedOn;

	@Column(name = "answer_due_on")
	private LocalDate answerDueOn;

	@Column(name = "answer_text", length = 4000)
	private String answerText;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private AnswerRating rating;

	@Column(name = "rating_comment", length = 1000)
	private String ratingComment;

	@Column(name = "rated_on")
	private LocalDate ratedOn;

	@Column(name = "review_reason", length = 2000)
	private String reviewReason;

	@Column(name = "review_requested_on")
	private LocalDate reviewRequestedOn;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@BatchSize(size = 500)
	@CollectionTable(name = "report_accused", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "idx")
	private List<AccusedPerson> accused = new ArrayList<>();

	@ElementCollection
	@BatchSize(size = 500)
	@CollectionTable(name = "report_accused_unit", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "idx")
	private List<AccusedUnit> accusedUnits = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 500)
	@JoinColumn(name = "report_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<Disposal> disposals = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "report_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<ReportStep> steps = new ArrayList<>();

	protected Report() {
	}

	/** What a registration holds, checked by {@link Reports} before a report is created. */
	record Registration(ReportChannel channel, LocalDate receivedOn, boolean anonymous, boolean named,
			String categoryCode, Long campaignId, String subject, String content, LocalDate occurredOn,
			String registeredBy, String queryCodeHash, String pinHash, List<AccusedPerson> accused,
			List<AccusedUnit> accusedUnits, boolean aboveDistrict) {
	}

	static Report register(String trackingNumber, Registration r, ReportDeadlines deadlines, Act act) {
		Report report = new Report();
		report.trackingNumber = trackingNumber;
		report.channel = r.channel();
		report.receivedOn = r.receivedOn();
		report.status = ReportStatus.RECEIVED;
		report.anonymous = r.anonymous();
		report.named = r.named();
		report.categoryCode = r.categoryCode();
		report.campaignId = r.campaignId();
		report.subject = r.subject();
		report.content = r.content();
		report.occurredOn = r.occurredOn();
		report.registeredBy = r.registeredBy();
		report.queryCodeHash = r.queryCodeHash();
		report.pinHash = r.pinHash();
		report.accused = new ArrayList<>(r.accused());
		report.accusedUnits = new ArrayList<>(r.accusedUnits());
		report.aboveDistrict = r.aboveDistrict();
		report.acceptanceDueOn = deadlines.acceptanceDue(r.receivedOn());
		report.transferDueOn = r.aboveDistrict() ? deadlines.transferDue(r.receivedOn()) : null;
		report.createdAt = act.at();
		report.step(act, "REGISTERED", r.channel().name());
		report.recomputeClock();
		return report;
	}

	// --- triage -------------------------------------------------------------------------------

	void accept(Act act) {
		requireStatus("accept", ReportStatus.RECEIVED);
		status = ReportStatus.ACCEPTED;
		decidedOn = act.today();
		step(act, "ACCEPTED", null);
		recomputeClock();
	}

	void reject(Act act, String reason) {
		requireStatus("reject", ReportStatus.RECEIVED);
		status = ReportStatus.NOT_ACCEPTED;
		decidedOn = act.today();
		decisionReason = reason;
		step(act, "NOT_ACCEPTED", reason);
		recomputeClock();
	}

	void transfer(Act act, String to, String reason) {
		requireStatus("transfer", ReportStatus.RECEIVED);
		status = ReportStatus.TRANSFERRED;
		decidedOn = act.today();
		transferredTo = to;
		decisionReason = reason;
		step(act, "TRANSFERRED", to + (reason == null || reason.isBlank() ? "" : ": " + reason));
		recomputeClock();
	}

	/**
	 * Merges this report into an earlier one, whose outcome becomes this report's outcome. The target
	 * must be another, earlier report that is still going somewhere (not merged, transferred or refused).
	 */
	void mergeInto(Act act, Report target) {
		requireStatus("merge", ReportStatus.RECEIVED);
		boolean earlier = target.receivedOn.isBefore(receivedOn)
				|| (target.receivedOn.equals(receivedOn) && target.id < id);
		if (Objects.equals(target.id, id) || !earlier || target.status == ReportStatus.MERGED
				|| target.status == ReportStatus.TRANSFERRED || target.status == ReportStatus.NOT_ACCEPTED) {
			throw DomainException.conflict("MERGE_TARGET_INVALID", "report " + target.trackingNumber
					+ " cannot take this report", target.trackingNumber);
		}
		status = ReportStatus.MERGED;
		decidedOn = act.today();
		mergedIntoId = target.id;
		step(act, "MERGED", target.trackingNumber);
		if (target.answerText != null) {
			receiveMergedAnswer(act, target.answerText);
		}
		recomputeClock();
		target.step(act, "MERGE_RECEIVED", trackingNumber);
	}

	/** Records the date a named reporter was told of the acceptance (受理告知). */
	void tellAcceptance(Act act, LocalDate toldOn) {
		if (status != ReportStatus.ACCEPTED || !named || acceptanceToldOn != null) {
			throw DomainException.illegalTransition(status, "tell-acceptance");
		}
		requireDateBetween("toldOn", toldOn, decidedOn, act.today());
		acceptanceToldOn = toldOn;
		step(act, "ACCEPTANCE_TOLD", toldOn.toString());
		recomputeClock();
	}

	// --- disposal -----------------------------------------------------------------------------

	/**
	 * An officer proposes a disposal with the handler chosen. After a review the handler must be new
	 * to the report ({@code REVIEW_NEEDS_NEW_HANDLER}). Recusal is checked by {@link Reports}.
	 */
	void proposeDisposal(Act act, DisposalMethod method, String handlerUsername, String reason, LocalDate reviewOn) {
		requireStatus("disposal", ReportStatus.ACCEPTED);
		if (currentDisposal().isPresent()) {
			throw DomainException.illegalTransition(currentDisposal().get().getStatus(), "disposal");
		}
		if (method == DisposalMethod.HOLD && (reviewOn == null || !reviewOn.isAfter(act.today()))) {
			throw DomainException.validation("reviewOn", "HOLD needs a review date after today");
		}
		int round = reviewRequestedOn == null ? 1 : 2;
		if (round > 1 && disposals.stream()
			.anyMatch(d -> d.getRound() < round && d.getStatus() == DisposalStatus.SUPERSEDED
					&& d.getHandlerUsername().equals(handlerUsername))) {
			throw DomainException.conflict("REVIEW_NEEDS_NEW_HANDLER", "a review needs a handler new to the report");
		}
		disposals.add(new Disposal(round, method, handlerUsername, reason,
				method == DisposalMethod.HOLD ? reviewOn : null, act));
		step(act, "DISPOSAL_PROPOSED", method.name() + " → " + handlerUsername + ": " + reason);
		recomputeClock();
	}

	/** The office director approves the proposal; its clock starts (VERIFICATION 40 working days, HOLD the review date). */
	void approveDisposal(Act act, ReportDeadlines deadlines) {
		Disposal disposal = proposedDisposal("approve-disposal");
		LocalDate due = switch (disposal.getMethod()) {
			case VERIFICATION -> deadlines.verificationDue(act.today());
			case HOLD -> disposal.getReviewOn();
			case INQUIRY, CLOSE -> null;
		};
		disposal.approve(act, due);
		step(act, "DISPOSAL_APPROVED", disposal.getMethod().name());
		recomputeClock();
	}

	void refuseDisposal(Act act, String reason) {
		Disposal disposal = proposedDisposal("refuse-disposal");
		disposal.refuse(act, reason);
		step(act, "DISPOSAL_REFUSED", reason);
		recomputeClock();
	}

	/** INQUIRY: the date the letter (函询函) was sent. */
	void recordLetterSent(Act act, LocalDate sentOn) {
		Disposal disposal = approvedInquiry("letter-sent");
		if (disposal.getLetterSentOn() != null) {
			throw DomainException.illegalTransition(disposal.getStatus(), "letter-sent");
		}
		requireDateBetween("sentOn", sentOn, disposal.getDecidedOn(), act.today());
		disposal.recordLetterSent(sentOn);
		step(act, "LETTER_SENT", sentOn.toString());
	}

	/** INQUIRY: the date the accused received the letter; the reply is due 15 working days later. */
	void recordLetterReceived(Act act, LocalDate receivedOn, ReportDeadlines deadlines) {
		Disposal disposal = approvedInquiry("letter-received");
		if (disposal.getLetterSentOn() == null || disposal.getLetterReceivedOn() != null) {
			throw DomainException.illegalTransition(disposal.getStatus(), "letter-received");
		}
		requireDateBetween("receivedOn", receivedOn, disposal.getLetterSentOn(), act.today());
		disposal.recordLetterReceived(receivedOn, deadlines.inquiryReplyDue(receivedOn));
		step(act, "LETTER_RECEIVED", receivedOn.toString());
		recomputeClock();
	}

	/** INQUIRY: the written reply, countersigned by the unit's party secretary, was received. */
	void recordReply(Act act, LocalDate receivedOn) {
		Disposal disposal = approvedInquiry("reply");
		if (disposal.getLetterReceivedOn() == null || disposal.getReplyReceivedOn() != null) {
			throw DomainException.illegalTransition(disposal.getStatus(), "reply");
		}
		requireDateBetween("receivedOn", receivedOn, disposal.getLetterReceivedOn(), act.today());
		disposal.recordReply(receivedOn);
		step(act, "REPLY_RECEIVED", receivedOn.toString());
		recomputeClock();
	}

	/** VERIFICATION: the handler asks for the one extension. */
	void requestExtension(Act act, String reason) {
		Disposal disposal = approvedDisposal("extension");
		if (disposal.getMethod() != DisposalMethod.VERIFICATION || disposal.getExtensionStatus() != null) {
			throw DomainException.conflict("EXTENSION_NOT_ALLOWED", "only one extension of a verification");
		}
		disposal.requestExtension(reason);
		step(act, "EXTENSION_REQUESTED", reason);
	}

	/** The office director approves the extension: 20 more working days. */
	void approveExtension(Act act, ReportDeadlines deadlines) {
		Disposal disposal = requestedExtension("approve-extension");
		disposal.approveExtension(deadlines.extended(disposal.getDueOn()));
		step(act, "EXTENSION_APPROVED", disposal.getDueOn().toString());
		recomputeClock();
	}

	void refuseExtension(Act act) {
		Disposal disposal = requestedExtension("refuse-extension");
		disposal.refuseExtension();
		step(act, "EXTENSION_REFUSED", null);
	}

	// --- conclusion and answer ----------------------------------------------------------------

	/** Concludes the report under its approved disposal and publishes {@link ReportConcluded}. */
	void conclude(Act act, Finding finding, String summary, ReportDeadlines deadlines) {
		approvedDisposal("conclude");
		status = ReportStatus.CONCLUDED;
		this.finding = finding;
		conclusionSummary = summary;
		concludedOn = act.today();
		answerDueOn = named ? deadlines.answerDue(concludedOn) : null;
		step(act, "CONCLUDED", finding.name());
		recomputeClock();
		registerEvent(new ReportConcluded(String.valueOf(id), trackingNumber, finding, accusedCadreNos(),
				accusedUnitCodes(), named, campaignId, categoryCode, concludedOn));
	}

	/**
	 * The answer to the reporter: for a named reporter the date told ({@code toldOn}, at most today),
	 * for an anonymous one the text posted to the follow-up page.
	 */
	void answer(Act act, String text, LocalDate toldOn) {
		requireStatus("answer", ReportStatus.CONCLUDED);
		LocalDate on = toldOn == null ? act.today() : toldOn;
		requireDateBetween("toldOn", on, concludedOn, act.today());
		status = ReportStatus.ANSWERED;
		answerText = text;
		answeredOn = on;
		step(act, "ANSWERED", on.toString());
		recomputeClock();
	}

	/** A merged report takes the answer of the report it was merged into. */
	void receiveMergedAnswer(Act act, String text) {
		requireStatus("merged-answer", ReportStatus.MERGED);
		answerText = text;
		answeredOn = act.today();
		rating = null;
		ratingComment = null;
		ratedOn = null;
		step(act, "ANSWERED", act.today().toString());
	}

	/** The reporter rates the answer, once per answer. */
	void rate(Act act, AnswerRating rating, String comment) {
		if (answerText == null || this.rating != null
				|| (status != ReportStatus.ANSWERED && status != ReportStatus.MERGED)) {
			throw DomainException.illegalTransition(status, "rating");
		}
		this.rating = rating;
		ratingComment = comment;
		ratedOn = act.today();
		step(act, "RATED", rating.name());
	}

	/** The reporter's one review request (复查): the disposal step reopens for a new handler. */
	void requestReview(Act act, String reason) {
		if (status != ReportStatus.ANSWERED || reviewRequestedOn != null) {
			throw DomainException.illegalTransition(status, "review");
		}
		status = ReportStatus.ACCEPTED;
		reviewReason = reason;
		reviewRequestedOn = act.today();
		disposals.stream().filter(d -> d.getStatus() == DisposalStatus.APPROVED).forEach(Disposal::supersede);
		step(act, "REVIEW_REQUESTED", reason);
		step(act, "PREVIOUS_ANSWER", finding.name() + " / " + answeredOn + ": " + answerText);
		finding = null;
		conclusionSummary = null;
		concludedOn = null;
		answerDueOn = null;
		answerText = null;
		answeredOn = null;
		rating = null;
		ratingComment = null;
		ratedOn = null;
		recomputeClock();
	}

	/** Loads the collections, so the report can be read after its transaction (lists, pages). */
	Report loaded() {
		Hibernate.initialize(accused);
		Hibernate.initialize(accusedUnits);
		Hibernate.initialize(disposals);
		Hibernate.initialize(steps);
		return this;
	}

	/**
	 * Loads what a list row shows (accused, accused units, disposals) but not the timeline, so rows
	 * of an export load in a few batched queries per chunk instead of one query per report.
	 */
	Report listed() {
		Hibernate.initialize(accused);
		Hibernate.initialize(accusedUnits);
		Hibernate.initialize(disposals);
		return this;
	}

	/** A timeline entry for something that is not a state change (a message, evidence, an identity view). */
	void note(Act act, String action, String note) {
		step(act, action, note);
	}

	// --- clocks -------------------------------------------------------------------------------

	/**
	 * The due date of the clock that runs now, the earliest when several do: while RECEIVED the
	 * acceptance (and, for a matter above the district, the transfer); while ACCEPTED the named
	 * reporter's acceptance notice until told, and the approved disposal's due date; while CONCLUDED
	 * the answer of a named reporter. Null when nothing runs.
	 */
	public LocalDate runningDue() {
		return clockDueOn;
	}

	/** The light of the running clock as of {@code today}; null when no clock runs. */
	public TrafficLight light(ReportDeadlines deadlines, LocalDate today) {
		return clockDueOn == null ? null : deadlines.light(clockDueOn, today);
	}

	private void recomputeClock() {
		clockDueOn = switch (status) {
			case RECEIVED -> earliest(acceptanceDueOn, transferDueOn);
			case ACCEPTED -> earliest(named && acceptanceToldOn == null ? acceptanceDueOn : null,
					currentDisposal().map(Disposal::runningDue).orElse(null));
			case CONCLUDED -> answerDueOn;
			case TRANSFERRED, NOT_ACCEPTED, MERGED, ANSWERED -> null;
		};
	}

	private static LocalDate earliest(LocalDate... dates) {
		return Stream.of(dates).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

	// --- helpers ------------------------------------------------------------------------------

	private void step(Act act, String action, String note) {
		steps.add(new ReportStep(act.at(), act.actor(), action, note));
	}

	private void requireStatus(String action, ReportStatus expected) {
		if (status != expected) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	private static void requireDateBetween(String field, LocalDate date, LocalDate notBefore, LocalDate notAfter) {
		if (date == null) {
			throw DomainException.validation(field, "required");
		}
		if ((notBefore != null && date.isBefore(notBefore)) || date.isAfter(notAfter)) {
			throw DomainException.invalid("DATE_OUT_OF_RANGE", field + " out of range", date.toString());
		}
	}

	private Disposal proposedDisposal(String action) {
		requireStatus(action, ReportStatus.ACCEPTED);
		return currentDisposal().filter(d -> d.getStatus() == DisposalStatus.PROPOSED)
			.orElseThrow(() -> DomainException.illegalTransition(status, action));
	}

	private Disposal approvedDisposal(String action) {
		requireStatus(action, ReportStatus.ACCEPTED);
		return currentDisposal().filter(d -> d.getStatus() == DisposalStatus.APPROVED)
			.orElseThrow(() -> DomainException.illegalTransition(status, action));
	}

	private Disposal approvedInquiry(String action) {
		Disposal disposal = approvedDisposal(action);
		if (disposal.getMethod() != DisposalMethod.INQUIRY) {
			throw DomainException.illegalTransition(status, action);
		}
		return disposal;
	}

	private Disposal requestedExtension(String action) {
		Disposal disposal = approvedDisposal(action);
		if (disposal.getExtensionStatus() != ExtensionStatus.REQUESTED) {
			throw DomainException.illegalTransition(status, action);
		}
		return disposal;
	}

	/** The disposal proposed or approved in the current round, if any. */
	public Optional<Disposal> currentDisposal() {
		return disposals.stream().filter(Disposal::isCurrent).reduce((a, b) -> b);
	}

	/** The handler of the current round's approved disposal, if any. */
	public Optional<String> currentHandler() {
		return currentDisposal().filter(d -> d.getStatus() == DisposalStatus.APPROVED)
			.map(Disposal::getHandlerUsername);
	}

	public List<String> accusedCadreNos() {
		return accused.stream().map(AccusedPerson::getCadreNo).filter(Objects::nonNull).distinct().toList();
	}

	public List<String> accusedUnitCodes() {
		return accusedUnits.stream().map(AccusedUnit::getUnitCode).filter(Objects::nonNull).distinct().toList();
	}

	public boolean hasQueryCode() {
		return queryCodeHash != null;
	}

	String getPinHash() {
		return pinHash;
	}

	public Long getId() {
		return id;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public ReportChannel getChannel() {
		return channel;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public boolean isNamed() {
		return named;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public String getSubject() {
		return subject;
	}

	public String getContent() {
		return content;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public boolean isAboveDistrict() {
		return aboveDistrict;
	}

	public LocalDate getAcceptanceDueOn() {
		return acceptanceDueOn;
	}

	public LocalDate getTransferDueOn() {
		return transferDueOn;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public String getTransferredTo() {
		return transferredTo;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	public LocalDate getAcceptanceToldOn() {
		return acceptanceToldOn;
	}

	public Finding getFinding() {
		return finding;
	}

	public String getConclusionSummary() {
		return conclusionSummary;
	}

	public LocalDate getConcludedOn() {
		return concludedOn;
	}

	public LocalDate getAnswerDueOn() {
		return answerDueOn;
	}

	public String getAnswerText() {
		return answerText;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public AnswerRating getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public LocalDate getRatedOn() {
		return ratedOn;
	}

	public String getReviewReason() {
		return reviewReason;
	}

	public LocalDate getReviewRequestedOn() {
		return reviewRequestedOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<AccusedPerson> getAccused() {
		return List.copyOf(accused);
	}

	public List<AccusedUnit> getAccusedUnits() {
		return List.copyOf(accusedUnits);
	}

	public List<Disposal> getDisposals() {
		return List.copyOf(disposals);
	}

	public List<ReportStep> getSteps() {
		return List.copyOf(steps);
	}
}
