package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC §8.3: the four form and the effect period of every form, and of combinations. */
class FormRulesTests {

	static final LocalDate DECIDED = LocalDate.of(2026, 3, 31);

	static final Map<Form, Integer> FOUR_FORM = Map.ofEntries(Map.entry(Form.INSPECTION_ORDER, 0),
			Map.entry(Form.CIRCULATED_CRITICISM, 1), Map.entry(Form.REORGANIZATION, 0), Map.entry(Form.REMINDER_TALK, 1),
			Map.entry(Form.CRITICISM_EDUCATION, 1), Map.entry(Form.SELF_EXAMINATION_ORDER, 1),
			Map.entry(Form.ADMONISHMENT, 1), Map.entry(Form.SUSPENSION_FOR_REVIEW, 2), Map.entry(Form.POST_ADJUSTMENT, 2),
			Map.entry(Form.ORDERED_RESIGNATION, 2), Map.entry(Form.DEMOTION, 3), Map.entry(Form.REMOVAL, 3),
			Map.entry(Form.PARTY_WARNING, 2), Map.entry(Form.PARTY_SERIOUS_WARNING, 2),
			Map.entry(Form.PARTY_POST_REVOCATION, 3), Map.entry(Form.PARTY_PROBATION, 3),
			Map.entry(Form.PARTY_EXPULSION, 3), Map.entry(Form.GOV_WARNING, 2), Map.entry(Form.GOV_DEMERIT, 2),
			Map.entry(Form.GOV_MAJOR_DEMERIT, 2), Map.entry(Form.GOV_DEGRADE, 3),
			Map.entry(Form.GOV_DISMISSAL_FROM_POST, 3), Map.entry(Form.GOV_EXPULSION, 3),
			Map.entry(Form.JUDICIAL_REFERRAL, 4));

	/** Months of the effect period; PARTY_PROBATION with 12 months of probation, GOV_EXPULSION permanent (-1). */
	static final Map<Form, Integer> MONTHS = Map.ofEntries(Map.entry(Form.INSPECTION_ORDER, 0),
			Map.entry(Form.CIRCULATED_CRITICISM, 0), Map.entry(Form.REORGANIZATION, 0), Map.entry(Form.REMINDER_TALK, 0),
			Map.entry(Form.CRITICISM_EDUCATION, 0), Map.entry(Form.SELF_EXAMINATION_ORDER, 0),
			Map.entry(Form.ADMONISHMENT, 6), Map.entry(Form.SUSPENSION_FOR_REVIEW, 0), Map.entry(Form.POST_ADJUSTMENT, 12),
			Map.entry(Form.ORDERED_RESIGNATION, 24), Map.entry(Form.DEMOTION, 24), Map.entry(Form.REMOVAL, 24),
			Map.entry(Form.PARTY_WARNING, 12), Map.entry(Form.PARTY_SERIOUS_WARNING, 18),
			Map.entry(Form.PARTY_POST_REVOCATION, 24), Map.entry(Form.PARTY_PROBATION, 36),
			Map.entry(Form.PARTY_EXPULSION, 60), Map.entry(Form.GOV_WARNING, 6), Map.entry(Form.GOV_DEMERIT, 12),
			Map.entry(Form.GOV_MAJOR_DEMERIT, 18), Map.entry(Form.GOV_DEGRADE, 24),
			Map.entry(Form.GOV_DISMISSAL_FROM_POST, 24), Map.entry(Form.GOV_EXPULSION, -1),
			Map.entry(Form.JUDICIAL_REFERRAL, 0));

	@ParameterizedTest
	@EnumSource(Form.class)
	void eachFormHasTheFourFormOfTheSpec(Form form) {
		assertThat(form.fourForm()).isEqualTo(FOUR_FORM.get(form));
		assertThat(FourFormsRule.of(List.of(form))).isEqualTo(FOUR_FORM.get(form) == 0 ? null : FOUR_FORM.get(form));
	}

	@ParameterizedTest
	@EnumSource(Form.class)
	void eachFormHasTheEffectPeriodOfTheSpec(Form form) {
		EffectPeriod period = EffectPeriodRule.of(DECIDED, List.of(form), form == Form.PARTY_PROBATION ? 12 : null);
		int months = MONTHS.get(form);
		if (months < 0) {
			assertThat(period).isEqualTo(EffectPeriod.PERMANENT);
		}
		else if (months == 0) {
			assertThat(period).isEqualTo(EffectPeriod.NONE);
		}
		else {
			assertThat(period).isEqualTo(new EffectPeriod(DECIDED.plusMonths(months), false));
		}
	}

