package io.industryatlas.graph;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * In-memory caches for what changes only when the seed graph is loaded (policy rules,
 * regions); {@link GraphSeeder} clears them after loading anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
