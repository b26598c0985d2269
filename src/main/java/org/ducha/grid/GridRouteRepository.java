package org.ducha.grid;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GridRouteRepository extends JpaRepository<GridRoute, Long> {

	List<GridRoute> findByCategoryCode(String categoryCode);

	Optional<GridRoute> findByCategoryCodeAndAreaUnitCode(String categoryCode, String areaUnitCode);

	List<GridRoute> findAllByOrderByCategoryCodeAscAreaUnitCodeAsc();
}