	@Test
	void fourFormOfACombinationIsTheHighest() {
		assertThat(FourFormsRule.of(List.of(Form.ADMONISHMENT, Form.PARTY_WARNING))).isEqualTo(2);
		assertThat(FourFormsRule.of(List.of(Form.PARTY_WARNING, Form.GOV_DISMISSAL_FROM_POST, Form.REMINDER_TALK)))
			.isEqualTo(3);
		assertThat(FourFormsRule.of(List.of(Form.GOV_EXPULSION, Form.JUDICIAL_REFERRAL))).isEqualTo(4);
		assertThat(FourFormsRule.of(List.of(Form.INSPECTION_ORDER, Form.REORGANIZATION))).isNull();
		assertThat(FourFormsRule.of(List.of(Form.INSPECTION_ORDER, Form.CIRCULATED_CRITICISM))).isEqualTo(1);
	}

	@Test
	void effectPeriodOfACombinationIsTheLongest() {
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.ADMONISHMENT, Form.PARTY_SERIOUS_WARNING), null).until())
			.isEqualTo(LocalDate.of(2027, 9, 30));
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.PARTY_EXPULSION, Form.GOV_EXPULSION), null))
			.isEqualTo(EffectPeriod.PERMANENT);
	}

	@Test
	void partyProbationPeriodIsItsProbationPlusTwentyFourMonths() {
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.PARTY_PROBATION), 24).until())
			.isEqualTo(LocalDate.of(2030, 3, 31));
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.PARTY_PROBATION, Form.PARTY_POST_REVOCATION), 12).until())
			.isEqualTo(LocalDate.of(2029, 3, 31));
		assertThatThrownBy(() -> EffectPeriodRule.of(DECIDED, List.of(Form.PARTY_PROBATION), 18))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void probationMonthsAreNeededByPartyProbationOnly() {
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.GOV_DEMERIT, Form.ADMONISHMENT), null).until())
			.isEqualTo(DECIDED.plusMonths(12));
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.REMINDER_TALK), null)).isEqualTo(EffectPeriod.NONE);
		assertThat(EffectPeriodRule.of(DECIDED, List.of(Form.GOV_EXPULSION), null)).isEqualTo(EffectPeriod.PERMANENT);
		assertThat(EffectPeriodRule.monthsOf(Form.PARTY_WARNING, null)).isEqualTo(12);
		assertThatThrownBy(() -> EffectPeriodRule.of(DECIDED, List.of(Form.PARTY_PROBATION), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EffectPeriodRule.monthsOf(Form.PARTY_PROBATION, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void monthsAreCalendarMonthsFromTheDecisionDate() {
		assertThat(EffectPeriodRule.of(LocalDate.of(2026, 8, 31), List.of(Form.ADMONISHMENT), null).until())
			.isEqualTo(LocalDate.of(2027, 2, 28));
	}

	@Test
	void partyOrganizationFormsApplyToPartyOrganizationsAndCadreFormsToCadres() {
		assertThat(Form.INSPECTION_ORDER.subjectKinds()).containsExactly(SubjectKind.PARTY_ORGANIZATION);
		assertThat(Form.REORGANIZATION.appliesTo(SubjectKind.CADRE)).isFalse();
		assertThat(Form.CIRCULATED_CRITICISM.subjectKinds()).containsExactlyInAnyOrder(SubjectKind.CADRE,
				SubjectKind.PARTY_ORGANIZATION);
		assertThat(Form.ADMONISHMENT.appliesTo(SubjectKind.PARTY_ORGANIZATION)).isFalse();
		assertThat(Form.of(Form.Group.PARTY_DISCIPLINE)).allMatch(Form::partyDiscipline);
		assertThat(Form.GOV_WARNING.partyDiscipline()).isFalse();
	}

	@Test
	void effectPeriodCoversEveryDayUpToItsEnd() {
		EffectPeriod period = new EffectPeriod(LocalDate.of(2026, 9, 30), false);
		assertThat(period.covers(LocalDate.of(2026, 9, 30))).isTrue();
		assertThat(period.covers(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(EffectPeriod.NONE.covers(DECIDED)).isFalse();
		assertThat(EffectPeriod.PERMANENT.covers(LocalDate.of(2099, 1, 1))).isTrue();
	}
}
