package io.industryatlas.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often an instance reads the data stamp ({@link DataVersion}).
 *
 * @param checkEvery how often the stamp is read: a write through another instance is seen
 * within this time
 * @param trustFor how long a stamp read from the database is trusted; past this (the
 * database could not be read) nothing cached is served
 */
@ConfigurationProperties("atlas.data-version")
public record DataVersionProperties(@DefaultValue("250ms") Duration checkEvery, @DefaultValue("1s") Duration trustFor) {
}
