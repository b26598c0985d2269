package org.ducha.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The integrity opinion as of a date (SPEC §8.6), as listed rules over the cadre's record:
 * <ol>
 * <li>OBJECT when a decision that is not revoked was taken on or before the date and its effect
 * period covers the date (the period runs from the decision date to {@code effectUntil} inclusive,
 * or forever for a permanent one such as GOV_EXPULSION);</li>
 * <li>otherwise DEFER when a report or a case naming the cadre is still open at the date;</li>
 * <li>otherwise NO_OBJECTION.</li>
 * </ol>
 * Revoked decisions never count. Every applicable reason is listed (a decision in effect and an open
 * case both appear under OBJECT), as message keys with arguments, never with report content.
 */
public final class IntegrityOpinionRule {

	/** A decision of the cadre's record as the rule needs it. */
	public record Decision(String caseId, String formsLabel, LocalDate decidedOn, LocalDate effectUntil,
			boolean permanent, boolean revoked) {
	}

	/** Something naming the cadre that may still be open: a report or a case, opened on a date. */
	public record OpenMatter(Kind kind, String reference, LocalDate openedOn) {

		public enum Kind {
			/** a report (信访举报) naming the cadre */
			REPORT,
			/** an accountability case against the cadre */
			CASE
		}
	}

	/** One reason: a message key of the integrity bundle and its arguments. */
	public record Reason(String key, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}
	}

	public record Result(IntegrityOpinion opinion, List<Reason> reasons) {

		public Result {
			reasons = List.copyOf(reasons);
		}
	}

	private IntegrityOpinionRule() {
	}

	/** Whether the decision's effect period covers the date (rule 1). */
	public static boolean inEffect(Decision decision, LocalDate asOf) {
		if (decision.revoked() || decision.decidedOn() == null || decision.decidedOn().isAfter(asOf)) {
			return false;
		}
		return decision.permanent() || (decision.effectUntil() != null && !decision.effectUntil().isBefore(asOf));
	}

	/**
	 * @param openMatters reports and cases naming the cadre that are open now; one opened after the
	 * date does not make the cadre's record open at the date
	 */
	public static Result opinionOf(List<Decision> decisions, List<OpenMatter> openMatters, LocalDate asOf) {
		List<Reason> reasons = new ArrayList<>();
		boolean object = false;
		for (Decision decision : decisions) {
			if (inEffect(decision, asOf)) {
				object = true;
				reasons.add(decision.permanent()
						? new Reason("integrity.reason.decisionPermanent", List.of(decision.formsLabel(), decision.decidedOn()))
						: new Reason("integrity.reason.decisionInEffect",
								List.of(decision.formsLabel(), decision.decidedOn(), decision.effectUntil())));
			}
		}
		long reports = openMatters.stream()
			.filter(m -> m.kind() == OpenMatter.Kind.REPORT && !m.openedOn().isAfter(asOf))
			.count();
		long cases = openMatters.stream()
			.filter(m -> m.kind() == OpenMatter.Kind.CASE && !m.openedOn().isAfter(asOf))
			.count();
		if (reports > 0) {
			reasons.add(new Reason("integrity.reason.openReports", List.of(reports)));
		}
		if (cases > 0) {
			reasons.add(new Reason("integrity.reason.openCases", List.of(cases)));
		}
		IntegrityOpinion opinion = object ? IntegrityOpinion.OBJECT
				: reports + cases > 0 ? IntegrityOpinion.DEFER : IntegrityOpinion.NO_OBJECTION;
		if (opinion == IntegrityOpinion.NO_OBJECTION) {
			reasons.add(new Reason("integrity.reason.clean", List.of()));
		}
		return new Result(opinion, reasons);
	}
}
