// Constraints first: every lookup key is unique and indexed.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT direction_id IF NOT EXISTS FOR (n:Direction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chain_link_id IF NOT EXISTS FOR (n:ChainLink) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_file_name IF NOT EXISTS FOR (n:SeedFile) REQUIRE n.name IS UNIQUE;
// The data stamp every write moves on (one node), read by every instance to know whether what it cached is current.
CREATE CONSTRAINT data_version_key IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.key IS UNIQUE;
// Secondary lookups: list regions by level, clusters by kind.
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX cluster_kind IF NOT EXISTS FOR (n:Cluster) ON (n.kind);
// An enterprise by its unified social credit code, which no two enterprises share.
DROP INDEX enterprise_uscc IF EXISTS;
CREATE CONSTRAINT enterprise_uscc_unique IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.uscc IS UNIQUE;
// Lists of enterprises are by name: the index gives that order, so a page stops early.
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX chain_link_stage IF NOT EXISTS FOR (n:ChainLink) ON (n.stage);
// One search box across all entity types; the cjk analyzer indexes Chinese as overlapping bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Region|Cluster|Park|Enterprise|Institution|Platform|Chain|ChainLink|Domain|Direction) ON EACH [n.name, n.nameEn, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Policy incentives: measures and rules by id, documents by the region they apply to.
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incentive_rule_id IF NOT EXISTS FOR (n:IncentiveRule) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_region IF NOT EXISTS FOR (n:Document) ON (n.regionCode);
// The audit log, read newest first, by entity or by account.
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (n:AuditRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_record_at IF NOT EXISTS FOR (n:AuditRecord) ON (n.at);
CREATE INDEX audit_record_target IF NOT EXISTS FOR (n:AuditRecord) ON (n.targetId);
CREATE INDEX audit_record_actor IF NOT EXISTS FOR (n:AuditRecord) ON (n.actor);
// Names the API's queries use before any data carries them (tenancies, awards, stored park
// counts): without them Neo4j warns "not available in the database" on every such query.
CALL db.createRelationshipType('TENANT_OF');
CALL db.createRelationshipType('TENANTS_IN_DOMAIN');
CALL db.createRelationshipType('RECEIVED');
CALL db.createRelationshipType('GRANTED_UNDER');
CALL db.createRelationshipType('SUPERSEDES');
CALL db.createProperty('since');
CALL db.createProperty('until');
CALL db.createProperty('sample');
CALL db.createProperty('tenants');
CALL db.createProperty('tenantsWithoutDomain');
CALL db.createProperty('awardedOn');
CALL db.createProperty('recognition');
CALL db.createProperty('year');
