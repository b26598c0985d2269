package org.ducha.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

	Optional<Report> findByQueryCodeHash(String queryCodeHash);

	Optional<Report> findByTrackingNumber(String trackingNumber);

	List<Report> findByMergedIntoIdOrderByIdAsc(Long mergedIntoId);

	/**
	 * Earlier reports naming one of the same accused cadres or units: the candidates a duplicate
	 * check (SPEC §5) compares by text, the seam for the search module.
	 */
	@Query("""
			select distinct r from Report r left join r.accused a left join r.accusedUnits u
			where r.id <> :id and r.receivedOn <= :receivedOn
			  and r.status not in (org.ducha.intake.ReportStatus.MERGED)
			  and (a.cadreNo in :cadreNos or u.unitCode in :unitCodes)
			order by r.receivedOn desc, r.id desc""")
	List<Report> findEarlierNamingSameAccused(@Param("id") Long id, @Param("receivedOn") java.time.LocalDate receivedOn,
			@Param("cadreNos") List<String> cadreNos, @Param("unitCodes") List<String> unitCodes);
}
