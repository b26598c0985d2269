package org.ducha.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaxonomyRepository extends JpaRepository<Taxonomy, Long> {

	Optional<Taxonomy> findByCode(String code);

	List<Taxonomy> findAllByOrderBySortOrderAscCodeAsc();

	/** The taxonomy, locked so that concurrent dictionary changes take version numbers one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Taxonomy t where t.code = :code")
	Optional<Taxonomy> lockByCode(@Param("code") String code);
}
