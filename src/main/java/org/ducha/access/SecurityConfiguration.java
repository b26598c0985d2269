package org.ducha.access;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless, without CSRF, authenticated by opaque
 * bearer tokens, and answers 401/403 as problem details. The pages use the form login at
 * {@code /login}, sessions in the database (30 idle minutes), CSRF protection, and the forced
 * password change. Passwords are hashed with Argon2. The form login authenticates through the
 * {@link AccountAuthenticationProvider} bean, the only provider of the global authentication manager
 * (registering it on the chain as well would count each failed attempt twice).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
@SecurityScheme(name = SecurityConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "POST /api/v1/auth/token, then Authorization: Bearer <token>")
class SecurityConfiguration {

	static final String BEARER = "bearerToken";

	static final String[] PUBLIC_PAGES = { "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/public/**",
			"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/favicon.ico" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/api/v1/public/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers("/api/v1/access/**").hasAnyRole(Role.SECURITY_ADMIN.name(), Role.AUDITOR.name())
				// registering a report: the registrars of Reports.REGISTRARS, refused before the body is read,
				// so that a role that may not register gets 403 whatever it sent
				.requestMatchers(HttpMethod.POST, "/api/v1/reports")
				.hasAnyRole(Role.INTAKE_OFFICER.name(), Role.OFFICER.name(), Role.OFFICE_DIRECTOR.name())
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, Logins logins) throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login")
				.successHandler(new LoginSuccessHandler(logins))
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(l -> l.logoutSuccessUrl("/login?logout").addLogoutHandler(logoutRecorder(logins)).permitAll())
			.exceptionHandling(e -> e.authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(
					new LoginUrlAuthenticationEntryPoint("/login"),
					new RequestMatcherEntry<>(new RequestHeaderRequestMatcher("HX-Request"),
							new HxRefreshHeaderAuthenticationEntryPoint()))))
			.addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	OpenApiCustomizer bearerTokenRequirement() {
		return openApi -> openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	private static LogoutHandler logoutRecorder(Logins logins) {
		return (request, response, authentication) -> {
			if (authentication != null) {
				logins.recordLogout(authentication.getName(), request.getRemoteAddr());
			}
		};
	}

	/** After a page login: the forced password change first, else the page asked for (or home). */
	static final class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final Logins logins;

		LoginSuccessHandler(Logins logins) {
			this.logins = logins;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (logins.passwordChangeRequired(authentication.getName())) {
				ForcedPasswordChange.require(request);
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, ForcedPasswordChange.PAGE);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/** Back to the login page, saying why: {@code ?locked}, {@code ?disabled} or {@code ?error}. */
	static final class LoginFailureHandler implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			LoginFormState.remember(request, request.getParameter("username"));
			String reason = switch (exception) {
				case LockedException _ -> "locked";
				case DisabledException _ -> "disabled";
				default -> "error";
			};
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		}
	}
}
