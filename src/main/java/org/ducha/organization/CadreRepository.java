package org.ducha.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CadreRepository extends JpaRepository<Cadre, Long> {

	Optional<Cadre> findByCadreNo(String cadreNo);

	List<Cadre> findByUnitCodeOrderByCadreNoAsc(String unitCode);

	List<Cadre> findAllByOrderByCadreNoAsc();
}
