package io.industryatlas;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class SchemaInspectionTests {

	@Autowired
	TestSupport.SchemaReports reports;

	@Test
	void everySchemaFieldIsMappedAndEveryControllerMethodHasAField() {
		assertThat(this.reports.reports()).isNotEmpty();
		SchemaReport report = this.reports.reports().get(0);
		// edges and pageInfo of connections are served by Spring's Window-to-connection
		// adapter, which the inspection does not follow; paging tests cover them.
		assertThat(report.unmappedFields())
			.filteredOn(field -> !(field.getTypeName().endsWith("Connection")
					&& (field.getFieldName().equals("edges") || field.getFieldName().equals("pageInfo"))))
			.as("schema fields without a data fetcher")
			.isEmpty();
		assertThat(report.unmappedRegistrations()).as("controller mappings without a schema field").isEmpty();
		assertThat(report.unmappedArguments()).as("controller arguments not in the schema").isEmpty();
		assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
		assertThat(report.fieldNullnessErrors()).as("non-null schema fields whose Java value may be null").isEmpty();
		assertThat(report.argumentNullnessErrors()).as("arguments whose nullness differs from the Java parameter")
			.isEmpty();
	}

}
