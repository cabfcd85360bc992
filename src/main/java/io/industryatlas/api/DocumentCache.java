package io.industryatlas.api;

import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated query documents, keyed by their text: a frontend or
 * dashboard sends the same few documents over and over (with different variables), and
 * parsing and validating one costs more than many a small query's database work.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocuments(ApiProperties properties) {
		Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
			.maximumSize(properties.documentCacheSize())
			.build();
		PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture
			.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

}
