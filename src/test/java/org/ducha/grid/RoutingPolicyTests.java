package org.ducha.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoutingPolicyTests {

	static final List<GridRoute> TABLE = List.of(new GridRoute("WGSX-01", GridRoute.ANY_AREA, "ZJJ"),
			new GridRoute("WGSX-01", "HPSQ", "DXJD"), new GridRoute("WGSX-02", GridRoute.ANY_AREA, "SCJ"));

	@Test
	void theRowForTheCategoryAndTheOwnAreaComesFirst() {
		assertThat(RoutingPolicy.departmentFor("WGSX-01", "HPSQ", TABLE)).contains("DXJD");
	}

	@Test
	void withoutARowForTheAreaTheRowForEveryAreaApplies() {
		assertThat(RoutingPolicy.departmentFor("WGSX-01", "DXJD", TABLE)).contains("ZJJ");
		assertThat(RoutingPolicy.departmentFor("WGSX-02", "HPSQ", TABLE)).contains("SCJ");
	}

	@Test
	void withoutARowForTheCategoryThereIsNoDepartment() {
		assertThat(RoutingPolicy.departmentFor("WGSX-04", "HPSQ", TABLE)).isEmpty();
	}
}
