package org.ducha.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CadreRepository extends JpaRepository<Cadre, Long> {

	Optional<Cadre> findByCadreNo(String cadreNo);

	List<Cadre> findByUnitCodeOrderByCadreNoAsc(String unitCode);

	List<Cadre> findAllByOrderByCadreNoAsc();

	List<Cadre> findByCadreNoIn(Collection<String> cadreNos);

	List<Cadre> findBySupervisingLeaderNoOrderByCadreNoAsc(String supervisingLeaderNo);

	@Query("""
			select c from Cadre c
			where (:unitCode is null or c.unitCode = :unitCode)
			  and (:rank is null or c.rank = :rank)
			  and (:status is null or c.status = :status)
			  and (:pattern is null or lower(c.name) like :pattern escape '\\'
			       or lower(c.cadreNo) like :pattern escape '\\'
			       or lower(c.position) like :pattern escape '\\')
			""")
	Page<Cadre> search(String unitCode, Rank rank, CadreStatus status, String pattern, Pageable pageable);
}
