package org.ducha.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AbsenceProblemRepository extends JpaRepository<AbsenceProblem, AbsenceProblem.Key> {

	List<AbsenceProblem> findByYearOrderByCadreNo(int year);
}
