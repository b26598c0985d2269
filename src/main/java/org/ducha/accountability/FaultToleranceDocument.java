package org.ducha.accountability;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 容错认定书 of a decided fault-tolerance application (.docx): title, the case and its subject, the
 * applicant, the checklist answers, the decision, its basis and date. An official document: always in
 * Simplified Chinese.
 */
@Component
class FaultToleranceDocument {

	static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final MessageSource messages;
	private final Organization organization;

	FaultToleranceDocument(MessageSource messages, Organization organization) {
		this.messages = messages;
		this.organization = organization;
	}

	void write(FaultToleranceApplication a, CaseView c, OutputStream out) {
		String subject = c.subject().name()
				+ (c.subject().cadreNo() == null ? "" : "（" + unitName(c.subject().unitCode()) + " " + c.subject().position() + "）");
		try (IntegrityDocx docx = new IntegrityDocx()) {
			docx.title(text("integrity.ft.doc.title"))
				.centered(text("integrity.ft.doc.number", String.valueOf(a.getId())))
				.heading(text("integrity.ft.doc.case"))
				.table(List.of(text("integrity.ft.doc.item"), text("integrity.ft.doc.content")), List.of(
						List.of(text("integrity.ft.doc.caseNo"), c.id()),
						List.of(text("integrity.ft.doc.subject"), subject),
						List.of(text("integrity.ft.doc.facts"), c.facts()),
						List.of(text("integrity.ft.doc.applicant"),
								text("integrity.ft.applicantKind." + a.getApplicantKind()) + " · " + a.getApplicantUsername()),
						List.of(text("integrity.ft.doc.appliedOn"), DATE.format(a.getAppliedOn())),
						List.of(text("integrity.ft.doc.statement"), a.getStatement())))
				.heading(text("integrity.ft.doc.checklist"))
				.table(List.of(text("integrity.ft.doc.question"), text("integrity.ft.doc.answer")), checklistRows(a.checklist()))
				.heading(text("integrity.ft.doc.decision"))
				.paragraph(text("integrity.ft.doc.outcome", text("integrity.ft.outcome." + a.getOutcome())))
				.paragraph(text("integrity.ft.doc.basis", a.getBasis()))
				.paragraph(text("integrity.ft.doc.effect." + a.getOutcome()))
				.right(text("integrity.ft.doc.issuer"))
				.right(DATE.format(a.getDecidedOn()))
				.write(out);
		}
	}

	private List<List<String>> checklistRows(FaultToleranceChecklist answers) {
		List<List<String>> rows = new ArrayList<>();
		row(rows, "privateGain", answers.privateGain());
		row(rows, "eightRulesViolation", answers.eightRulesViolation());
		row(rows, "defiedProhibition", answers.defiedProhibition());
		row(rows, "lackOfExperience", answers.lackOfExperience());
		row(rows, "explorationNotProhibited", answers.explorationNotProhibited());
		row(rows, "unintendedForDevelopment", answers.unintendedForDevelopment());
		row(rows, "withinPolicy", answers.withinPolicy());
		row(rows, "collectiveDecision", answers.collectiveDecision());
		row(rows, "diligent", answers.diligent());
		row(rows, "noMajorLoss", answers.noMajorLoss());
		row(rows, "lossRetrieved", answers.lossRetrieved());
		row(rows, "correctedPromptly", answers.correctedPromptly());
		return rows;
	}

	private void row(List<List<String>> rows, String field, boolean answer) {
		rows.add(List.of(text("integrity.ft.q." + field), text(answer ? "integrity.yes" : "integrity.no")));
	}

	private String unitName(String unitCode) {
		return unitCode == null ? "" : organization.findUnit(unitCode).map(Unit::getName).orElse(unitCode);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LOCALE);
	}
}
