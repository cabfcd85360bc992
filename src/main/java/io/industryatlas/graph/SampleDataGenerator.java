package io.industryatlas.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import org.springframework.stereotype.Component;

/**
 * Generates demo data on top of the facts: sample parks (one per 200 enterprises) and
 * enterprises in the seed's regions, with tenancies in the seed's and the sample parks,
 * chain-link coverage and awards, and sample innovation platforms (one per 250
 * enterprises) hosted by sample enterprises. Deterministic from the random seed; skewed
 * (a few regions, parks and links get most of it), as real registries are. Everything
 * written is labelled {@code :Sample} and carries {@code sample: true}; it never cites a
 * document. The seeder computes the chain-coverage counts afresh after it runs.
 */
@Component
class SampleDataGenerator {

	private static final Log logger = LogFactory.getLog(SampleDataGenerator.class);

	private static final int BATCH = 1_000;

	/** Generating is no request: the database's transaction timeout does not apply. */
	private static final TransactionConfig UNLIMITED = TransactionConfig.builder().withTimeout(Duration.ZERO).build();

	/**
	 * Move-outs are in the past (a fixed date keeps the data the same from run to run).
	 */
	private static final LocalDate LAST_MOVE_OUT = LocalDate.of(2026, 6, 30);

	private static final String TARGETS = """
			CALL () { MATCH (r:Region) WHERE r.level IN ['PREFECTURE', 'COUNTY'] RETURN collect(r.code) AS regions }
			CALL () { MATCH (p:Park) WHERE NOT p:Sample RETURN collect(p.id) AS parks }
			CALL () { MATCH (l:ChainLink) RETURN collect(l.id) AS links }
			RETURN regions, parks, links
			""";

	private static final String WRITE_PARKS = """
			UNWIND $rows AS row
			MERGE (p:Park {id: row.id})
			SET p:Sample, p.sample = true, p.name = row.name, p.nameEn = row.nameEn, p.kind = 'PARK'
			WITH p, row
			MATCH (r:Region {code: row.region})
			MERGE (p)-[l:LOCATED_IN]->(r)
			SET l.sample = true
			""";

	private static final String WRITE_PLATFORMS = """
			UNWIND $rows AS row
			MERGE (pl:Platform {id: row.id})
			SET pl:Sample, pl.sample = true, pl.name = row.name, pl.nameEn = row.nameEn, pl.kind = row.kind,
			    pl.level = row.level, pl.status = 'EXISTING'
			WITH pl, row
			MATCH (host:Enterprise {id: row.host})
			MERGE (pl)-[h:HOSTED_BY]->(host)
			SET h.sample = true
			WITH pl, row
			CALL (pl, row) {
			  MATCH (park:Park {id: row.park})
			  MERGE (pl)-[i:IN_PARK]->(park)
			  SET i.sample = true
			}
			CALL (pl, row) {
			  MATCH (r:Region {code: row.region})
			  MERGE (pl)-[l:LOCATED_IN]->(r)
			  SET l.sample = true
			}
			CALL (pl, row) {
			  MATCH (l:ChainLink {id: row.link})
			  MERGE (pl)-[s:SUPPORTS]->(l)
			  SET s.sample = true
			}
			""";

	/** Chinese and English names and the kind, in the schema's vocabulary. */
	private static final String[][] PLATFORM_KINDS = { { "重点实验室", "Key Laboratory", "KEY_LAB" },
			{ "工程技术研究中心", "Engineering Research Center", "ENGINEERING_CENTER" },
			{ "技术创新中心", "Technology Innovation Center", "TECH_INNOVATION_CENTER" },
			{ "中试平台", "Pilot Platform", "PILOT_PLATFORM" } };

	private static final String[] PLATFORM_LEVELS = { "MUNICIPAL", "PROVINCIAL", "NATIONAL" };

