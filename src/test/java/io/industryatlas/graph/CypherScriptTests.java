package io.industryatlas.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CypherScriptTests {

	@Test
	void statementsEndWithASemicolonAtTheEndOfALine() {
		String script = """
				// constraints first
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;

				UNWIND [{id: 'x', quote: '一；二'}] AS row
				MERGE (a:A {id: row.id})
				SET a.quote = row.quote;
				""";
		assertThat(CypherScript.statements(script)).containsExactly(
				"CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
				"UNWIND [{id: 'x', quote: '一；二'}] AS row\nMERGE (a:A {id: row.id})\nSET a.quote = row.quote");
	}

	@Test
	void anUnterminatedStatementIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherScript.statements("MATCH (n) RETURN n"))
			.withMessageContaining("does not end with ';'");
	}

}
