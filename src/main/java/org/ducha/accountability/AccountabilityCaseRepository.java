package org.ducha.accountability;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountabilityCaseRepository
		extends JpaRepository<AccountabilityCase, Long>, JpaSpecificationExecutor<AccountabilityCase> {

	List<AccountabilityCase> findBySubjectCadreNoAndStatusInOrderByIdAsc(String cadreNo, Collection<CaseStatus> statuses);

	List<AccountabilityCase> findBySubjectCadreNoOrderByIdAsc(String cadreNo);

	@Query("""
			select c from AccountabilityCase c
			where c.status in (org.ducha.accountability.CaseStatus.DECIDED, org.ducha.accountability.CaseStatus.CLOSED)
			  and c.decidedOn >= :from and c.decidedOn <= :to
			order by c.decidedOn asc, c.id asc""")
	List<AccountabilityCase> findDecidedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("""
			select c from AccountabilityCase c
			where c.status in (org.ducha.accountability.CaseStatus.DECIDED, org.ducha.accountability.CaseStatus.CLOSED)
			  and c.subjectCadreNo = :cadreNo
			order by c.decidedOn asc, c.id asc""")
	List<AccountabilityCase> findDecisionsOf(@Param("cadreNo") String cadreNo);

	@Query("""
			select distinct c from AccountabilityCase c join c.basis b
			where b.kind = :kind and b.refId = :refId
			order by c.id asc""")
	List<AccountabilityCase> findByBasis(@Param("kind") BasisKind kind, @Param("refId") String refId);

	@Query("""
			select c from AccountabilityCase c
			where c.jurisdictionLevel = org.ducha.organization.JurisdictionLevel.UNIT and c.takenOverFrom is null
			  and c.status in (org.ducha.accountability.CaseStatus.OPENED,
			    org.ducha.accountability.CaseStatus.INVESTIGATING, org.ducha.accountability.CaseStatus.PROPOSED)
			  and c.unitReportDueOn < :today
			order by c.unitReportDueOn asc, c.id asc""")
	List<AccountabilityCase> findUnitReportsOverdue(@Param("today") LocalDate today);
}
