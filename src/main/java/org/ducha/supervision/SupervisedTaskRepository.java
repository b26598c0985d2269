package org.ducha.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupervisedTaskRepository extends JpaRepository<SupervisedTask, Long>, JpaSpecificationExecutor<SupervisedTask> {

	@Query("""
			select new org.ducha.supervision.UnitTaskRating(cast(t.id as string), u.unitCode, u.role, u.rating, u.ratedOn)
			from SupervisedTask t join t.units u
			where u.rating is not null and u.ratedOn >= :from and u.ratedOn <= :to
			order by u.ratedOn, t.id, u.position""")
	List<UnitTaskRating> ratingsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
