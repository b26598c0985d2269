package org.ducha.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static resources, each under its own path: {@code /css/**} and {@code /js/**} from {@code static/}, and
 * {@code /webjars/**} (Bootstrap, htmx, ECharts) version-agnostic through the WebJars locator. Boot's default
 * {@code /**} mapping is off ({@code spring.web.resources.add-mappings: false}): with it, every link a page builds
 * ({@code @{/assignments/…}}, dozens per list page) matched the resource pattern, and the resource URL encoding
 * looked each one up in the classpath's jars before giving up (uncached, as nothing was found) — 70 % of the
 * CPU of the to-do page under load (docs/PERFORMANCE.md, section B). Now only links under these three paths
 * are resolved, once each (cached).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
	}
}
