// Vocabulary: what the estimate form offers (the API serves it from memory).
CALL () {
  MATCH (r:IncentiveRule)
  RETURN collect(DISTINCT r.kind) AS kinds,
         reduce(s = [], x IN collect(r.requiredRecognitions) + collect([r.upliftRecognition]) | s + x) AS recognitions
}
CALL () {
  MATCH (r:Region)
  WITH r ORDER BY r.code LIMIT 101
  RETURN collect(r {.code, .name, .nameEn, .level}) AS regions
}
RETURN kinds, recognitions, regions
