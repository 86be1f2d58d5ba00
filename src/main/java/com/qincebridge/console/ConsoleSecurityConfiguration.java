package com.qincebridge.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may see and do what, for {@code serve}: {@code POST /qince/push} and the health
 * endpoints are open (Qince and the orchestrator call them); everything else needs a
 * console user — pages by form login, {@code /actuator/prometheus} also by HTTP Basic for
 * the scraper — and the actions ({@code POST /actions/**}) the OPERATOR role. CSRF tokens
 * are required on every form post except Qince's push. With no user configured the
 * console is off: only the push receiver and health answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

	static final String[] OPEN = { "/actuator/health", "/actuator/health/**" };

	@Bean
	ConsoleUsers consoleUsers(ConsoleProperties properties) {
		return ConsoleUsers.of(properties);
	}

	@Bean
	UserDetailsService consoleUserDetailsService(ConsoleUsers users) {
		return users.userDetailsService();
	}

	@Bean
	PasswordEncoder consolePasswordEncoder() {
		return ConsoleUsers.passwordEncoder();
	}

	@Bean
	SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUsers users) throws Exception {
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/qince/push"));
		if (users.isEmpty()) {
			return http
				.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/qince/push")
					.permitAll()
					.requestMatchers(OPEN)
					.permitAll()
					.anyRequest()
					.denyAll())
				.exceptionHandling(
						(errors) -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
				.build();
		}
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/qince/push")
				.permitAll()
				.requestMatchers(OPEN)
				.permitAll()
				.requestMatchers("/login", "/webjars/**", "/console/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/actions/**")
				.hasRole(Role.OPERATOR.name())
				.anyRequest()
				.authenticated())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/runs", false).permitAll())
			.httpBasic(Customizer.withDefaults())
			// the scraper gets 401 and a Basic challenge, never the login page
			.exceptionHandling(
					(errors) -> errors.defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint(),
							PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny()))
			.build();
	}

}
