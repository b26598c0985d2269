package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JurisdictionPolicyTests {

	static final String DEMO_CASES = """
			C001, ZHENG_CHU, CITY,
			C002, ZHENG_CHU, CITY,
			C003, FU_CHU,    CITY,
			C004, FU_CHU,    CITY,
			C005, FU_CHU,    CITY,
			C006, STAFF,     UNIT,     JW
			C010, ZHENG_KE,  DISTRICT, JW
			C011, FU_KE,     DISTRICT, JW
			C012, GU,        UNIT,     ZJJ
			C013, STAFF,     UNIT,     ZJJ
			C020, ZHENG_KE,  DISTRICT, JW
			C021, FU_KE,     DISTRICT, JW
			C030, ZHENG_KE,  DISTRICT, JW
			C031, VILLAGE,   UNIT,     DXJD
			C040, ZHENG_KE,  DISTRICT, JW
			""";

	final JurisdictionPolicy demo = new JurisdictionPolicy(DemoDistrict.units());

	@ParameterizedTest(name = "{0} ({1}) -> {2} {3}")
	@CsvSource(textBlock = DEMO_CASES)
	void everyDemoCadreIsRoutedByRankAndUnit(String cadreNo, Rank rank, JurisdictionLevel level, String decidingUnit) {
		Cadre cadre = DemoDistrict.cadre(cadreNo);
		assertThat(cadre.getRank()).isEqualTo(rank);

		assertThat(demo.forCadre(cadre)).isEqualTo(new Jurisdiction(level, decidingUnit));
	}

	@Test
	void theTableAboveCoversEveryDemoCadreAndEveryRank() {
		Set<String> listed = DEMO_CASES.lines().map(l -> l.split(",")[0].strip()).collect(Collectors.toSet());
		Set<Rank> ranks = DEMO_CASES.lines().map(l -> Rank.valueOf(l.split(",")[1].strip())).collect(Collectors.toSet());

		assertThat(listed).isEqualTo(DemoDistrict.cadres().stream().map(Cadre::getCadreNo).collect(Collectors.toSet()));
		assertThat(ranks).containsExactlyInAnyOrder(Rank.values());
	}

	@Test
	void divisionRanksAreReferredToTheCityWithoutADecidingUnit() {
		Jurisdiction j = demo.forCadre(Rank.FU_CHU, "ZJJ");

		assertThat(j.level()).isEqualTo(JurisdictionLevel.CITY);
		assertThat(j.decidingUnitCode()).isNull();
	}

	@Test
	void staffAreDecidedByTheirOwnUnitWhereverItSits() {
		assertThat(demo.forCadre(Rank.STAFF, "HPSQ")).isEqualTo(Jurisdiction.unit("HPSQ"));
		assertThat(demo.forCadre(Rank.GU, "DXJD")).isEqualTo(Jurisdiction.unit("DXJD"));
	}

	@Test
	void aVillageCadreIsDecidedByTheFirstTownshipAboveEvenSeveralLevelsUp() {
		List<Unit> units = new ArrayList<>(DemoDistrict.units());
		units.add(new Unit("HPSQ-3", "第三网格", UnitType.OTHER, "HPSQ"));

		assertThat(new JurisdictionPolicy(units).forCadre(Rank.VILLAGE, "HPSQ-3")).isEqualTo(Jurisdiction.unit("DXJD"));
	}

	@Test
	void aVillageCadreRecordedInTheTownshipItselfIsDecidedByThatTownship() {
		assertThat(demo.forCadre(Rank.VILLAGE, "DXJD")).isEqualTo(Jurisdiction.unit("DXJD"));
	}

	@Test
	void aVillageWithoutATownshipAboveIsAClearError() {
		List<Unit> units = new ArrayList<>(DemoDistrict.units());
		units.add(new Unit("GDC", "孤岛村", UnitType.VILLAGE, "QZF"));
		JurisdictionPolicy policy = new JurisdictionPolicy(units);

		assertThatThrownBy(() -> policy.forCadre(Rank.VILLAGE, "GDC"))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("VILLAGE_WITHOUT_TOWNSHIP");
				assertThat(e.args()).containsExactly("GDC");
			});
	}

	@Test
	void aCycleOfParentsWithoutATownshipEndsInTheSameErrorInsteadOfLooping() {
		List<Unit> units = List.of(new Unit("A", "A", UnitType.VILLAGE, "B"), new Unit("B", "B", UnitType.OTHER, "A"),
				new Unit("JW", "JW", UnitType.DISCIPLINE, null));

		assertThatThrownBy(() -> new JurisdictionPolicy(units).forCadre(Rank.VILLAGE, "A"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VILLAGE_WITHOUT_TOWNSHIP"));
	}

	@Test
	void aPartyOrganizationIsDecidedByTheDistrict() {
		assertThat(demo.forPartyOrganizationOf("ZJJ")).isEqualTo(Jurisdiction.district("JW"));
		assertThat(demo.forPartyOrganizationOf("HPSQ")).isEqualTo(Jurisdiction.district("JW"));
	}

	@Test
	void aUnitWithoutPartyOrganizationCannotBeTheSubject() {
		List<Unit> units = new ArrayList<>(DemoDistrict.units());
		units.add(new Unit("XX", "无党组织单位", UnitType.OTHER, "QZF"));

		assertThatThrownBy(() -> new JurisdictionPolicy(units).forPartyOrganizationOf("XX"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NO_PARTY_ORGANIZATION"));
	}

	@Test
	void theDistrictDisciplineUnitIsTheTopLevelOne() {
		List<Unit> units = new ArrayList<>(DemoDistrict.units());
		units.add(new Unit("ZJJ-JJZ", "派驻纪检组", UnitType.DISCIPLINE, "ZJJ"));

		assertThat(new JurisdictionPolicy(units).forCadre(Rank.ZHENG_KE, "ZJJ")).isEqualTo(Jurisdiction.district("JW"));
	}

	@Test
	void withoutADistrictDisciplineUnitSectionRanksCannotBeRouted() {
		List<Unit> units = DemoDistrict.units().stream().filter(u -> !u.getCode().equals("JW")).toList();
		JurisdictionPolicy policy = new JurisdictionPolicy(units);

		assertThatThrownBy(() -> policy.forCadre(Rank.ZHENG_KE, "ZJJ"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("NO_DISTRICT_DISCIPLINE_UNIT"));
		assertThat(policy.forCadre(Rank.ZHENG_CHU, "QW")).isEqualTo(Jurisdiction.city());
	}

	@Test
	void anUnknownUnitIsNotFound() {
		assertThatThrownBy(() -> demo.forCadre(Rank.STAFF, "NOPE"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("UNIT_NOT_FOUND"));
	}

	@Test
	void aJurisdictionNamesADecidingUnitExactlyWhenItIsDecidedInTheDistrict() {
		assertThatThrownBy(() -> new Jurisdiction(JurisdictionLevel.CITY, "JW")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Jurisdiction(JurisdictionLevel.UNIT, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Jurisdiction(JurisdictionLevel.DISTRICT, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
