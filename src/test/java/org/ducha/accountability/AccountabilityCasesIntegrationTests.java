package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ducha.organization.JurisdictionLevel;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

class AccountabilityCasesIntegrationTests extends AccountabilityIntegrationSupport {

	@Test
	void opensUnitCaseForGuCadreWithThreeDoubleAccountabilityProposals() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "未按期完成整改")));

		assertThat(opened.status()).isEqualTo(CaseStatus.OPENED);
		assertThat(opened.jurisdiction()).isEqualTo(JurisdictionLevel.UNIT);
		assertThat(opened.decidingUnitCode()).isEqualTo("ZJJ");
		assertThat(opened.unitReportDueOn()).isEqualTo(java.time.LocalDate.of(2026, 10, 22));
		assertThat(opened.proposals()).extracting(ProposalView::role, p -> p.subject().cadreNo(), p -> p.subject().unitCode())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProposalRole.SUPERVISING_LEADER, "C011", "ZJJ"),
					org.assertj.core.groups.Tuple.tuple(ProposalRole.PRINCIPAL, "C010", "ZJJ"),
					org.assertj.core.groups.Tuple.tuple(ProposalRole.PARTY_ORGANIZATION, null, "ZJJ"));
		assertThat(cases.openCasesNaming("C013")).extracting(CaseView::id).contains(opened.id());
		assertThat(cases.isUndecided(opened.id())).isTrue();
		assertThat(auditCount("CASE_OPENED", opened.id())).isEqualTo(1);
	}

	@Test
	void opensDistrictCaseForKeCadreAndCityCaseForChuCadre() {
		CaseView ke = as("officer", () -> cases.open(NewCase.againstCadre("C021", "落实整改不力")));
		CaseView chu = as("officer", () -> cases.open(NewCase.againstCadre("C004", "分管领域问题突出")));

		assertThat(ke.jurisdiction()).isEqualTo(JurisdictionLevel.DISTRICT);
		assertThat(ke.decidingUnitCode()).isEqualTo("JW");
		assertThat(ke.unitReportDueOn()).isNull();
		assertThat(chu.jurisdiction()).isEqualTo(JurisdictionLevel.CITY);
		assertThat(chu.decidingUnitCode()).isNull();
	}

	@Test
	void caseAgainstPartyOrganizationProposesNothingAndIsDecidedByTheDistrict() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstPartyOrganization("SCJ", "管党治党不严")));

		assertThat(opened.subject().kind()).isEqualTo(SubjectKind.PARTY_ORGANIZATION);
		assertThat(opened.subject().name()).isEqualTo("演示区市场监督管理局党组");
		assertThat(opened.jurisdiction()).isEqualTo(JurisdictionLevel.DISTRICT);
		assertThat(opened.proposals()).isEmpty();
	}

	@Test
	void rejectsCaseWithoutSubjectOrFacts() {
		assertThatThrownBy(() -> as("officer", () -> cases.open(new NewCase(null, null, null, null, null, null, " ", null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("subject", "facts"));
	}

	@Test
	void onlyTheOfficeOpensCases() {
		assertThatThrownBy(() -> as("zjj", () -> cases.open(NewCase.againstCadre("C013", "事实"))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
	}

	@Test
	void exemptEndsAnUndecidedCaseAndMitigationIsRecorded() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "事实")));
		as("director", () -> cases.recordMitigation(opened.id(), "容错认定：从轻"));
		as("director", () -> cases.exempt(opened.id(), "容错认定：免予问责"));

		CaseView exempted = cases.get(opened.id());
		assertThat(exempted.status()).isEqualTo(CaseStatus.EXEMPTED);
		assertThat(exempted.statusReason()).isEqualTo("容错认定：免予问责");
		assertThat(exempted.mitigationBasis()).isEqualTo("容错认定：从轻");
		assertThat(cases.isUndecided(opened.id())).isFalse();
		assertThat(cases.openCasesNaming("C013")).extracting(CaseView::id).doesNotContain(opened.id());
		assertThatThrownBy(() -> as("director", () -> cases.recordMitigation(opened.id(), "再次")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void onlyTheOfficeDirectorExemptsACaseEvenWhenCalledBesideTheFaultToleranceDecision() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "事实")));
		assertThatThrownBy(() -> as("officer", () -> cases.exempt(opened.id(), "容错认定：免予问责")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
		assertThatThrownBy(() -> as("zjj", () -> cases.exempt(opened.id(), "容错认定：免予问责")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
		assertThat(cases.get(opened.id()).status()).isEqualTo(CaseStatus.OPENED);
		assertThat(auditCount("CASE_EXEMPTED", opened.id())).isZero();
	}

	@Test
	void onlyTheOfficeDirectorRecordsAMitigationEvenWhenCalledBesideTheFaultToleranceDecision() {
		// a UNIT case of 住建局: its principal decides it, yet the mitigation of 容错 is the office director's
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "事实")));
		assertThatThrownBy(() -> as("zjj", () -> cases.recordMitigation(opened.id(), "容错认定：从轻")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
		assertThatThrownBy(() -> as("officer", () -> cases.recordMitigation(opened.id(), "容错认定：从轻")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
		assertThat(cases.get(opened.id()).mitigationBasis()).isNull();
		assertThat(auditCount("CASE_MITIGATION_RECORDED", opened.id())).isZero();
	}

	@Test
	void decisionsOfAnUnknownCadreAreEmpty() {
		assertThat(cases.decisionsOf("C999")).isEmpty();
		assertThat(cases.find("999999")).isEmpty();
		assertThat(List.of()).isEmpty();
	}
}