	private static final String WRITE_ENTERPRISES = """
			UNWIND $rows AS row
			MERGE (e:Enterprise {id: row.id})
			SET e:Sample, e.sample = true, e.name = row.name, e.nameEn = row.nameEn
			WITH e, row
			MATCH (r:Region {code: row.region})
			MERGE (e)-[l:LOCATED_IN]->(r)
			SET l.sample = true
			WITH e, row
			CALL (e, row) {
			  UNWIND row.tenancies AS t
			  MATCH (p:Park {id: t.park})
			  MERGE (e)-[rel:TENANT_OF {since: t.since}]->(p)
			  SET rel.until = t.until, rel.sample = true
			}
			CALL (e, row) {
			  UNWIND row.links AS linkId
			  MATCH (l:ChainLink {id: linkId})
			  MERGE (e)-[c:COVERS]->(l)
			  SET c.sample = true
			}
			CALL (e, row) {
			  UNWIND row.awards AS a
			  MERGE (aw:Award {id: a.id})
			  SET aw:Sample, aw.sample = true, aw.title = a.title, aw.level = a.level,
			      aw.issuingBody = a.issuingBody, aw.awardedOn = a.awardedOn, aw.recognition = a.recognition
			  MERGE (e)-[rec:RECEIVED]->(aw)
			  SET rec.sample = true
			}
			""";

	private static final String[] SECTORS = { "生物医药", "生物制造", "生物农业", "生物能源", "生物环保", "生物医学工程" };

	private static final String[] SECTORS_EN = { "Biomedicine", "Biomanufacturing", "Bio-agriculture", "Bioenergy",
			"Bio-environmental", "Biomedical Engineering" };

	/** Title, level, issuing body and the recognition code the incentive rules use. */
	private static final String[][] AWARDS = { { "专精特新“小巨人”企业", "NATIONAL", "工业和信息化部", "NATIONAL_SPECIALIZED_SME" },
			{ "省级专精特新中小企业", "PROVINCIAL", "省工业和信息化厅", "PROVINCIAL_SPECIALIZED_SME" },
			{ "制造业单项冠军企业", "NATIONAL", "工业和信息化部", "NATIONAL_SINGLE_CHAMPION_ENTERPRISE" },
			{ "省级制造业单项冠军企业", "PROVINCIAL", "省工业和信息化厅", "PROVINCIAL_SINGLE_CHAMPION_ENTERPRISE" },
			{ "高新技术企业", "NATIONAL", "科学技术部", "" } };

	private final Driver driver;

	SampleDataGenerator(Driver driver) {
		this.driver = driver;
	}

	void load(SeedProperties.Sample settings) {
		long start = System.nanoTime();
		try (Session session = this.driver.session()) {
			var targets = session.run(TARGETS, UNLIMITED).single();
			List<String> regions = targets.get("regions").asList(v -> v.asString());
			List<String> parks = targets.get("parks").asList(v -> v.asString());
			List<String> links = targets.get("links").asList(v -> v.asString());
			if (regions.isEmpty()) {
				logger.warn("No regions in the graph: sample data needs the seed graph first");
				return;
			}
			SplittableRandom random = new SplittableRandom(settings.randomSeed());
			int sampleParks = Math.max(1, settings.enterprises() / 200);
			List<String> allParks = new ArrayList<>(parks);
			write(session, WRITE_PARKS, "parks", sampleParks, n -> {
				Map<String, Object> row = new HashMap<>();
				row.put("id", "sample-park-%05d".formatted(n));
				row.put("name", "示例生物产业园%05d（样例数据）".formatted(n));
				row.put("nameEn", "Sample bio-industry park %05d (sample data)".formatted(n));
				row.put("region", regions.get(skewed(random, regions.size())));
				allParks.add((String) row.get("id"));
				return row;
			});
			write(session, WRITE_ENTERPRISES, "enterprises", settings.enterprises(),
					n -> enterprise(n, random, regions, allParks, links));
			write(session, WRITE_PLATFORMS, "platforms", Math.max(1, settings.enterprises() / 250),
					n -> platform(n, random, settings.enterprises(), regions, allParks, links));
		}
		logger.info("Sample data loaded in %d ms".formatted((System.nanoTime() - start) / 1_000_000));
	}

