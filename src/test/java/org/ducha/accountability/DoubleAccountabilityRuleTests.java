package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.ducha.accountability.DoubleAccountabilityRule.Facts;
import org.ducha.accountability.DoubleAccountabilityRule.Proposed;
import org.junit.jupiter.api.Test;

/** SPEC §8.2, one test per branch. P is the cadre, U the unit. */
class DoubleAccountabilityRuleTests {

	@Test
	void proposesTheCadresOwnSupervisingLeaderThePrincipalAndThePartyOrganization() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C012", "C011", "ZJJ", "C010", "C004", true)))
			.containsExactly(new Proposed(ProposalRole.SUPERVISING_LEADER, "C011", null),
					new Proposed(ProposalRole.PRINCIPAL, "C010", null),
					new Proposed(ProposalRole.PARTY_ORGANIZATION, null, "ZJJ"));
	}

	@Test
	void forTheUnitsPrincipalTheSupervisingLeaderIsTheUnitsSupervisingDistrictLeader() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C010", null, "ZJJ", "C010", "C004", true)))
			.containsExactly(new Proposed(ProposalRole.SUPERVISING_LEADER, "C004", null),
					new Proposed(ProposalRole.PARTY_ORGANIZATION, null, "ZJJ"));
	}

	@Test
	void noSupervisingLeaderProposedWhenThereIsNone() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C010", null, "ZJJ", "C010", null, true)))
			.containsExactly(new Proposed(ProposalRole.PARTY_ORGANIZATION, null, "ZJJ"));
	}

	@Test
	void noSupervisingLeaderProposedWhenItIsTheCadreItself() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C021", "C021", "SCJ", "C020", null, true)))
			.containsExactly(new Proposed(ProposalRole.PRINCIPAL, "C020", null),
					new Proposed(ProposalRole.PARTY_ORGANIZATION, null, "SCJ"));
	}

	@Test
	void principalNotProposedTwiceWhenItIsTheSupervisingLeader() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C011", "C010", "ZJJ", "C010", "C004", true)))
			.containsExactly(new Proposed(ProposalRole.SUPERVISING_LEADER, "C010", null),
					new Proposed(ProposalRole.PARTY_ORGANIZATION, null, "ZJJ"));
	}

	@Test
	void noPrincipalProposedWhenTheUnitHasNone() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C012", "C011", "ZJJ", null, null, true)))
			.containsExactly(new Proposed(ProposalRole.SUPERVISING_LEADER, "C011", null),
					new Proposed(ProposalRole.PARTY_ORGANIZATION, null, "ZJJ"));
	}

	@Test
	void noPartyOrganizationProposedWhenTheUnitHasNone() {
		assertThat(DoubleAccountabilityRule.proposalsFor(new Facts("C012", "C011", "ZJJ", "C010", null, false)))
			.containsExactly(new Proposed(ProposalRole.SUPERVISING_LEADER, "C011", null),
					new Proposed(ProposalRole.PRINCIPAL, "C010", null));
	}

	@Test
	void aCaseAgainstAPartyOrganizationProposesNothing() {
		assertThat(DoubleAccountabilityRule.proposalsForPartyOrganization()).isEmpty();
	}
}
