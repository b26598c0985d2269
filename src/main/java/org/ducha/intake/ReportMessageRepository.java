package org.ducha.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportMessageRepository extends JpaRepository<ReportMessage, Long> {

	List<ReportMessage> findByReportIdOrderBySentAtAscIdAsc(Long reportId);
}