	/** Writes {@code count} rows made by {@code row} in batches, logging the progress. */
	private static void write(Session session, String query, String what, int count,
			IntFunction<Map<String, Object>> row) {
		List<Map<String, Object>> batch = new ArrayList<>(BATCH);
		for (int i = 1; i <= count; i++) {
			batch.add(row.apply(i));
			if (batch.size() == BATCH || i == count) {
				session.executeWriteWithoutResult(tx -> tx.run(query, Map.of("rows", batch)).consume(), UNLIMITED);
				batch.clear();
				logger.info("Sample data: %d of %d %s".formatted(i, count, what));
			}
		}
	}

	private static Map<String, Object> platform(int n, SplittableRandom random, int enterprises, List<String> regions,
			List<String> parks, List<String> links) {
		String[] kind = PLATFORM_KINDS[random.nextInt(PLATFORM_KINDS.length)];
		Map<String, Object> row = new HashMap<>();
		row.put("id", "sample-platform-%05d".formatted(n));
		row.put("name", "示例%s%05d（样例数据）".formatted(kind[0], n));
		row.put("nameEn", "Sample %s %05d (sample data)".formatted(kind[1], n));
		row.put("kind", kind[2]);
		row.put("level", PLATFORM_LEVELS[skewed(random, PLATFORM_LEVELS.length)]);
		row.put("host", "sample-enterprise-%06d".formatted(1 + random.nextInt(enterprises)));
		// in a park, or else located in a region of its own
		row.put("park", parks.isEmpty() || random.nextInt(100) >= 70 ? null : parks.get(skewed(random, parks.size())));
		row.put("region", (row.get("park") != null) ? null : regions.get(skewed(random, regions.size())));
		row.put("link", links.isEmpty() ? null : links.get(skewed(random, links.size())));
		return row;
	}

	private static Map<String, Object> enterprise(int n, SplittableRandom random, List<String> regions,
			List<String> parks, List<String> links) {
		int sector = random.nextInt(SECTORS.length);
		Map<String, Object> row = new HashMap<>();
		String id = "sample-enterprise-%06d".formatted(n);
		row.put("id", id);
		row.put("name", "示例%s企业%06d（样例数据）".formatted(SECTORS[sector], n));
		row.put("nameEn", "Sample %s Co. %06d (sample data)".formatted(SECTORS_EN[sector], n));
		row.put("region", regions.get(skewed(random, regions.size())));
		List<Map<String, Object>> tenancies = new ArrayList<>();
		if (!parks.isEmpty() && random.nextInt(100) < 70) {
			LocalDate since = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1);
			String park = parks.get(skewed(random, parks.size()));
			LocalDate until = random.nextInt(100) < 20 ? since.plusMonths(6 + random.nextInt(60)) : null;
			if (until != null && until.isAfter(LAST_MOVE_OUT)) {
				until = null;
			}
			Map<String, Object> tenancy = new HashMap<>();
			tenancy.put("park", park);
			tenancy.put("since", since);
			tenancy.put("until", until);
			tenancies.add(tenancy);
			if (until != null && until.isBefore(LAST_MOVE_OUT) && random.nextBoolean()) {
				tenancies.add(Map.of("park", parks.get(skewed(random, parks.size())), "since", until.plusDays(1)));
			}
		}
		row.put("tenancies", tenancies);
		List<String> covered = new ArrayList<>();
		if (!links.isEmpty()) {
			int count = 1 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				covered.add(links.get(skewed(random, links.size())));
			}
		}
		row.put("links", covered);
		List<Map<String, Object>> awards = new ArrayList<>();
		if (random.nextInt(100) < 25) {
			String[] award = AWARDS[random.nextInt(AWARDS.length)];
			Map<String, Object> awardRow = new HashMap<>();
			awardRow.put("id", id + "-award-1");
			awardRow.put("title", award[0]);
			awardRow.put("level", award[1]);
			awardRow.put("issuingBody", award[2]);
			awardRow.put("recognition", award[3].isEmpty() ? null : award[3]);
			awardRow.put("awardedOn",
					LocalDate.of(2018 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)));
			awards.add(awardRow);
		}
		row.put("awards", awards);
		return row;
	}

	/** An index in [0, size) where low indexes are far more likely (a power-law skew). */
	private static int skewed(SplittableRandom random, int size) {
		double u = random.nextDouble();
		return Math.min(size - 1, (int) (size * u * u * u));
	}

}
