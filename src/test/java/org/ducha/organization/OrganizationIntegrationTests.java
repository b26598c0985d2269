package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.domain.PageRequest;

@DemoDistrictTest
@Transactional
class OrganizationIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	AuditLog audit;

	@Test
	void jurisdictionOfTheDemoCadresComesFromTheStoredTree() {
		assertThat(organization.jurisdictionOf("C001")).isEqualTo(Jurisdiction.city());
		assertThat(organization.jurisdictionOf("C010")).isEqualTo(Jurisdiction.district("JW"));
		assertThat(organization.jurisdictionOf("C012")).isEqualTo(Jurisdiction.unit("ZJJ"));
		assertThat(organization.jurisdictionOf("C031")).isEqualTo(Jurisdiction.unit("DXJD"));
		assertThat(organization.jurisdictionOfPartyOrganization("ZJJ")).isEqualTo(Jurisdiction.district("JW"));
		assertThatThrownBy(() -> organization.jurisdictionOf("C999"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CADRE_NOT_FOUND"));
	}

	@Test
	void jurisdictionFollowsARankChange() {
		organization.updateCadre("C012", draft("C012", d -> new CadreDraft(d.cadreNo(), d.name(), d.unitCode(),
				"副局长", Rank.FU_KE, d.partyMember(), d.supervisingLeaderNo(), d.status())));

		assertThat(organization.jurisdictionOf("C012")).isEqualTo(Jurisdiction.district("JW"));
	}

	@Test
	void theSupervisingLeaderOfAPrincipalIsTheUnitsDistrictLeader() {
		assertThat(organization.supervisingLeaderOf("C010")).map(Cadre::getCadreNo).contains("C004");
		assertThat(organization.supervisingLeaderOf("C030")).map(Cadre::getCadreNo).contains("C005");
		assertThat(organization.supervisingLeaderOf("C001")).isEmpty();
		assertThat(organization.supervisingLeaderOf("C031")).isEmpty();
	}

	@Test
	void theSupervisingLeaderOfAnyOtherCadreIsTheOneRecordedOnTheCadre() {
		assertThat(organization.supervisingLeaderOf("C012")).map(Cadre::getCadreNo).contains("C011");
		assertThat(organization.supervisingLeaderOf("C011")).map(Cadre::getCadreNo).contains("C010");
		assertThat(organization.supervisingLeaderOf("C006")).map(Cadre::getCadreNo).contains("C003");
		assertThat(organization.supervisingLeaderOf("C004")).isEmpty();
	}

	@Test
	void principalAndDistrictLeaderOfAUnit() {
		assertThat(organization.principalOf("ZJJ")).map(Cadre::getName).contains("周强");
		assertThat(organization.supervisingDistrictLeaderOf("ZJJ")).map(Cadre::getName).contains("孙丽");
		assertThat(organization.supervisingDistrictLeaderOf("QW")).isEmpty();
	}

	@Test
	void aUnitCannotBeMovedUnderItsOwnSubUnit() {
		assertThatThrownBy(() -> organization.updateUnit("QZF", unit("QZF", d -> withParent(d, "ZJJ"))))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
				assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("parentCode");
			});
		assertThatThrownBy(() -> organization.updateUnit("DXJD", unit("DXJD", d -> withParent(d, "DXJD"))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("parentCode"));
		assertThat(organization.unit("QZF").getParentCode()).isNull();
	}

	@Test
	void movingAUnitIsAuditedWithTheChangedFields() {
		organization.updateUnit("JYJ", unit("JYJ", d -> withParent(d, "QW")));

		assertThat(organization.unit("JYJ").getParentCode()).isEqualTo("QW");
		assertThat(events("JYJ")).singleElement().satisfies(e -> {
			assertThat(e.getAction()).isEqualTo("UNIT_UPDATED");
			assertThat(e.getDetails()).isEqualTo("changed=parentCode");
		});
	}

	@Test
	void anUnchangedSaveWritesNoAuditEvent() {
		organization.updateUnit("JYJ", unit("JYJ", d -> d));

		assertThat(events("JYJ")).isEmpty();
	}

	@Test
	void theDistrictLeaderOfAUnitMustBeOfDivisionRank() {
		assertThatThrownBy(() -> organization.updateUnit("ZJJ", unit("ZJJ", d -> new UnitDraft(d.code(), d.name(),
				d.type(), d.parentCode(), d.principalNo(), "C020", d.partyOrganizationName(), d.partyOrganizationKind()))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field)
						.containsExactly("supervisingLeaderNo"));
	}

	@Test
	void thePrincipalMustBeACadreOfTheUnit() {
		assertThatThrownBy(() -> organization.updateUnit("ZJJ", unit("ZJJ", d -> new UnitDraft(d.code(), d.name(),
				d.type(), d.parentCode(), "C020", d.supervisingLeaderNo(), d.partyOrganizationName(),
				d.partyOrganizationKind()))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("principalNo"));
	}

	@Test
	void aPartyOrganizationNeedsBothNameAndKind() {
		assertThatThrownBy(() -> organization.updateUnit("ZJJ", unit("ZJJ", d -> new UnitDraft(d.code(), d.name(),
				d.type(), d.parentCode(), d.principalNo(), d.supervisingLeaderNo(), d.partyOrganizationName(), null))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field)
						.containsExactly("partyOrganizationKind"));
	}

	@Test
	void theDataScopeSeesAUnitCreatedAfterTheTreeWasRead() {
		assertThat(organization.subtreeCodes("QW")).doesNotContain("DCJD");

		organization.createUnit(new UnitDraft("DCJD", "东城街道办事处", UnitType.TOWNSHIP, "QW", null, "C005",
				"中共演示区东城街道工作委员会", PartyOrganizationKind.WORKING_COMMITTEE));

		assertThat(organization.subtreeCodes("QW")).contains("DCJD");
		assertThat(organization.subtreeCodes("DCJD")).containsExactly("DCJD");
	}

	@Test
	void aSecondTopLevelDisciplineUnitIsRefused() {
		assertThatThrownBy(() -> organization.createUnit(
				new UnitDraft("JW2", "第二纪委", UnitType.DISCIPLINE, null, null, null, null, null)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("type"));
	}

	@Test
	void aNewUnitGetsItsCadresAndThenItsPrincipal() {
		organization.createUnit(new UnitDraft("XCJD", "西城街道办事处", UnitType.TOWNSHIP, "QW", null, "C005",
				"中共演示区西城街道工作委员会", PartyOrganizationKind.WORKING_COMMITTEE));
		organization.createCadre(new CadreDraft("C050", "张晓明", "XCJD", "党工委书记", Rank.ZHENG_KE, true, null,
				CadreStatus.SERVING));
		organization.updateUnit("XCJD", unit("XCJD", d -> new UnitDraft(d.code(), d.name(), d.type(), d.parentCode(),
				"C050", d.supervisingLeaderNo(), d.partyOrganizationName(), d.partyOrganizationKind())));

		assertThat(organization.principalOf("XCJD")).map(Cadre::getName).contains("张晓明");
		assertThat(organization.subtreeCodes("QW")).contains("XCJD");
		assertThat(events("XCJD")).extracting(AuditEvent::getAction).containsExactlyInAnyOrder("UNIT_CREATED", "UNIT_UPDATED");
		assertThat(events("C050")).extracting(AuditEvent::getAction).containsExactly("CADRE_CREATED");
	}

	@Test
	void aDuplicateCodeIsRefusedOnTheCodeField() {
		assertThatThrownBy(() -> organization.createUnit(
				new UnitDraft("ZJJ", "重复", UnitType.DEPARTMENT, "QZF", null, null, null, null)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("code"));
		assertThatThrownBy(() -> organization.createCadre(
				new CadreDraft("C012", "重复", "ZJJ", null, Rank.STAFF, false, null, CadreStatus.SERVING)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("cadreNo"));
	}

	@Test
	void aPrincipalCannotLeaveTheUnitWhileStillItsPrincipal() {
		assertThatThrownBy(() -> organization.updateCadre("C010", draft("C010", d -> new CadreDraft(d.cadreNo(),
				d.name(), "SCJ", d.position(), d.rank(), d.partyMember(), null, d.status()))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).contains("unitCode"));
		assertThatThrownBy(() -> organization.updateCadre("C010", draft("C010", d -> new CadreDraft(d.cadreNo(),
				d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), null, CadreStatus.RETIRED))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).contains("status"));
		assertThat(organization.cadre("C010").getUnitCode()).isEqualTo("ZJJ");
	}

	@Test
	void aSupervisingLeaderMustWorkInTheSameUnitAndNotBeTheCadre() {
		assertThatThrownBy(() -> organization.updateCadre("C013", draft("C013", d -> new CadreDraft(d.cadreNo(),
				d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), "C020", d.status()))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("supervisingLeaderNo"));
		assertThatThrownBy(() -> organization.updateCadre("C013", draft("C013", d -> new CadreDraft(d.cadreNo(),
				d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), "C013", d.status()))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("supervisingLeaderNo"));
	}

	@Test
	void aCadreWhoStillSupervisesOthersCannotMoveAway() {
		assertThatThrownBy(() -> organization.updateCadre("C011", draft("C011", d -> new CadreDraft(d.cadreNo(),
				d.name(), "SCJ", d.position(), d.rank(), d.partyMember(), null, d.status()))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors()).singleElement()
				.satisfies(f -> {
					assertThat(f.field()).isEqualTo("unitCode");
					assertThat(f.message()).contains("C012").contains("C013");
				}));
	}

	@Test
	void aStaffCadreMovesWithAnAuditEvent() {
		organization.updateCadre("C013", draft("C013", d -> new CadreDraft(d.cadreNo(), d.name(), "SCJ", "科员",
				d.rank(), d.partyMember(), "C021", d.status())));

		assertThat(organization.cadre("C013").getUnitCode()).isEqualTo("SCJ");
		assertThat(organization.jurisdictionOf("C013")).isEqualTo(Jurisdiction.unit("SCJ"));
		assertThat(events("C013")).singleElement()
			.satisfies(e -> assertThat(e.getDetails()).isEqualTo("changed=unitCode,supervisingLeaderNo"));
	}

	@Test
	void cadreSearchMatchesNameNumberOrPositionAndFilters() {
		assertThat(organization.searchCadres(null, null, null, "陈", PageRequest.of(0, 10)).getContent())
			.extracting(Cadre::getCadreNo).containsExactly("C012");
		assertThat(organization.searchCadres("ZJJ", Rank.FU_KE, null, null, PageRequest.of(0, 10)).getContent())
			.extracting(Cadre::getCadreNo).containsExactly("C011");
		assertThat(organization.searchCadres(null, null, CadreStatus.SERVING, "局长", PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(5);
		assertThat(organization.searchCadres(null, null, null, "c0_", PageRequest.of(0, 10)).getContent()).isEmpty();
	}

	private List<AuditEvent> events(String objectId) {
		return audit.search(objectId, null, null, PageRequest.of(0, 20)).getContent();
	}

	private UnitDraft unit(String code, java.util.function.UnaryOperator<UnitDraft> change) {
		return change.apply(UnitDraft.of(organization.unit(code)));
	}

	private CadreDraft draft(String no, java.util.function.UnaryOperator<CadreDraft> change) {
		return change.apply(CadreDraft.of(organization.cadre(no)));
	}

	private static UnitDraft withParent(UnitDraft d, String parent) {
		return new UnitDraft(d.code(), d.name(), d.type(), parent, d.principalNo(), d.supervisingLeaderNo(),
				d.partyOrganizationName(), d.partyOrganizationKind());
	}
}
