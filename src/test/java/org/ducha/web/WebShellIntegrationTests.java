package org.ducha.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WebShellIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists());
	}

	@Test
	void browsableApiDocumentationIsServedLocally() throws Exception {
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/add-working-days']").exists());
	}

	@Test
	void healthIsPublicForTheLoadBalancer() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void webjarsAreServedLocally() throws Exception {
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css"))
			.andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk());
	}

	@Test
	void homePageRendersInChineseByDefault() throws Exception {
		mvc.perform(get("/").with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("首页")));
	}

	@Test
	void homePageRendersInEnglishWhenAsked() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Home")));
	}

	@Test
	void unknownApiPathAnswersProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(user("officer").roles("OFFICER")))
			.andExpect(status().isNotFound());
	}
}
