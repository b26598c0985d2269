package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReporterIdentityTests {

	@Test
	void maskKeepsTheFirstCharacterOfTheNameAndTheEndsOfThePhone() {
		ReporterIdentity masked = new ReporterIdentity("张三", "13800000000", "110101199001011234", "某公司", "某路1号").masked();
		assertThat(masked).isEqualTo(new ReporterIdentity("张*", "138****0000", null, null, null));
	}

	@Test
	void maskHidesEveryCharacterButTheFirstOfALongName() {
		assertThat(ReporterIdentity.maskName("欧阳娜娜")).isEqualTo("欧***");
		assertThat(ReporterIdentity.maskName("张")).isEqualTo("*");
	}

	@Test
	void maskUsesTheUnitNameWhenThereIsNoPersonName() {
		assertThat(new ReporterIdentity(null, "0571-8888888", null, "和平社区居委会", null).masked().name())
			.isEqualTo("和******");
	}

	@Test
	void shortPhoneNumbersKeepOnlyTheirLastDigits() {
		assertThat(ReporterIdentity.maskPhone("12345")).isEqualTo("***45");
		assertThat(ReporterIdentity.maskPhone("88886666")).isEqualTo("88**6666");
	}

	@Test
	void namedNeedsANameOrUnitAndAPhone() {
		assertThat(new ReporterIdentity("张三", "13800000000", null, null, null).isNamed()).isTrue();
		assertThat(new ReporterIdentity(null, "13800000000", null, "某单位", null).isNamed()).isTrue();
		assertThat(new ReporterIdentity("张三", null, null, null, null).isNamed()).isFalse();
		assertThat(new ReporterIdentity(null, "13800000000", null, null, null).isNamed()).isFalse();
	}
}
