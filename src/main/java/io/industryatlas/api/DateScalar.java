package io.industryatlas.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} scalar: ISO-8601 calendar dates. Written here because the only
 * graphql-java-extended-scalars release on Maven Central predates graphql-java 25.
 */
@Configuration(proxyBeanMethods = false)
class DateScalar {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date")
		.coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return LocalDate.parse(String.valueOf(input));
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException("Expected a date as yyyy-MM-dd, got '" + input + "'");
				}
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue string) {
					try {
						return LocalDate.parse(string.getValue());
					}
					catch (DateTimeParseException ex) {
						// fall through to the error below
					}
				}
				throw new CoercingParseLiteralException("Expected a date as \"yyyy-MM-dd\"");
			}

		})
		.build();

	@Bean
	RuntimeWiringConfigurer dateScalarWiring() {
		return wiring -> wiring.scalar(DATE);
	}

}
