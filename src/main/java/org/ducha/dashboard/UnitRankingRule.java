package org.ducha.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ducha.supervision.CompletionRating;

/**
 * The unit ranking rule (SPEC §10). Each criterion scores a unit 0..100:
 * <ol>
 * <li>problems — 100 for the fewest (none), falling linearly to 0 for the unit with the most;</li>
 * <li>on time — the share of its rectifications due in the period that were closed by their due date;</li>
 * <li>overdue — 100 for none, falling linearly to 0 for the unit with the most overdue rectifications;</li>
 * <li>tasks — the mean completion rating of its rated tasks (优 100, 良 80, 一般 60, 差 40);</li>
 * <li>attendance — the share of required meeting attendances it attended (in person, late, or by an approved substitute).</li>
 * </ol>
 * The score is the weighted mean of the criteria that apply to the unit: a unit with no rectification
 * due, no rated task or no meeting is judged on the others (the weights of the rest are scaled up),
 * so it is neither rewarded nor punished for what did not happen. Higher is better; equal scores
 * share a rank, listed by unit code. Survey satisfaction is not a criterion yet (no survey module).
 */
public final class UnitRankingRule {

	private final RankingWeights weights;

	public UnitRankingRule(RankingWeights weights) {
		this.weights = weights;
	}

	/** The score a completion rating gives a task. */
	public static int scoreOf(CompletionRating rating) {
		return switch (rating) {
			case EXCELLENT -> 100;
			case GOOD -> 80;
			case FAIR -> 60;
			case POOR -> 40;
		};
	}

	public List<UnitRank> rank(List<UnitFigures> units) {
		long mostProblems = units.stream().mapToLong(UnitFigures::problems).max().orElse(0);
		long mostOverdue = units.stream().mapToLong(UnitFigures::overdue).max().orElse(0);
		List<UnitRank> scored = new ArrayList<>();
		for (UnitFigures unit : units) {
			scored.add(new UnitRank(0, score(unit, mostProblems, mostOverdue), unit));
		}
		scored.sort(Comparator.comparingDouble(UnitRank::score).reversed()
			.thenComparing(r -> r.figures().unitCode()));
		List<UnitRank> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			UnitRank r = scored.get(i);
			int rank = i > 0 && ranked.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new UnitRank(rank, r.score(), r.figures()));
		}
		return ranked;
	}

	double score(UnitFigures unit, long mostProblems, long mostOverdue) {
		double sum = 0;
		double weight = 0;
		sum += weights.problems() * relative(unit.problems(), mostProblems);
		weight += weights.problems();
		sum += weights.overdue() * relative(unit.overdue(), mostOverdue);
		weight += weights.overdue();
		if (unit.onTimeRate() != null) {
			sum += weights.onTime() * 100 * unit.onTimeRate();
			weight += weights.onTime();
		}
		if (unit.taskScore() != null) {
			sum += weights.tasks() * unit.taskScore();
			weight += weights.tasks();
		}
		if (unit.attendanceRate() != null) {
			sum += weights.attendance() * 100 * unit.attendanceRate();
			weight += weights.attendance();
		}
		return weight == 0 ? 100 : Math.round(sum / weight * 10) / 10.0;
	}

	/** 100 for none, 0 for the most. */
	private static double relative(long value, long most) {
		return most == 0 ? 100 : 100.0 * (most - value) / most;
	}
}
