package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ducha.supervision.CompletionRating;
import org.junit.jupiter.api.Test;

class UnitRankingRuleTests {

	static final RankingWeights DEFAULT = new RankingWeights(25, 25, 20, 15, 15);

	static UnitFigures unit(String code, long problems, long due, long onTime, long overdue, Double tasks, int required,
			int attended) {
		return new UnitFigures(code, code, problems, due, onTime, overdue, tasks, required, attended);
	}

	@Test
	void ranksTheUnitWithFewerProblemsAndOnTimeRectificationsFirst() {
		List<UnitRank> ranks = new UnitRankingRule(DEFAULT).rank(List.of(
				unit("A", 4, 4, 2, 2, null, 0, 0),
				unit("B", 1, 1, 1, 0, null, 0, 0)));
		assertThat(ranks).extracting(r -> r.figures().unitCode()).containsExactly("B", "A");
		assertThat(ranks.get(0).rank()).isEqualTo(1);
		// B: problems 75 (1 of most 4), overdue 100, on time 100 → (25*75 + 20*100 + 25*100) / 70
		assertThat(ranks.get(0).score()).isEqualTo(91.1);
		// A: problems 0, overdue 0, on time 50 → 25*50 / 70
		assertThat(ranks.get(1).score()).isEqualTo(17.9);
	}

	@Test
	void leavesOutTheCriteriaThatDidNotApplyToAUnit() {
		// nothing due, no task rated, no meeting: judged on problems and overdue only, both perfect
		UnitFigures quiet = unit("Q", 0, 0, 0, 0, null, 0, 0);
		UnitFigures busy = unit("B", 2, 2, 1, 1, 60.0, 4, 3);
		List<UnitRank> ranks = new UnitRankingRule(DEFAULT).rank(List.of(busy, quiet));
		assertThat(ranks.get(0).figures().unitCode()).isEqualTo("Q");
		assertThat(ranks.get(0).score()).isEqualTo(100.0);
		// B: problems 0, overdue 0, on time 50, tasks 60, attendance 75 → (1250 + 900 + 1125) / 100
		assertThat(ranks.get(1).score()).isEqualTo(32.8);
	}

	@Test
	void unitsWithEqualScoresShareTheirRank() {
		List<UnitRank> ranks = new UnitRankingRule(DEFAULT).rank(List.of(
				unit("C", 2, 0, 0, 0, null, 0, 0),
				unit("A", 1, 0, 0, 0, null, 0, 0),
				unit("B", 1, 0, 0, 0, null, 0, 0)));
		assertThat(ranks).extracting(UnitRank::rank).containsExactly(1, 1, 3);
		assertThat(ranks).extracting(r -> r.figures().unitCode()).containsExactly("A", "B", "C");
	}

	@Test
	void weightsDecideWhichCriterionCounts() {
		UnitFigures fewProblemsLate = unit("F", 1, 2, 0, 2, null, 0, 0);
		UnitFigures manyProblemsOnTime = unit("M", 3, 3, 3, 0, null, 0, 0);
		List<UnitRank> byProblems = new UnitRankingRule(new RankingWeights(100, 0, 0, 0, 0))
			.rank(List.of(fewProblemsLate, manyProblemsOnTime));
		List<UnitRank> byTimeliness = new UnitRankingRule(new RankingWeights(0, 50, 50, 0, 0))
			.rank(List.of(fewProblemsLate, manyProblemsOnTime));
		assertThat(byProblems.get(0).figures().unitCode()).isEqualTo("F");
		assertThat(byTimeliness.get(0).figures().unitCode()).isEqualTo("M");
	}

	@Test
	void taskRatingsScoreFromExcellentToPoor() {
		assertThat(UnitRankingRule.scoreOf(CompletionRating.EXCELLENT)).isEqualTo(100);
		assertThat(UnitRankingRule.scoreOf(CompletionRating.GOOD)).isEqualTo(80);
		assertThat(UnitRankingRule.scoreOf(CompletionRating.FAIR)).isEqualTo(60);
		assertThat(UnitRankingRule.scoreOf(CompletionRating.POOR)).isEqualTo(40);
	}
}
