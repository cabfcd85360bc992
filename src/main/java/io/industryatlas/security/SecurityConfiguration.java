package io.industryatlas.security;

import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are open (unless {@code atlas.security.require-login-for-reads}); writes check
 * the caller's role and assignments in each mutation (see {@link Access}). The actuator's
 * endpoints other than health and info need ADMIN where
 * {@code atlas.security.actuator-admin-only} is set (the {@code prod} profile). Callers
 * log in per request, never with a session: HTTP Basic against the local accounts, or an
 * OAuth2 bearer JWT when a JWT decoder is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	/** Encoders a stored hash may name; {noop} (plain text) is not among them. */
	private static final Set<String> HASHES = Set.of("{bcrypt}", "{argon2@SpringSecurity_v5_8}", "{argon2}",
			"{pbkdf2@SpringSecurity_v5_8}", "{pbkdf2}", "{scrypt@SpringSecurity_v5_8}", "{scrypt}");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService accounts(SecurityProperties properties) {
		for (SecurityProperties.Account account : properties.accounts()) {
			if (HASHES.stream().noneMatch(account.password()::startsWith)) {
				throw new IllegalStateException(("atlas.security.accounts: the password of '%s' is not a hash "
						+ "such as {bcrypt}$2a$...; see 'The first administrator' in the README")
					.formatted(account.username()));
			}
		}
		if (properties.accounts().isEmpty()) {
			logger.info("No local accounts (atlas.security.accounts): only JWT callers, if configured, can write");
		}
		// A new object per look-up: the framework erases the password of what it
		// authenticates.
		return username -> properties.accounts()
			.stream()
			.filter(account -> account.username().equals(username))
			.findFirst()
			.map(AccountDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties,
			ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.authorizeHttpRequests(requests -> {
				// Imports write: no anonymous upload is even read (the roles are checked
				// by the import).
				requests.requestMatchers("/import/**").authenticated();
				if (properties.actuatorAdminOnly()) {
					// The metrics tell how the service is used: administrators only.
					// EndpointRequest also matches on a separate management port.
					requests.requestMatchers(EndpointRequest.toAnyEndpoint().excluding("health", "info"))
						.hasRole(Role.ADMIN.name());
				}
				if (properties.requireLoginForReads()) {
					requests
						.requestMatchers("/", "/index.html", "/assets/**", "/favicon.*", "/actuator/health/**",
								"/error")
						.permitAll()
						.anyRequest()
						.authenticated();
				}
				else {
					requests.anyRequest().permitAll();
				}
			});
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtActorConverter(properties.jwt()))));
		}
		return http.build();
	}

}
