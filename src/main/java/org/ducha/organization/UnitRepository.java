package org.ducha.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findAllByOrderByCodeAsc();

	List<Unit> findByParentCodeOrderByCodeAsc(String parentCode);

	@Query("select u.code, u.parentCode, u.name from Unit u order by u.code")
	List<Object[]> findAllCodesParentsAndNames();

	@Query("""
			select u from Unit u
			where (:type is null or u.type = :type)
			  and (:parentCode is null or u.parentCode = :parentCode)
			""")
	Page<Unit> search(UnitType type, String parentCode, Pageable pageable);
}
