package org.ducha.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

class CategoryTests {

	@Test
	void aRetiredCategoryCanBeNeitherRetiredAgainNorRenamed() {
		Category category = new Category("ZFZD-09", "ZFZD", null, "测试", 9, 2);
		category.retire(3);

		assertThat(category.getStatus()).isEqualTo(CategoryStatus.RETIRED);
		assertThat(category.getRetiredVersion()).isEqualTo(3);
		assertThatThrownBy(() -> category.retire(4)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThatThrownBy(() -> category.rename("新名")).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThat(category.getName()).isEqualTo("测试");
	}
}
