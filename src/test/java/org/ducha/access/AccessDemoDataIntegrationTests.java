package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class AccessDemoDataIntegrationTests {

	/** The accounts table of DEMO.md, with the leave-deciding leaders 孙丽 and 黄海. */
	record Expected(String username, String role, String cadreNo, String unitCode) {
	}

	static final List<Expected> DEMO_MD = List.of(
			new Expected("admin", "SYSTEM_ADMIN", null, null),
			new Expected("secadmin", "SECURITY_ADMIN", null, null),
			new Expected("auditor", "AUDITOR", null, null),
			new Expected("leader", "LEADER", "C001", "QW"),
			new Expected("director", "OFFICE_DIRECTOR", "C003", "JW"),
			new Expected("officer", "OFFICER", "C006", "JW"),
			new Expected("intake", "INTAKE_OFFICER", null, "JW"),
			new Expected("inspector", "INSPECTOR", null, null),
			new Expected("zjj", "UNIT_PRINCIPAL", "C010", "ZJJ"),
			new Expected("zjj-liaison", "UNIT_LIAISON", null, "ZJJ"),
			new Expected("scj", "UNIT_PRINCIPAL", "C020", "SCJ"),
			new Expected("chengang", "CADRE", "C012", "ZJJ"),
			new Expected("sunli", "LEADER", "C004", "QZF"),
			new Expected("huanghai", "LEADER", "C005", "QZF"),
			new Expected("hpsq", "UNIT_LIAISON", null, "HPSQ"));

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessControl access;

	String token(String username) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}")).andReturn();
		assertThat(result.getResponse().getStatus()).as(username).isEqualTo(200);
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	@Test
	void eachDemoAccountSignsInThroughTheApiWithItsRoleCadreAndUnit() throws Exception {
		for (Expected e : DEMO_MD) {
			mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token(e.username())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(e.username()))
				.andExpect(jsonPath("$.roles").value(Matchers.contains(e.role())))
				.andExpect(jsonPath("$.cadreNo").value(e.cadreNo()))
				.andExpect(jsonPath("$.unitCode").value(e.unitCode()));
		}
	}

	@Test
	void eachDemoAccountSignsInOnTheLoginPageWithoutAForcedPasswordChange() throws Exception {
		for (Expected e : DEMO_MD) {
			MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", e.username())
				.param("password", "Demo@2026")).andReturn();
			assertThat(login.getResponse().getRedirectedUrl()).as(e.username()).isEqualTo("/");
			mvc.perform(get("/").cookie(login.getResponse().getCookie("SESSION")))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(">" + e.username() + "<")));
		}
	}

	@Test
	void theLoginPageListsTheDemoAccountsAndTheirPasswordInDemoMode() throws Exception {
		MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		String html = page.getResponse().getContentAsString();

		assertThat(html).contains("data-testid=\"demo-accounts\"", "Demo@2026", "演示区住房和城乡建设局", "单位一把手");
		for (Expected e : DEMO_MD) {
			assertThat(html).contains("data-demo-account=\"" + e.username() + "\"");
		}
	}

	@Test
	void demoAccountsHaveTheDataScopeOfTheirRoles() {
		assertThat(scopeOf("officer").districtWide()).isTrue();
		assertThat(scopeOf("director").districtWide()).isTrue();
		assertThat(scopeOf("leader").districtWide()).isTrue();
		assertThat(scopeOf("zjj").unitCodes()).containsExactly("ZJJ");
		assertThat(scopeOf("zjj-liaison").unitCodes()).containsExactly("ZJJ");
		assertThat(scopeOf("chengang").unitCodes()).containsExactly("ZJJ");
		assertThat(scopeOf("scj").coversUnit("ZJJ")).isFalse();
		assertThat(scopeOf("intake").includesOwnRecords()).isTrue();
		assertThat(scopeOf("intake").coversUnit("JW")).isFalse();
		assertThat(scopeOf("inspector").coversRecord("ZJJ", "inspector")).isTrue();
		assertThat(scopeOf("admin").isNone()).isTrue();
		assertThat(scopeOf("secadmin").isNone()).isTrue();
		assertThat(scopeOf("auditor").isNone()).isTrue();
	}

	@Test
	void otherModulesFindUsersByRoleAndUnit() {
		assertThat(access.usersWithRole(Role.UNIT_PRINCIPAL)).extracting(CurrentUser::username)
			.containsExactly("scj", "zjj");
		assertThat(access.usersWithRole(Role.UNIT_LIAISON, "ZJJ")).extracting(CurrentUser::username)
			.containsExactly("zjj-liaison");
		assertThat(access.findUser("chengang")).map(CurrentUser::cadreNo).contains("C012");
	}

	@Test
	void otherModulesLookUpUsersOfManyUnitsInOneCall() {
		List<CurrentUser> unitSide = access.usersWithRoles(EnumSet.of(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON),
				List.of("ZJJ", "SCJ"));

		assertThat(unitSide).extracting(CurrentUser::username).contains("scj", "zjj", "zjj-liaison").isSorted()
			.doesNotHaveDuplicates().doesNotContain("chengang", "officer");
		assertThat(unitSide).allSatisfy(u -> {
			assertThat(u.unitCode()).isIn("ZJJ", "SCJ");
			assertThat(u.hasAnyRole(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)).isTrue();
		});
		assertThat(access.usersWithRoles(EnumSet.of(Role.UNIT_LIAISON), List.of("ZJJ", "SCJ")))
			.extracting(CurrentUser::username).contains("zjj-liaison").doesNotContain("zjj", "scj");
		assertThat(access.usersWithRoles(EnumSet.of(Role.UNIT_PRINCIPAL), List.of())).isEmpty();
	}

	@Test
	void otherModulesLookUpTheUsersOfManyCadresInOneCall() {
		assertThat(access.usersOfCadres(List.of("C001", "C012", "C999"))).extracting(CurrentUser::username)
			.contains("chengang", "leader").doesNotContain("zjj", "officer");
		assertThat(access.usersOfCadres(List.of("C001", "C012"))).allSatisfy(u -> assertThat(u.cadreNo()).isIn("C001", "C012"));
		assertThat(access.usersOfCadres(List.of())).isEmpty();
	}

	@Test
	void otherModulesFindManyUsersByNameAsGiven() {
		Map<String, CurrentUser> found = access.findUsers(List.of(" ZJJ ", "chengang", "nobody-here"));

		assertThat(found).containsOnlyKeys(" ZJJ ", "chengang");
		assertThat(found.get(" ZJJ ").username()).isEqualTo("zjj");
		assertThat(found.get(" ZJJ ").roles()).containsExactly(Role.UNIT_PRINCIPAL);
		assertThat(found.get("chengang").cadreNo()).isEqualTo("C012");
	}

	private DataScope scopeOf(String username) {
		return access.scopeOf(access.findUser(username).orElseThrow());
	}
}
