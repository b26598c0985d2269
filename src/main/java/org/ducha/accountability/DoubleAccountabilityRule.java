package org.ducha.accountability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 一案双究 (SPEC §8.2), a fixed rule: when a case opens against a cadre P of unit U, linked cases are proposed
 * against
 * <ol>
 * <li>P's supervising leader — the cadre's own supervising leader, or for U's principal U's supervising district
 * leader — if there is one and it is not P;</li>
 * <li>U's principal, if it is neither P nor that supervising leader;</li>
 * <li>U's party organization, if U has one.</li>
 * </ol>
 * A case against a party organization proposes nothing.
 */
public final class DoubleAccountabilityRule {

	/** A proposed subject: a cadre ({@code cadreNo}) or the party organization of {@code unitCode}. */
	public record Proposed(ProposalRole role, String cadreNo, String unitCode) {
	}

	/** What the rule reads of P and U. */
	public record Facts(String cadreNo, String cadreSupervisingLeaderNo, String unitCode, String unitPrincipalNo,
			String unitSupervisingDistrictLeaderNo, boolean unitHasPartyOrganization) {
	}

	private DoubleAccountabilityRule() {
	}

	public static List<Proposed> proposalsFor(Facts f) {
		List<Proposed> proposed = new ArrayList<>();
		String p = f.cadreNo();
		String leader = p.equals(f.unitPrincipalNo()) ? f.unitSupervisingDistrictLeaderNo() : f.cadreSupervisingLeaderNo();
		if (leader != null && !leader.equals(p)) {
			proposed.add(new Proposed(ProposalRole.SUPERVISING_LEADER, leader, null));
		}
		String principal = f.unitPrincipalNo();
		if (principal != null && !principal.equals(p) && !Objects.equals(principal, leader)) {
			proposed.add(new Proposed(ProposalRole.PRINCIPAL, principal, null));
		}
		if (f.unitHasPartyOrganization()) {
			proposed.add(new Proposed(ProposalRole.PARTY_ORGANIZATION, null, f.unitCode()));
		}
		return List.copyOf(proposed);
	}

	/** A case against a party organization proposes nothing. */
	public static List<Proposed> proposalsForPartyOrganization() {
		return List.of();
	}
}
