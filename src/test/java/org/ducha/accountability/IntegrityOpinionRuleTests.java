package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ducha.accountability.IntegrityOpinionRule.Decision;
import org.ducha.accountability.IntegrityOpinionRule.OpenMatter;
import org.ducha.accountability.IntegrityOpinionRule.Result;
import org.junit.jupiter.api.Test;

class IntegrityOpinionRuleTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 9, 18);

	static Decision decision(LocalDate decidedOn, LocalDate effectUntil, boolean permanent, boolean revoked) {
		return new Decision("1", "诫勉", decidedOn, effectUntil, permanent, revoked);
	}

	static Result opinion(List<Decision> decisions, List<OpenMatter> open) {
		return IntegrityOpinionRule.opinionOf(decisions, open, AS_OF);
	}

	@Test
	void aCleanRecordHasNoObjection() {
		Result result = opinion(List.of(), List.of());
		assertThat(result.opinion()).isEqualTo(IntegrityOpinion.NO_OBJECTION);
		assertThat(result.reasons()).extracting(IntegrityOpinionRule.Reason::key).containsExactly("integrity.reason.clean");
	}

	@Test
	void aDecisionWhoseEffectPeriodCoversTheDateObjects() {
		Result result = opinion(List.of(decision(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1), false, false)),
				List.of());
		assertThat(result.opinion()).isEqualTo(IntegrityOpinion.OBJECT);
		assertThat(result.reasons()).extracting(IntegrityOpinionRule.Reason::key)
			.containsExactly("integrity.reason.decisionInEffect");
	}

	@Test
	void anEffectPeriodEndingOnTheDateStillObjects() {
		assertThat(opinion(List.of(decision(LocalDate.of(2026, 3, 18), AS_OF, false, false)), List.of()).opinion())
			.isEqualTo(IntegrityOpinion.OBJECT);
	}

	@Test
	void anEffectPeriodEndingTheDayBeforeTheDateNoLongerCounts() {
		assertThat(opinion(List.of(decision(LocalDate.of(2026, 3, 17), AS_OF.minusDays(1), false, false)), List.of())
			.opinion()).isEqualTo(IntegrityOpinion.NO_OBJECTION);
	}

	@Test
	void aDecisionWithoutAnEffectPeriodDoesNotObject() {
		// a first-form measure such as 批评教育: no effect period, not permanent
		Result result = opinion(List.of(decision(LocalDate.of(2026, 9, 1), null, false, false)), List.of());
		assertThat(result.opinion()).isEqualTo(IntegrityOpinion.NO_OBJECTION);
		assertThat(result.reasons()).extracting(IntegrityOpinionRule.Reason::key).containsExactly("integrity.reason.clean");
	}

	@Test
	void aDecisionWithoutADecisionDateDoesNotObject() {
		assertThat(IntegrityOpinionRule.inEffect(decision(null, LocalDate.of(2026, 12, 1), false, false), AS_OF)).isFalse();
		assertThat(IntegrityOpinionRule.inEffect(decision(null, null, true, false), AS_OF)).isFalse();
		assertThat(opinion(List.of(decision(null, LocalDate.of(2026, 12, 1), false, false)), List.of()).opinion())
			.isEqualTo(IntegrityOpinion.NO_OBJECTION);
	}

	@Test
	void aRevokedDecisionDoesNotCount() {
		assertThat(opinion(List.of(decision(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1), false, true)),
				List.of()).opinion()).isEqualTo(IntegrityOpinion.NO_OBJECTION);
	}

	@Test
	void aPermanentGovernmentExpulsionObjectsForever() {
		Result result = opinion(List.of(new Decision("2", "开除", LocalDate.of(2010, 1, 5), null, true, false)), List.of());
		assertThat(result.opinion()).isEqualTo(IntegrityOpinion.OBJECT);
		assertThat(result.reasons()).extracting(IntegrityOpinionRule.Reason::key)
			.containsExactly("integrity.reason.decisionPermanent");
	}

	@Test
	void aDecisionTakenAfterTheDateDoesNotObjectAtTheDate() {
		assertThat(opinion(List.of(decision(AS_OF.plusDays(1), AS_OF.plusMonths(6), false, false)), List.of()).opinion())
			.isEqualTo(IntegrityOpinion.NO_OBJECTION);
	}

	@Test
	void aPartyProbationCountsItsProbationPlusTwoYears() {
		// 留党察看一年 decided 2024-01-10: 12 + 24 months, in effect until 2027-01-10
		Decision probation = new Decision("3", "留党察看", LocalDate.of(2024, 1, 10), LocalDate.of(2027, 1, 10), false,
				false);
		assertThat(opinion(List.of(probation), List.of()).opinion()).isEqualTo(IntegrityOpinion.OBJECT);
		assertThat(IntegrityOpinionRule.opinionOf(List.of(probation), List.of(), LocalDate.of(2027, 1, 11)).opinion())
			.isEqualTo(IntegrityOpinion.NO_OBJECTION);
	}

	@Test
	void anOpenReportNamingTheCadreDefers() {
		Result result = opinion(List.of(), List.of(new OpenMatter(OpenMatter.Kind.REPORT, "r1", AS_OF.minusDays(10))));
		assertThat(result.opinion()).isEqualTo(IntegrityOpinion.DEFER);
		assertThat(result.reasons()).singleElement()
			.satisfies(r -> {
				assertThat(r.key()).isEqualTo("integrity.reason.openReports");
				assertThat(r.args()).containsExactly(1L);
			});
	}

	@Test
	void anOpenCaseDefers() {
		assertThat(opinion(List.of(), List.of(new OpenMatter(OpenMatter.Kind.CASE, "c1", AS_OF))).opinion())
			.isEqualTo(IntegrityOpinion.DEFER);
	}

	@Test
	void aMatterOpenedAfterTheDateDoesNotDefer() {
		assertThat(opinion(List.of(), List.of(new OpenMatter(OpenMatter.Kind.CASE, "c1", AS_OF.plusDays(1)))).opinion())
			.isEqualTo(IntegrityOpinion.NO_OBJECTION);
	}

	@Test
	void aDecisionInEffectOutweighsAnOpenCaseAndBothAreGivenAsReasons() {
		Result result = opinion(List.of(decision(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1), false, false)),
				List.of(new OpenMatter(OpenMatter.Kind.CASE, "c1", AS_OF.minusDays(1))));
		assertThat(result.opinion()).isEqualTo(IntegrityOpinion.OBJECT);
		assertThat(result.reasons()).extracting(IntegrityOpinionRule.Reason::key)
			.containsExactly("integrity.reason.decisionInEffect", "integrity.reason.openCases");
	}
}
