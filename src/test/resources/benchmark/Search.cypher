// Search: one page of the full-text index over every kind's names.
CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: $first}) YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Sample'][0] AS kind, coalesce(node.id, node.code) AS id, node.name,
       node.nameEn, score, coalesce(node.sample, false) AS sample
