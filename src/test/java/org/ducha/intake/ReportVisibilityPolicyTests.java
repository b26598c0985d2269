package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.ducha.access.Role;
import org.junit.jupiter.api.Test;

/** One test per clause of {@link ReportVisibilityPolicy}. */
class ReportVisibilityPolicyTests {

	static ReportVisibilityPolicy.Viewer viewer(String username, String cadreNo, Set<String> lineage, Role... roles) {
		return new ReportVisibilityPolicy.Viewer(username, cadreNo, lineage, Set.of(roles));
	}

	static boolean sees(ReportVisibilityPolicy.Viewer viewer, String registeredBy, List<String> cadres, List<String> units) {
		return ReportVisibilityPolicy.maySee(viewer, registeredBy, cadres, units);
	}

	@Test
	void officersDirectorsAndLeadersSeeEveryReportOfTheDistrict() {
		for (Role role : List.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER)) {
			assertThat(sees(viewer("u", "C006", Set.of("JW"), role), "someone-else", List.of("C012"), List.of("ZJJ")))
				.as(role.name()).isTrue();
		}
	}

	@Test
	void intakeOfficerSeesOnlyTheReportsItRegistered() {
		ReportVisibilityPolicy.Viewer intake = viewer("intake", null, Set.of("JW"), Role.INTAKE_OFFICER);
		assertThat(sees(intake, "intake", List.of(), List.of())).isTrue();
		assertThat(sees(intake, "intake2", List.of(), List.of())).isFalse();
		assertThat(sees(intake, null, List.of(), List.of())).isFalse();
	}

	@Test
	void everyOtherRoleSeesNone() {
		for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR, Role.INSPECTOR,
				Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON, Role.CADRE)) {
			assertThat(sees(viewer("u", null, Set.of(), role), "u", List.of(), List.of())).as(role.name()).isFalse();
		}
		assertThat(sees(viewer("u", null, Set.of()), "u", List.of(), List.of())).isFalse();
	}

	@Test
	void anAccusedCadreNeverSeesTheReportWhateverTheRole() {
		ReportVisibilityPolicy.Viewer accusedOfficer = viewer("officer", "C006", Set.of("JW"), Role.OFFICER,
				Role.OFFICE_DIRECTOR, Role.LEADER);
		assertThat(sees(accusedOfficer, "officer", List.of("C012", "C006"), List.of())).isFalse();
		assertThat(sees(accusedOfficer, "officer", List.of("C012"), List.of())).isTrue();
	}

	@Test
	void aUserOfAnAccusedUnitNeverSeesTheReport() {
		ReportVisibilityPolicy.Viewer director = viewer("director", "C003", Set.of("JW"), Role.OFFICE_DIRECTOR);
		assertThat(sees(director, null, List.of(), List.of("JW"))).isFalse();
		assertThat(sees(director, null, List.of(), List.of("ZJJ"))).isTrue();
	}

	@Test
	void aUserOfAUnitBelowAnAccusedUnitNeverSeesTheReport() {
		ReportVisibilityPolicy.Viewer leaderInCommunity = viewer("u", null, Set.of("HPSQ", "DXJD", "QW"), Role.LEADER);
		assertThat(sees(leaderInCommunity, null, List.of(), List.of("DXJD"))).isFalse();
		assertThat(sees(leaderInCommunity, null, List.of(), List.of("QW"))).isFalse();
		ReportVisibilityPolicy.Viewer leaderAbove = viewer("u", null, Set.of("QW"), Role.LEADER);
		assertThat(sees(leaderAbove, null, List.of(), List.of("DXJD"))).as("a unit above is not accused").isTrue();
	}

	@Test
	void recusalUsesTheSameAccusedTest() {
		assertThat(ReportVisibilityPolicy.isAccused(viewer("h", "C006", Set.of("JW")), List.of("C006"), List.of()))
			.isTrue();
		assertThat(ReportVisibilityPolicy.isAccused(viewer("h", null, Set.of("HPSQ", "DXJD")), List.of(), List.of("DXJD")))
			.isTrue();
		assertThat(ReportVisibilityPolicy.isAccused(viewer("h", "C003", Set.of("JW")), List.of("C006"), List.of("ZJJ")))
			.isFalse();
	}
}
