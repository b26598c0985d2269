package org.ducha.intake;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportCounterRepository extends JpaRepository<ReportCounter, Integer> {

	@Modifying
	@Query(value = "INSERT INTO report_counter (counter_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING", nativeQuery = true)
	int createIfAbsent(@Param("year") int year);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ReportCounter c where c.year = :year")
	Optional<ReportCounter> lockYear(@Param("year") int year);
}
