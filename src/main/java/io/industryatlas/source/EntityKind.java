package io.industryatlas.source;

/**
 * The labels of the graph's entities and the property each is keyed on. The Cypher of
 * each kind is built once from these constants (never from input).
 */
public enum EntityKind {

	REGION("Region", "code"), CLUSTER("Cluster", "id"), PARK("Park", "id"), ENTERPRISE("Enterprise", "id"),
	INSTITUTION("Institution", "id"), PLATFORM("Platform", "id"), AWARD("Award", "id"), DOMAIN("Domain", "id"),
	DIRECTION("Direction", "id"), CHAIN("Chain", "id"), CHAIN_LINK("ChainLink", "id");

	private final String label;

	private final String key;

	final String sourcesQuery;

	EntityKind(String label, String key) {
		this.label = label;
		this.key = key;
		this.sourcesQuery = """
				MATCH (n:%s)-[c:CITED_IN]->(d:Document) WHERE n.%s IN $keys
				RETURN n.%s AS key, d AS document, c.clause AS clause, c.quote AS quote, c.role AS role, c.roleNote AS roleNote
				ORDER BY key, d.issuedOn, c.clause
				"""
			.formatted(label, key, key);
	}

	public String label() {
		return this.label;
	}

	public String key() {
		return this.key;
	}

}
