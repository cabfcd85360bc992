package io.industryatlas.cluster;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class ClusterTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void suiHaDaQiIsSuihuaHarbinDaqingAndQiqiharWithTheBasisOfThatReading() {
		this.graphQl.document("""
				{ cluster(id: "sui-ha-da-qi-biomanufacturing-cluster") {
				    name kind members { region { code } basis source { document { id } clause quote } } } }
				""")
			.execute()
			.path("cluster.kind")
			.entity(String.class)
			.isEqualTo("CLUSTER")
			.path("cluster.members[*].region.code")
			.entityList(String.class)
			.containsExactly("230100", "230200", "230600", "231200")
			.path("cluster.members[*].basis")
			.entityList(String.class)
			.satisfies(bases -> assertThat(bases).allSatisfy(basis -> assertThat(basis).contains("绥哈大齐")))
			.path("cluster.members[0].source.document.id")
			.entity(String.class)
			.isEqualTo("hlj-biomanufacturing-measures-2026");
	}

	@Test
	void theSpatialPlanHasOnePoleTwoZonesAndOneBelt() {
		this.graphQl.document("{ clusters(kind: POLE) { edges { node { id } } } }")
			.execute()
			.path("clusters.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("harbin-bio-industry-pole");
		this.graphQl.document("{ clusters(kind: BELT) { edges { node { id members { region { code } role } } } } }")
			.execute()
			.path("clusters.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("forest-cold-land-belt")
			.path("clusters.edges[0].node.members[*].region.code")
			.entityList(String.class)
			.contains("230700", "231100", "232700");
		this.graphQl.document("{ clusters(kind: ZONE) { edges { node { id } } } }")
			.execute()
			.path("clusters.edges[*].node.id")
			.entityList(String.class)
			.contains("songnen-plain-core-zone", "sanjiang-plain-demo-zone");
	}

	@Test
	void aParkBelongsToTheClustersOfItsRegionAndSaysWhy() {
		this.graphQl.document("""
				{ park(id: "fuyu-biomedicine-industrial-park") { name region { code }
				    memberships { cluster { id } via region { code } role } } }
				""")
			.execute()
			.path("park.region.code")
			.entity(String.class)
			.isEqualTo("230227")
			.path("park.memberships[?(@.via == 'REGION')].cluster.id")
			.entityList(String.class)
			.contains("songnen-plain-core-zone", "sui-ha-da-qi-biomanufacturing-cluster")
			.path("park.memberships[?(@.cluster.id == 'sui-ha-da-qi-biomanufacturing-cluster')].region.code")
			.entityList(String.class)
			.contains("230200");
	}

}
