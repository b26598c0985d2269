package org.ducha.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutcomeWordingTests {

	@Test
	void wordsDisciplinarySanctionsAsChufen() {
		assertThat(OutcomeWording.of(List.of("PARTY_WARNING"))).isEqualTo("给予党内警告处分");
		assertThat(OutcomeWording.of(List.of("PARTY_SERIOUS_WARNING", "GOV_MAJOR_DEMERIT")))
			.isEqualTo("给予党内严重警告、政务记大过处分");
	}

	@Test
	void wordsOtherMeasuresAsChuli() {
		assertThat(OutcomeWording.of(List.of("ADMONISHMENT"))).isEqualTo("给予诫勉处理");
		assertThat(OutcomeWording.of(List.of("REMINDER_TALK", "CIRCULATED_CRITICISM"))).isEqualTo("给予谈话提醒、通报批评处理");
	}

	@Test
	void putsSanctionsBeforeMeasuresAndTheJudicialReferralLast() {
		assertThat(OutcomeWording.of(List.of("REMOVAL", "PARTY_EXPULSION", "JUDICIAL_REFERRAL")))
			.isEqualTo("给予开除党籍处分，并给予免职处理，并移送司法机关依法处理");
		assertThat(OutcomeWording.of(List.of("JUDICIAL_REFERRAL"))).isEqualTo("移送司法机关依法处理");
	}
}
