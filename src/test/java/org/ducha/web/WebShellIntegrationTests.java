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
		mvc.perform(get("/webjars/echarts/echarts.min.js"))
			.andExpect(status().isOk());
	}

	@Test
	void theApplicationsOwnStylesAndScriptsAreServedAndNothingElseOfTheClasspath() throws Exception {
		mvc.perform(get("/css/ducha.css")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
		mvc.perform(get("/js/ducha.js")).andExpect(status().isOk());
		mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
		// no catch-all static mapping: nothing else of the classpath answers
		mvc.perform(get("/application.yml").with(user("officer").roles("OFFICER"))).andExpect(status().isNotFound());
		mvc.perform(get("/static/css/ducha.css").with(user("officer").roles("OFFICER"))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheStaticPathsAreResourcePatternsSoOtherLinksAreNeverLookedUpInTheClasspath(
			@org.springframework.beans.factory.annotation.Autowired org.springframework.web.servlet.resource.ResourceUrlProvider resources) {
		// a "/**" pattern made every link of every page a classpath look-up (docs/PERFORMANCE.md, section B)
		// (springdoc adds /swagger-ui/** once its UI has been initialised; every pattern must have a prefix)
		org.assertj.core.api.Assertions.assertThat(resources.getHandlerMap().keySet())
			.contains("/webjars/**", "/css/**", "/js/**")
			.allSatisfy(pattern -> org.assertj.core.api.Assertions.assertThat(pattern)
				.matches("/(webjars|css|js|swagger-ui)/.+"));
	}

	@Test
	void aPagesLinksToStaticResourcesAreVersionedAndItsOtherLinksLeftAsWritten() throws Exception {
		String page = mvc.perform(get("/").with(user("officer").roles("OFFICER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css")
			.contains("href=\"/css/ducha.css\"");
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
