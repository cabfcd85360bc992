// Estimate: the policy rules that apply in $region (its own documents and those of the
// regions above it); the API reads them from memory and evaluates them in Java.
MATCH (:Region {code: $region})-[:PART_OF*0..3]->(area:Region)
MATCH (d:Document {regionCode: area.code})-[:HAS_MEASURE]->(:Measure)-[:HAS_RULE]->(r:IncentiveRule)
RETURN d.id, r
