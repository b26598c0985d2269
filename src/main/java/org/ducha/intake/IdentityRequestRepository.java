package org.ducha.intake;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityRequestRepository extends JpaRepository<IdentityRequest, Long> {

	List<IdentityRequest> findByReportIdAndRequesterOrderByIdDesc(Long reportId, String requester);

	Page<IdentityRequest> findByStatus(IdentityRequestStatus status, Pageable pageable);

	long countByStatus(IdentityRequestStatus status);
}
