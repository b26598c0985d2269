package org.ducha.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findByCode(String code);

	boolean existsByCode(String code);

	List<Category> findByTaxonomyCodeOrderBySortOrderAscCodeAsc(String taxonomyCode);

	List<Category> findByTaxonomyCodeAndParentCodeIsNullOrderBySortOrderAscCodeAsc(String taxonomyCode);

	List<Category> findByParentCodeOrderBySortOrderAscCodeAsc(String parentCode);
}
