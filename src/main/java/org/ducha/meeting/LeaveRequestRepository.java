package org.ducha.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

	List<LeaveRequest> findByMeetingIdOrderByIdAsc(Long meetingId);

	List<LeaveRequest> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);

	List<LeaveRequest> findByMeetingIdAndCadreNoOrderByIdAsc(Long meetingId, String cadreNo);
}
