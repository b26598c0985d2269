package org.ducha.intake;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate duplicates of a report (SPEC §5 "Duplicates"): earlier reports naming the same accused
 * cadre (roster match) or accused unit whose subject and content are similar by character bigrams
 * ({@link TextSimilarity}), at or above {@code ducha.reports.duplicates.threshold} (default 0.4),
 * most similar first. Only reports the user may see are compared, so nothing hidden is proposed
 * (an intake officer's proposals come from the reports it registered). Shown to whoever may merge on
 * the report page, and to the registrar right after registration.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateProposals {

	/** An earlier report and how similar its text is, as a whole percentage. */
	public record Proposal(Report report, int similarityPercent) {
	}

	private final Reports reports;
	private final double threshold;

	DuplicateProposals(Reports reports, @Value("${ducha.reports.duplicates.threshold:0.4}") double threshold) {
		this.reports = reports;
		this.threshold = threshold;
	}

	public List<Proposal> proposalsFor(String id) {
		Report report = reports.visibleReport(id);
		String text = textOf(report);
		return reports.earlierNamingSameAccused(id).stream()
			.map(earlier -> new Scored(earlier, TextSimilarity.bigramDice(text, textOf(earlier))))
			.filter(s -> s.score() >= threshold)
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.map(s -> new Proposal(s.report(), (int) Math.round(s.score() * 100)))
			.toList();
	}

	private record Scored(Report report, double score) {
	}

	private static String textOf(Report report) {
		return report.getSubject() + "\n" + report.getContent();
	}
}
