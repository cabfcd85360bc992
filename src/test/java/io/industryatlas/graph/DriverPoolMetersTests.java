package io.industryatlas.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The server a pool talks to, read from the pool's id ({@code host:port-n}). */
class DriverPoolMetersTests {

	@Test
	void theAddressIsThePoolIdWithoutItsNumber() {
		assertThat(DriverPoolMeters.address("127.0.0.1:7687-1370154522")).isEqualTo("127.0.0.1:7687");
		assertThat(DriverPoolMeters.address("neo4j-core-1:7687--42")).isEqualTo("neo4j-core-1:7687");
		assertThat(DriverPoolMeters.address("neo4j-core-1-12")).isEqualTo("neo4j-core-1");
	}

}
