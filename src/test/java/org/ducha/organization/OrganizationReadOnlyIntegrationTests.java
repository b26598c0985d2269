package org.ducha.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page and read endpoint of the module, outside any test transaction (as in production, where the
 * persistence context closes with the service call): a lazy association touched by a view fails here.
 */
@DemoDistrictTest
class OrganizationReadOnlyIntegrationTests {

	@Autowired
	MockMvc mvc;

	static Stream<String> pages() {
		List<String> urls = new ArrayList<>(List.of("/organization", "/organization/cadres", "/organization/cadres?q=C01",
				"/organization/units/new", "/organization/units/ZJJ/edit", "/organization/cadres/new?unit=ZJJ",
				"/organization/cadres/C012/edit", "/organization/secondments/new?cadreNo=C040", "/organization/import",
				"/organization/import/template.xlsx", "/organization/roster.xlsx", "/api/v1/units", "/api/v1/cadres",
				"/api/v1/cadres/C012", "/api/v1/units/HPSQ", "/api/v1/secondments/2", "/"));
		OrganizationDemoData.UNITS.forEach(u -> urls.add("/organization/units/" + u.code()));
		OrganizationDemoData.CADRES.forEach(c -> urls.add("/organization/cadres/" + c.no()));
		for (SecondmentFilter f : SecondmentFilter.values()) {
			urls.add("/organization/secondments?filter=" + f);
			urls.add("/api/v1/secondments?filter=" + f);
		}
		for (int id = 1; id <= OrganizationDemoData.SECONDMENTS.size(); id++) {
			urls.add("/organization/secondments/" + id);
		}
		return urls.stream();
	}

	@ParameterizedTest
	@MethodSource("pages")
	void rendersOutsideATransaction(String url) throws Exception {
		mvc.perform(get(url).with(user("admin").roles("SYSTEM_ADMIN", "OFFICER"))).andExpect(status().isOk());
	}

	@Test
	void anExtendedSecondmentCarriesItsExtensionOutsideATransaction() throws Exception {
		mvc.perform(get("/api/v1/secondments/2").with(user("o").roles("OFFICER")))
			.andExpect(jsonPath("$.cadreNo").value("C021"))
			.andExpect(jsonPath("$.extensions[0].newEnd").value("2026-08-04"));
	}
}
