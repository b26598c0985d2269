package org.ducha.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntegrityReportLeadRepository extends JpaRepository<IntegrityReportLead, String> {

	List<IntegrityReportLead> findAllByOrderByConcludedOnDescReportIdDesc();
}
