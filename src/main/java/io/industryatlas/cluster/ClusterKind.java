package io.industryatlas.cluster;

/** The kind of a spatial grouping. */
public enum ClusterKind {

	POLE, ZONE, BELT, CLUSTER

}
