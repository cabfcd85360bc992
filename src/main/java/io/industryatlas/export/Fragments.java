package io.industryatlas.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GraphQL fragments that the export documents share (the fields of an enterprise row,
 * of a source, ...). A document gets the fragments it spreads, and those they spread,
 * appended; an unused fragment would make it invalid.
 */
final class Fragments {

	private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.([A-Za-z_][A-Za-z0-9_]*)");

	private static final Map<String, String> FRAGMENTS = new LinkedHashMap<>();

	static {
		define("Src", "fragment Src on Source { document { id } clause }");
		define("Page", "fragment Page on PageInfo { hasNextPage endCursor }");
		define("EnterpriseRow", "fragment EnterpriseRow on Enterprise { id name nameEn sample region { code name } }");
		define("ParkRow", "fragment ParkRow on Park { id name nameEn kind status sample region { code name } }");
		define("PlatformRow",
				"fragment PlatformRow on Platform { id name nameEn kind level status sample region { code name } }");
		define("MembershipRow", """
				fragment MembershipRow on Membership {
				  cluster { id name nameEn kind } via region { code name } role source { ...Src }
				}""");
		define("AwardRow", """
				fragment AwardRow on Award {
				  id title level issuingBody awardedOn year validUntil recognition sample sources { ...Src }
				}""");
		define("FocusRow", "fragment FocusRow on Focus { kind id name source { ...Src } }");
		define("LinkRow", "fragment LinkRow on ChainLink { id name nameEn stage position }");
		define("RegionRow", "fragment RegionRow on Region { code name nameEn level parent { code } }");
	}

	private Fragments() {
	}

	private static void define(String name, String text) {
		FRAGMENTS.put(name, text);
	}

	/** The document with the definitions of every fragment it uses, directly or not. */
	static String complete(String document) {
		Map<String, String> used = new LinkedHashMap<>();
		collect(document, used);
		StringBuilder out = new StringBuilder(document.strip());
		used.values().forEach(fragment -> out.append('\n').append(fragment));
		return out.toString();
	}

	private static void collect(String text, Map<String, String> used) {
		Matcher matcher = SPREAD.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (!used.containsKey(name)) {
				String fragment = FRAGMENTS.get(name);
				if (fragment == null) {
					throw new IllegalArgumentException("No fragment " + name);
				}
				used.put(name, fragment);
				collect(fragment, used);
			}
		}
	}

}
