package org.ducha.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProblemRepository extends JpaRepository<Problem, Long>, JpaSpecificationExecutor<Problem> {

	Optional<Problem> findByAssignmentId(String assignmentId);

	List<Problem> findByReportIdOrderByIdAsc(String reportId);

	List<Problem> findByRecurrenceOfIdOrderByIdAsc(Long recurrenceOfId);

	/** The closed problems of a unit and category closed on or after {@code closedFrom}, latest closing first. */
	@Query("""
			select p from Problem p
			where p.unitCode = :unitCode and p.categoryCode = :categoryCode
			  and p.status = org.ducha.rectification.ProblemStatus.CLOSED and p.closedOn >= :closedFrom
			order by p.closedOn desc, p.id desc""")
	List<Problem> findClosedSince(@Param("unitCode") String unitCode, @Param("categoryCode") String categoryCode,
			@Param("closedFrom") LocalDate closedFrom);

	long countByStatusNot(ProblemStatus status);

	long countByUnitCodeInAndStatusNot(java.util.Collection<String> unitCodes, ProblemStatus status);
}
