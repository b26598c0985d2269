package org.ducha.rectification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

	Page<InspectionFinding> findByRecordedBy(String recordedBy, Pageable pageable);

	Page<InspectionFinding> findByStatus(FindingStatus status, Pageable pageable);

	long countByStatus(FindingStatus status);

	long countByRecordedBy(String recordedBy);
}
