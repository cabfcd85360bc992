package io.industryatlas.serving;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.industryatlas.graph.DataVersion;
import io.industryatlas.security.Access;

/**
 * The admission gate in front of the API and the cache of read answers.
 */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

	@Bean
	FilterRegistrationBean<AdmissionControl> admissionControl(ServingProperties properties, MeterRegistry meters) {
		FilterRegistrationBean<AdmissionControl> registration = new FilterRegistrationBean<>(
				new AdmissionControl(properties, new RateLimits(properties.rateLimit()), meters));
		registration.addUrlPatterns("/graphql", "/graphql/*", "/export/*", "/import/*");
		// After Spring Security (the rate limit counts accounts), before the other
		// filters.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

	@Bean
	@ConditionalOnProperty(name = "atlas.serving.cache.enabled", matchIfMissing = true)
	ResponseCache responseCache(ServingProperties properties, DataVersion dataVersion, Access access, JsonMapper json,
			MeterRegistry meters) {
		return new ResponseCache(properties.cache(), dataVersion, access, json, meters);
	}

	@Bean
	QueryMarker queryMarker() {
		return new QueryMarker();
	}

}
