package io.industryatlas.graph;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * In-memory caches for what changes only when the seed graph is loaded (policy rules,
 * regions, clusters, chains and domains); {@link GraphSeeder} clears them after loading
 * anything, and entries expire after {@code spring.cache.caffeine.spec} for other
 * instances of a scaled-out deployment.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
