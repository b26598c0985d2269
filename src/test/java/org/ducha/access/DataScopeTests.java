package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The data scope of each role (SPEC §1), on a small tree: QZF above ZJJ and SCJ; DXJD above HPSQ. */
class DataScopeTests {

	static final Map<String, Set<String>> TREE = Map.of(
			"QZF", Set.of("QZF", "ZJJ", "SCJ"),
			"ZJJ", Set.of("ZJJ"),
			"DXJD", Set.of("DXJD", "HPSQ"),
			"JW", Set.of("JW"));

	static final Function<String, Set<String>> SUBTREE = code -> TREE.getOrDefault(code, Set.of());

	static DataScope scope(String unitCode, Role... roles) {
		return AccessControl.scopeFor(new CurrentUser("u", "U", null, unitCode, Set.of(roles)), SUBTREE);
	}

	@Test
	void officerDirectorAndLeaderSeeTheWholeDistrict() {
		for (Role role : new Role[] { Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER }) {
			DataScope scope = scope("JW", role);
			assertThat(scope.districtWide()).as(role.name()).isTrue();
			assertThat(scope.coversUnit("ZJJ")).isTrue();
			assertThat(scope.coversUnit("HPSQ")).isTrue();
		}
	}

	@Test
	void unitPrincipalSeesItsUnitAndTheUnitsBelow() {
		DataScope scope = scope("DXJD", Role.UNIT_PRINCIPAL);
		assertThat(scope.districtWide()).isFalse();
		assertThat(scope.unitCodes()).containsExactlyInAnyOrder("DXJD", "HPSQ");
		assertThat(scope.coversUnit("HPSQ")).isTrue();
		assertThat(scope.coversUnit("ZJJ")).isFalse();
	}

	@Test
	void unitLiaisonSeesOnlyItsUnitWhenNothingIsBelow() {
		DataScope scope = scope("ZJJ", Role.UNIT_LIAISON);
		assertThat(scope.unitCodes()).containsExactly("ZJJ");
		assertThat(scope.coversUnit("SCJ")).isFalse();
		assertThat(scope.coversUnit("QZF")).as("not the unit above").isFalse();
	}

	@Test
	void cadreSeesItsUnitSubtree() {
		DataScope scope = scope("QZF", Role.CADRE);
		assertThat(scope.unitCodes()).containsExactlyInAnyOrder("QZF", "ZJJ", "SCJ");
		assertThat(scope.coversUnit("JW")).isFalse();
	}

	@Test
	void unitRoleWithoutAUnitSeesNothing() {
		assertThat(scope(null, Role.UNIT_PRINCIPAL).isNone()).isTrue();
	}

	@Test
	void theThreeAdministratorsSeeNoBusinessData() {
		for (Role role : new Role[] { Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR }) {
			DataScope scope = scope("JW", role);
			assertThat(scope.isNone()).as(role.name()).isTrue();
			assertThat(scope.coversUnit("JW")).isFalse();
			assertThat(scope.coversRecord("JW", "u")).isFalse();
		}
	}

	@Test
	void intakeOfficerAndInspectorSeeTheirOwnRecordsOnly() {
		for (Role role : new Role[] { Role.INTAKE_OFFICER, Role.INSPECTOR }) {
			DataScope scope = scope("JW", role);
			assertThat(scope.includesOwnRecords()).as(role.name()).isTrue();
			assertThat(scope.coversRecord("ZJJ", "u")).isTrue();
			assertThat(scope.coversRecord("ZJJ", "someone-else")).isFalse();
			assertThat(scope.coversUnit("JW")).isFalse();
		}
	}

	@Test
	void noRoleSeesNothing() {
		assertThat(scope("ZJJ").isNone()).isTrue();
	}

	@Test
	void rolesCombineToTheUnionOfTheirScopes() {
		DataScope scope = scope("ZJJ", Role.CADRE, Role.INSPECTOR);
		assertThat(scope.coversUnit("ZJJ")).isTrue();
		assertThat(scope.coversRecord("SCJ", "u")).isTrue();
		assertThat(scope.coversRecord("SCJ", "other")).isFalse();

		DataScope wide = scope("ZJJ", Role.UNIT_PRINCIPAL, Role.OFFICER);
		assertThat(wide.districtWide()).isTrue();
		assertThat(wide.coversUnit("HPSQ")).isTrue();
	}
}
