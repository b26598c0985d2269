package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
class OrganizationDemoDataIntegrationTests {

	@Autowired
	Organization organization;

	@Test
	void demoDistrictHasTheUnitsAndCadresOfDemoMd() {
		assertThat(organization.allUnits()).extracting(Unit::getCode)
			.contains("QW", "QZF", "JW", "ZJJ", "SCJ", "JYJ", "DXJD", "HPSQ");
		Unit zjj = organization.findUnit("ZJJ").orElseThrow();
		assertThat(zjj.getName()).isEqualTo("演示区住房和城乡建设局");
		assertThat(zjj.getPrincipalNo()).isEqualTo("C010");
		assertThat(zjj.getSupervisingLeaderNo()).isEqualTo("C004");
		assertThat(zjj.getParentCode()).isEqualTo("QZF");
		Cadre chenGang = organization.findCadre("C012").orElseThrow();
		assertThat(chenGang.getName()).isEqualTo("陈刚");
		assertThat(chenGang.getRank()).isEqualTo(Rank.GU);
		assertThat(chenGang.getSupervisingLeaderNo()).isEqualTo("C011");
	}

	@Test
	void subtreeOfAUnitHoldsTheUnitsBelowIt() {
		assertThat(organization.subtreeCodes("DXJD")).containsExactlyInAnyOrder("DXJD", "HPSQ");
		assertThat(organization.subtreeCodes("QZF")).containsExactlyInAnyOrder("QZF", "ZJJ", "SCJ", "JYJ");
		assertThat(organization.subtreeCodes("NOPE")).isEmpty();
	}
}
