package io.industryatlas.region;

/** Administrative level of a region. */
public enum RegionLevel {

	PROVINCE, PREFECTURE, COUNTY

}
