// PickerData: the area and chain pickers' lists (the API serves them from memory).
CALL () {
  MATCH (r:Region)
  WITH r ORDER BY r.code LIMIT 101
  RETURN collect(r {.code, .name, .nameEn, .level}) AS regions
}
CALL () {
  MATCH (c:Cluster)
  WITH c ORDER BY c.name, c.id LIMIT 101
  RETURN collect(c {.id, .name, .nameEn, .kind}) AS clusters
}
CALL () {
  MATCH (c:Chain)
  WITH c ORDER BY c.name, c.id LIMIT 101
  RETURN collect(c {.id, .name, .nameEn}) AS chains
}
RETURN regions, clusters, chains
