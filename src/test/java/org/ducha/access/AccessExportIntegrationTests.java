package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ducha.web.XlsxRows;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The .xlsx exports of the user list, the role grants and the login log: filters, headers, roles. */
class AccessExportIntegrationTests extends AccessIntegrationSupport {

	static final RequestPostProcessor SYSTEM_ADMIN = user("sys-admin").roles("SYSTEM_ADMIN");
	static final RequestPostProcessor SECURITY_ADMIN = user("sec-admin").roles("SECURITY_ADMIN");
	static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Test
	void theUserListExportsUnderItsFilters() throws Exception {
		String prefix = unique("xlsxuser");
		newUser(prefix + "-a", false, Role.OFFICER);
		newUser(unique("otheruser"), false, Role.LEADER);

		List<List<String>> rows = xlsx(get("/access/users").param("format", "xlsx").param("text", prefix).with(SYSTEM_ADMIN));
		assertThat(rows.getFirst()).containsExactly("用户名", "姓名", "干部编号", "所属单位", "角色", "状态", "最近登录");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).startsWith(prefix + "-a", "Name " + prefix + "-a");
		assertThat(rows.get(1)).contains("作风办/纪委干部", "启用");

		assertThat(page(get("/access/users").param("text", prefix).with(SYSTEM_ADMIN)))
			.contains("data-testid=\"user-export\"").contains("format=xlsx&amp;text=" + prefix);
		mvc.perform(get("/access/users").param("format", "xlsx").with(SECURITY_ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void theRoleGrantsExportUnderTheRoleFilter() throws Exception {
		String prefix = unique("xlsxgrant");
		newUser(prefix + "-leader", false, Role.LEADER);
		newUser(prefix + "-officer", false, Role.OFFICER);

		List<List<String>> rows = xlsx(get("/access/grants").param("format", "xlsx").param("text", prefix)
			.param("role", "LEADER").with(SECURITY_ADMIN));
		assertThat(rows.getFirst()).containsExactly("用户名", "姓名", "所属单位", "角色");
		assertThat(XlsxRows.column(rows, 0)).containsExactly(prefix + "-leader");

		assertThat(page(get("/access/grants").with(SECURITY_ADMIN))).contains("data-testid=\"grant-export\"");
		mvc.perform(get("/access/grants").param("format", "xlsx").with(SYSTEM_ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void theLoginLogExportsOnThePageAndTheApi() throws Exception {
		String name = unique("xlsxlogin");
		newUser(name, false, Role.OFFICER);
		pageLogin(name, PASSWORD);
		pageLogin(name, "wrong-password");
		String other = unique("xlsxlogin");
		newUser(other, false, Role.OFFICER);
		pageLogin(other, PASSWORD);

		List<List<String>> rows = xlsx(get("/access/login-log").param("format", "xlsx").param("username", name)
			.param("outcome", "FAILURE").with(AUDITOR));
		assertThat(rows.getFirst()).containsExactly("时间", "用户名", "结果", "方式", "来源地址");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).subList(1, 4)).containsExactly(name, "登录失败", "网页");

		List<List<String>> api = xlsx(get("/api/v1/access/login-events").param("format", "xlsx").param("username", name)
			.with(SECURITY_ADMIN));
		assertThat(XlsxRows.column(api, 1)).hasSize(2).containsOnly(name);

		assertThat(page(get("/access/login-log").with(AUDITOR))).contains("data-testid=\"login-log-export\"");
		mvc.perform(get("/access/login-log").param("format", "xlsx").with(SYSTEM_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/access/login-events").param("format", "xlsx").with(user("o").roles("OFFICER")))
			.andExpect(status().isForbidden());
	}

	private List<List<String>> xlsx(MockHttpServletRequestBuilder request) throws Exception {
		byte[] file = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
			.andReturn().getResponse().getContentAsByteArray();
		return XlsxRows.of(file);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
