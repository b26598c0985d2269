package org.ducha.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

	List<LeaveRequest> findByMeetingIdOrderByIdAsc(Long meetingId);

	List<LeaveRequest> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);

	List<LeaveRequest> findByMeetingIdAndCadreNoOrderByIdAsc(Long meetingId, String cadreNo);

	@Query("""
			select count(l) from LeaveRequest l, Meeting m
			where l.meetingId = m.id and l.status = org.ducha.meeting.LeaveStatus.PENDING
			  and m.status = org.ducha.meeting.MeetingStatus.SCHEDULED and m.leaderCadreNo = :leader""")
	long countPendingForLeader(@Param("leader") String leaderCadreNo);
}
