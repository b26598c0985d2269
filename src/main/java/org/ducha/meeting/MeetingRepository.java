package org.ducha.meeting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

	/** Meetings of a status starting in [from, to), by start. */
	@Query("select m from Meeting m where m.status = :status and m.startsAt >= :from and m.startsAt < :to order by m.startsAt, m.id")
	List<Meeting> findByStatusBetween(@Param("status") MeetingStatus status, @Param("from") Instant from,
			@Param("to") Instant to);

	/** Held meetings in [from, to) where the cadre was recorded with the status, by start. */
	@Query("""
			select m from Meeting m join m.attendees a
			where m.status = org.ducha.meeting.MeetingStatus.HELD and a.cadreNo = :cadreNo and a.status = :status
			  and m.startsAt >= :from and m.startsAt < :to
			order by m.startsAt, m.id""")
	List<Meeting> findHeldWithAttendance(@Param("cadreNo") String cadreNo, @Param("status") AttendanceStatus status,
			@Param("from") Instant from, @Param("to") Instant to);
}
