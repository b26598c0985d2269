package org.ducha.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportLeadRepository extends JpaRepository<ReportLead, String> {

	List<ReportLead> findByProblemIdIsNullOrderByConcludedOnAscReportIdAsc();

	long countByProblemIdIsNull();
}
