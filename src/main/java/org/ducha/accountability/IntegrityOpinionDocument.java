package org.ducha.accountability;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 党风廉政意见回复 (.docx): one answer to the organization department covering every cadre of its
 * list as of the date — a table of cadre, unit and position, opinion and reasons, then the issuing body
 * and date. An official document: always in Simplified Chinese.
 */
@Component
class IntegrityOpinionDocument {

	static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final MessageSource messages;

	IntegrityOpinionDocument(MessageSource messages) {
		this.messages = messages;
	}

	void write(List<IntegrityOpinionEntry> entries, LocalDate asOf, LocalDate issuedOn, OutputStream out) {
		List<List<String>> rows = entries.stream()
			.map(e -> List.of(e.cadreNo(), e.name(), e.unitName() + "\n" + e.position(),
					text("integrity.opinion." + e.opinion()), String.join("\n", e.reasons())))
			.toList();
		long objections = entries.stream().filter(e -> e.opinion() == IntegrityOpinion.OBJECT).count();
		long deferrals = entries.stream().filter(e -> e.opinion() == IntegrityOpinion.DEFER).count();
		try (IntegrityDocx docx = new IntegrityDocx()) {
			docx.title(text("integrity.answer.doc.title"))
				.paragraph(text("integrity.answer.doc.addressee"))
				.paragraph(text("integrity.answer.doc.intro", DATE.format(asOf), String.valueOf(entries.size()),
						String.valueOf(entries.size() - objections - deferrals), String.valueOf(deferrals),
						String.valueOf(objections)))
				.table(List.of(text("integrity.answer.doc.cadreNo"), text("integrity.answer.doc.name"),
						text("integrity.answer.doc.unit"), text("integrity.answer.doc.opinion"),
						text("integrity.answer.doc.reasons")), rows)
				.paragraph(text("integrity.answer.doc.note"))
				.right(text("integrity.answer.doc.issuer"))
				.right(DATE.format(issuedOn))
				.write(out);
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LOCALE);
	}
}
