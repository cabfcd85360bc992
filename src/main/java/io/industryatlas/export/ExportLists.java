package io.industryatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import static io.industryatlas.export.Column.bool;
import static io.industryatlas.export.Column.each;
import static io.industryatlas.export.Column.number;
import static io.industryatlas.export.Column.sources;
import static io.industryatlas.export.Column.text;

/**
 * Every list the UI shows, as an export: in one place, each a document of the public
 * GraphQL API, the path to its rows, its parameters (named as in the API) and its
 * columns. The UI's views name these lists in their export links.
 */
@Component
class ExportLists {

	// Columns shared by several lists.

	private static final List<Column> NAMED = List.of(text("id", "编号", "id"), text("name", "名称", "name"),
			text("name_en", "英文名称", "nameEn"));

	private static final Column SAMPLE = bool("sample", "示例数据", "sample");

	private static final List<Column> IN_REGION = List.of(text("region_code", "地区代码", "region.code"),
			text("region_name", "地区", "region.name"));

	private static final List<Column> ENTERPRISE = join(NAMED, List.of(SAMPLE), IN_REGION);

	private static final List<Column> PARK = join(NAMED,
			List.of(text("kind", "类型", "kind"), text("status", "状态", "status"), SAMPLE), IN_REGION);

	private static final List<Column> PLATFORM = join(NAMED,
			List.of(text("kind", "类型", "kind"), text("level", "级别", "level"), text("status", "状态", "status"), SAMPLE),
			IN_REGION);

	private static final List<Column> REGION = List.of(text("code", "代码", "code"), text("name", "名称", "name"),
			text("name_en", "英文名称", "nameEn"), text("level", "级别", "level"),
			text("parent_code", "上级地区代码", "parent.code"));

	private static final List<Column> MEMBERSHIP = List.of(text("cluster_id", "集群编号", "cluster.id"),
			text("cluster_name", "集群/分区", "cluster.name"), text("cluster_name_en", "集群英文名称", "cluster.nameEn"),
			text("cluster_kind", "集群类型", "cluster.kind"), text("via", "归属方式", "via"),
			text("via_region_code", "经由地区代码", "region.code"), text("via_region_name", "经由地区", "region.name"),
			text("role", "定位", "role"), sources("source", "出处", "source"));

	private static final List<Column> AWARD = List.of(text("id", "编号", "id"), text("title", "荣誉", "title"),
			text("level", "级别", "level"), text("issuing_body", "授予单位", "issuingBody"),
			text("awarded_on", "授予日期", "awardedOn"), number("year", "年份", "year"),
			text("valid_until", "有效期至", "validUntil"), text("recognition", "认定代码", "recognition"), SAMPLE,
			sources("sources", "出处", "sources"));

	private static final List<Column> FOCUS = List.of(text("kind", "类型", "kind"), text("id", "编号", "id"),
			text("name", "名称", "name"), sources("source", "出处", "source"));

	private static final List<Column> LINK = List.of(text("link_id", "环节编号", "link.id"),
			text("link_name", "环节", "link.name"), text("link_name_en", "环节英文名称", "link.nameEn"),
			text("stage", "位置", "link.stage"), number("position", "序号", "link.position"),
			number("local_enterprises", "本地企业数", "localEnterprises"), bool("gap", "缺链", "gap"));

	private static final List<Column> TENANCY = join(under(ENTERPRISE, "enterprise_", "企业", "enterprise."),
			List.of(text("since", "入驻日期", "since"), text("until", "迁出日期", "until"), bool("sample", "示例数据", "sample"),
					sources("source", "出处", "source")));

	// Parameters shared by several lists.

	private static final Param REGION_CODE = Param.required("code", "the region's GB/T 2260 code, e.g. 230100");

	private static final Param ID = Param.required("id", "the id");

	private static final Param CHAIN = Param.required("chain", "the chain's id");

	private static final Param AREA_REGION = Param.optional("region",
			"the area as a region code (give region or cluster)");

	private static final Param AREA_CLUSTER = Param.optional("cluster",
			"the area as a cluster id (give region or cluster)");

	private static final Param MIN_ENTERPRISES = Param
		.optional("minEnterprises", "a link with fewer local enterprises is a gap (default 1)")
		.as(Param.Type.INT);

	private static final Param LINK_FILTER = Param.filter("link", "only this link's rows (a link id)", "link.id");

	private static final String CHAIN_GAPS = "chainGaps(chain: $chain, region: $region, cluster: $cluster, minEnterprises: $minEnterprises)";

	private static final String CHAIN_VARIABLES = "$chain: ID!, $region: ID, $cluster: ID, $minEnterprises: Int";

	private final Map<String, ExportList> lists = new LinkedHashMap<>();

	ExportLists() {
		overview();
		regions();
		clusters();
		parks();
		enterprisesAndPlatforms();
		chains();
		attraction();
		incentives();
	}

	Optional<ExportList> find(String name) {
		return Optional.ofNullable(this.lists.get(name));
	}

	Collection<ExportList> all() {
		return this.lists.values();
	}

	private void add(ExportList.Builder builder) {
		ExportList list = builder.build();
		this.lists.put(list.name(), list);
	}

	/** The map: prefectures, layers (clusters), parks; and the search box. */
	private void overview() {
		add(ExportList.named("regions", "Regions", "地区")
			.params(Param.optional("level", "PROVINCE, PREFECTURE or COUNTY"),
					Param.optional("parent", "the parent region's code"))
			.document("""
					query ($level: RegionLevel, $parent: ID, $first: Int, $after: String) {
					  regions(level: $level, parent: $parent, first: $first, after: $after) {
					    edges { node { ...RegionRow } } pageInfo { ...Page }
					  }
					}""")
			.rows("regions")
			.columns(REGION));
		add(ExportList.named("clusters", "Clusters, zones, belt and pole", "集群与分区")
			.params(Param.optional("kind", "POLE, ZONE, BELT or CLUSTER"))
			.document("""
					query ($kind: ClusterKind, $first: Int, $after: String) {
					  clusters(kind: $kind, first: $first, after: $after) {
					    edges { node { id name nameEn kind members { region { code name } } sources { ...Src } } }
					    pageInfo { ...Page }
					  }
					}""")
			.rows("clusters")
			.columns(join(NAMED,
					List.of(text("kind", "类型", "kind"), text("member_codes", "成员地区代码", "members.region.code"),
							text("member_names", "成员地区", "members.region.name"),
							sources("sources", "出处", "sources")))));
		add(ExportList.named("parks", "Parks", "园区").document("""
				query ($first: Int, $after: String) {
				  parks(first: $first, after: $after) { edges { node { ...ParkRow } } pageInfo { ...Page } }
				}""").rows("parks").columns(PARK));
		add(ExportList.named("search", "Search results", "搜索结果")
			.params(Param.required("text", "the search text"))
			.document("""
					query ($text: String!, $first: Int, $after: String) {
					  search(text: $text, first: $first, after: $after) {
					    edges { node { kind id name nameEn score sample } } pageInfo { ...Page }
					  }
					}""")
			.rows("search")
			.columns(text("kind", "类型", "kind"), text("id", "编号", "id"), text("name", "名称", "name"),
					text("name_en", "英文名称", "nameEn"), number("score", "相关度", "score"), SAMPLE));
	}

	/** The region page. */
	private void regions() {
		add(ExportList.named("region-children", "Regions below", "下辖地区")
			.params(REGION_CODE)
			.document("""
					query ($code: ID!) { region(code: $code) { name children { ...RegionRow } } }""")
			.rows("region.children")
			.fileTitle("region.name")
			.columns(REGION));
		add(ExportList.named("region-memberships", "Memberships of a region", "地区所属集群/分区")
			.params(REGION_CODE)
			.document("""
					query ($code: ID!) { region(code: $code) { name clusters { ...MembershipRow } } }""")
			.rows("region.clusters")
			.fileTitle("region.name")
			.columns(MEMBERSHIP));
		for (Area area : List.of(Area.REGION, Area.CLUSTER)) {
			add(area.connection("parks", "Parks", "园区", "ParkRow", PARK));
			add(area.connection("enterprises", "Enterprises", "企业", "EnterpriseRow", ENTERPRISE));
			add(area.connection("platforms", "Platforms", "平台", "PlatformRow", PLATFORM));
		}
	}

	/** The cluster page (its parks, enterprises and platforms are with the region's). */
	private void clusters() {
		add(ExportList.named("cluster-members", "Members of a cluster", "集群成员")
			.params(ID.withDescription("the cluster's id"))
			.document("""
					query ($id: ID!) {
					  cluster(id: $id) { name members { region { code name nameEn } role basis source { ...Src } } }
					}""")
			.rows("cluster.members")
			.fileTitle("cluster.name")
			.columns(text("region_code", "地区代码", "region.code"), text("region_name", "地区", "region.name"),
					text("region_name_en", "地区英文名称", "region.nameEn"), text("role", "定位", "role"),
					text("basis", "依据", "basis"), sources("source", "出处", "source")));
	}

	/** The park page. */
	private void parks() {
		Param park = ID.withDescription("the park's id");
		String tenancy = "since until sample source { ...Src } enterprise { ...EnterpriseRow }";
		add(ExportList.named("park-tenants", "Tenants now", "现有入驻企业")
			.params(park)
			.document(
					"""
							query ($id: ID!, $first: Int, $after: String) {
							  park(id: $id) { name tenants(first: $first, after: $after) { edges { node { %s } } pageInfo { ...Page } } }
							}"""
						.formatted(tenancy))
			.rows("park.tenants")
			.fileTitle("park.name")
			.columns(TENANCY));
		add(ExportList.named("park-tenancy-history", "Tenants over time", "入驻历史").params(park).document("""
				query ($id: ID!, $first: Int, $after: String) {
				  park(id: $id) {
				    name tenancyHistory(first: $first, after: $after) { edges { node { %s } } pageInfo { ...Page } }
				  }
				}""".formatted(tenancy)).rows("park.tenancyHistory").fileTitle("park.name").columns(TENANCY));
		add(ExportList.named("park-tenants-by-domain", "Tenants by domain", "入驻企业领域分布")
			.params(park)
			.document("""
					query ($id: ID!) { park(id: $id) { name tenantsByDomain { domain { id name nameEn } count } } }""")
			.rows("park.tenantsByDomain")
			.fileTitle("park.name")
			.columns(text("domain_id", "领域编号", "domain.id"), text("domain_name", "领域", "domain.name"),
					text("domain_name_en", "领域英文名称", "domain.nameEn"), number("count", "企业数", "count")));
		add(ExportList.named("park-platforms", "Platforms in a park", "园区平台")
			.params(park)
			.document("""
					query ($id: ID!) { park(id: $id) { name platforms { ...PlatformRow } } }""")
			.rows("park.platforms")
			.fileTitle("park.name")
			.columns(PLATFORM));
		add(ExportList.named("park-tenant-awards", "Awards of tenants", "入驻企业荣誉")
			.params(park)
			.document("""
					query ($id: ID!, $first: Int, $after: String) {
					  park(id: $id) {
					    name
					    tenants(first: $first, after: $after) {
					      edges { node { enterprise { id name nameEn awards { ...AwardRow } } } } pageInfo { ...Page }
					    }
					  }
					}""")
			.rows("park.tenants.enterprise.awards")
			.fileTitle("park.name")
			.columns(join(outer(under(NAMED, "enterprise_", "企业", "enterprise.")), AWARD)));
		add(memberships("park", "a park"));
		add(supports("park", "a park", "Hosts and serves", "园区承载/服务"));
	}

	/** The enterprise and platform pages. */
	private void enterprisesAndPlatforms() {
		Param enterprise = ID.withDescription("the enterprise's id");
		add(ExportList.named("enterprise-tenancies", "Tenancies of an enterprise", "企业入驻园区")
			.params(enterprise)
			.document("""
					query ($id: ID!) {
					  enterprise(id: $id) {
					    name tenancies { since until sample park { id name nameEn } source { ...Src } }
					  }
					}""")
			.rows("enterprise.tenancies")
			.fileTitle("enterprise.name")
			.columns(text("park_id", "园区编号", "park.id"), text("park_name", "园区", "park.name"),
					text("park_name_en", "园区英文名称", "park.nameEn"), text("since", "入驻日期", "since"),
					text("until", "迁出日期", "until"), SAMPLE, sources("source", "出处", "source")));
		add(memberships("enterprise", "an enterprise"));
		add(ExportList.named("enterprise-chain-links", "Chain links covered", "企业覆盖的产业链环节")
			.params(enterprise)
			.document("""
					query ($id: ID!) {
					  enterprise(id: $id) { name chainLinks { ...LinkRow chain { id name nameEn } sources { ...Src } } }
					}""")
			.rows("enterprise.chainLinks")
			.fileTitle("enterprise.name")
			.columns(text("chain_id", "产业链编号", "chain.id"), text("chain_name", "产业链", "chain.name"),
					text("chain_name_en", "产业链英文名称", "chain.nameEn"), text("link_id", "环节编号", "id"),
					text("link_name", "环节", "name"), text("link_name_en", "环节英文名称", "nameEn"),
					text("stage", "位置", "stage"), number("position", "序号", "position"),
					sources("sources", "出处", "sources")));
		add(ExportList.named("enterprise-leads", "Chains led", "企业任链主的产业链")
			.params(enterprise)
			.document("""
					query ($id: ID!) { enterprise(id: $id) { name leads { id name nameEn } } }""")
			.rows("enterprise.leads")
			.fileTitle("enterprise.name")
			.columns(NAMED));
		add(awards("enterprise", "an enterprise"));
		add(memberships("platform", "a platform"));
		add(supports("platform", "a platform", "Chain links served", "平台服务的产业链环节"));
		add(awards("platform", "a platform"));
	}

	/** The chain view: links with their local enterprises, gaps, candidates, leaders. */
	private void chains() {
		Param[] area = { CHAIN, AREA_REGION, AREA_CLUSTER, MIN_ENTERPRISES };
		add(ExportList.named("chain-leaders", "Chain leaders", "链主企业")
			.params(CHAIN)
			.document("""
					query ($chain: ID!) { chain(id: $chain) { name leaders { ...EnterpriseRow } } }""")
			.rows("chain.leaders")
			.fileTitle("chain.name")
			.columns(ENTERPRISE));
		add(ExportList.named("chain-links", "Chain links in an area", "产业链环节覆盖")
			.params(area)
			.document("""
					query (%s) {
					  %s { chain { name } links { localEnterprises gap link { ...LinkRow sources { ...Src } } } }
					}""".formatted(CHAIN_VARIABLES, CHAIN_GAPS))
			.rows("chainGaps.links")
			.fileTitle("chainGaps.chain.name")
			.columns(join(LINK, List.of(sources("sources", "出处", "link.sources")))));
		add(ExportList.named("chain-link-enterprises", "Local enterprises per link", "各环节本地企业")
			.params(CHAIN, AREA_REGION, AREA_CLUSTER, MIN_ENTERPRISES, LINK_FILTER)
			.document("""
					query (%s, $first: Int, $after: String) {
					  %s {
					    chain { name }
					    links {
					      localEnterprises gap
					      link {
					        ...LinkRow
					        enterprises(region: $region, cluster: $cluster, first: $first, after: $after) {
					          edges { node { ...EnterpriseRow } } pageInfo { ...Page }
					        }
					      }
					    }
					  }
					}""".formatted(CHAIN_VARIABLES, CHAIN_GAPS))
			.rows("chainGaps.links.link.enterprises")
			.fileTitle("chainGaps.chain.name")
			.columns(join(outer(LINK), under(ENTERPRISE, "enterprise_", "企业", ""))));
		add(ExportList.named("chain-candidates", "Attraction candidates per link", "各环节招商候选")
			.params(CHAIN, AREA_REGION, AREA_CLUSTER, MIN_ENTERPRISES, LINK_FILTER)
			.document(
					"""
							query (%s, $first: Int, $after: String) {
							  %s {
							    chain { name }
							    links {
							      localEnterprises gap link { ...LinkRow }
							      candidates(first: $first, after: $after) { edges { node { ...EnterpriseRow } } pageInfo { ...Page } }
							    }
							  }
							}"""
						.formatted(CHAIN_VARIABLES, CHAIN_GAPS))
			.rows("chainGaps.links.candidates")
			.fileTitle("chainGaps.chain.name")
			.columns(join(outer(LINK), under(ENTERPRISE, "enterprise_", "企业", ""))));
		add(ExportList.named("chain-gaps", "Gaps", "缺失环节")
			.params(area)
			.document("""
					query (%s) { %s { chain { name } gaps { localEnterprises gap link { ...LinkRow } } } }"""
				.formatted(CHAIN_VARIABLES, CHAIN_GAPS))
			.rows("chainGaps.gaps")
			.fileTitle("chainGaps.chain.name")
			.columns(LINK));
	}

	/** Investment attraction: ranked targets with the parts of their score. */
	private void attraction() {
		add(ExportList.named("attraction-targets", "Ranked attraction targets", "招商目标排名")
			.params(CHAIN, AREA_REGION, AREA_CLUSTER, MIN_ENTERPRISES,
					Param.optional("typicalInvestment", "the typical project's fixed-asset investment, yuan"),
					Param.optional("date", "the date for the incentive estimate; today when absent")
						.as(Param.Type.DATE))
			.document("""
					query (%s, $typicalInvestment: String, $date: Date, $first: Int, $after: String) {
					  chain(id: $chain) { name }
					  attractionTargets(chain: $chain, region: $region, cluster: $cluster,
					      minEnterprises: $minEnterprises, typicalInvestment: $typicalInvestment, date: $date,
					      first: $first, after: $after) {
					    edges {
					      node {
					        enterprise { ...EnterpriseRow }
					        score scoring { factor points detail } gapLinks { id name }
					        incentive {
					          region { code name } project total maximum
					          rules { amount upTo rule { source { ...Src } } }
					        }
					      }
					    }
					    pageInfo { ...Page }
					  }
					}""".formatted(CHAIN_VARIABLES))
			.rows("attractionTargets")
			.fileTitle("chain.name")
			.columns(join(under(ENTERPRISE, "enterprise_", "企业", "enterprise."), List.of(number("score", "得分", "score"),
					number("gap_coverage_points", "补链得分", "scoring[factor=GAP_COVERAGE].points"),
					number("chain_leader_points", "链主得分", "scoring[factor=CHAIN_LEADER].points"),
					number("recognitions_points", "认定得分", "scoring[factor=RECOGNITIONS].points"),
					number("document_role_points", "文件点名得分", "scoring[factor=DOCUMENT_ROLE].points"),
					each("scoring", "得分构成", "scoring", "{factor} +{points}: {detail}"),
					text("gap_link_ids", "所补环节编号", "gapLinks.id"), text("gap_links", "所补环节", "gapLinks.name"),
					text("incentive_region_code", "测算地区代码", "incentive.region.code"),
					text("incentive_region_name", "测算地区", "incentive.region.name"),
					text("incentive_project", "典型项目", "incentive.project"),
					number("incentive_total", "典型项目可获（元）", "incentive.total"),
					number("incentive_maximum", "典型项目最高可获（元）", "incentive.maximum"), each("incentive_rules", "兑现条款",
							"incentive.rules", "{rule.source.document.id} {rule.source.clause}: {amount}")))));
	}

	/** The incentive estimate: every clause, and the totals per document. */
	private void incentives() {
		Param[] project = { Param.required("region", "the project's region code").into("project.region"),
				Param.required("date", "the application date, yyyy-MM-dd").as(Param.Type.DATE).into("project.date"),
				Param.optional("kind", "a project kind (repeatable)").as(Param.Type.TEXTS).into("project.kinds"),
				Param.optional("construction", "NEW_BUILD, EXPANSION, RENOVATION or TECH_UPGRADE")
					.into("project.construction"),
				Param.optional("amount", "name:value in yuan, e.g. fixedAssetInvestment:30000000 (repeatable)")
					.as(Param.Type.AMOUNTS)
					.into("project.amounts"),
				Param.optional("product", "name:sales in yuan (repeatable)")
					.as(Param.Type.PRODUCTS)
					.into("project.products"),
				Param.optional("recognition", "a recognition held (repeatable)")
					.as(Param.Type.TEXTS)
					.into("project.recognitions") };
		List<Param> withEligible = new ArrayList<>(List.of(project));
		withEligible
			.add(Param.optional("eligibleOnly", "only the eligible rules: true or false").as(Param.Type.BOOLEAN));
		add(ExportList.named("incentive-estimate", "Incentive estimate, clause by clause", "政策兑现测算（逐条）")
			.params(withEligible.toArray(Param[]::new))
			.document("""
					query ($project: ProjectInput!, $eligibleOnly: Boolean) {
					  incentiveEstimate(project: $project) {
					    region { name }
					    results(eligibleOnly: $eligibleOnly) {
					      rule { id name nameEn kind interpretation source { document { id } clause quote } }
					      inForce eligible paid amount upTo limit reasons combinationNote
					      items { name amount } funding { payer amount }
					    }
					  }
					}""")
			.rows("incentiveEstimate.results")
			.fileTitle("incentiveEstimate.region.name")
			.columns(text("document_id", "文件编号", "rule.source.document.id"), text("clause", "条款", "rule.source.clause"),
					text("rule_id", "规则编号", "rule.id"), text("rule_name", "规则", "rule.name"),
					text("rule_name_en", "规则英文名称", "rule.nameEn"), text("rule_kind", "项目类型", "rule.kind"),
					bool("in_force", "生效", "inForce"), bool("eligible", "符合", "eligible"), bool("paid", "计入合计", "paid"),
					number("amount", "金额（元）", "amount"), bool("up_to", "最高不超过", "upTo"), text("limit", "上限", "limit"),
					text("reasons", "理由", "reasons"), each("items", "明细", "items", "{name} {amount}"),
					each("funding", "资金分担", "funding", "{payer} {amount}"),
					text("interpretation", "解读", "rule.interpretation"),
					text("combination_note", "叠加说明", "combinationNote"), text("quote", "原文", "rule.source.quote")));
		add(ExportList.named("incentive-estimate-totals", "Incentive estimate per document", "政策兑现测算（按文件）")
			.params(project)
			.document("""
					query ($project: ProjectInput!) {
					  incentiveEstimate(project: $project) {
					    region { name } totals { document { id title titleEn } inForce principle total maximum }
					  }
					}""")
			.rows("incentiveEstimate.totals")
			.fileTitle("incentiveEstimate.region.name")
			.columns(text("document_id", "文件编号", "document.id"), text("title", "文件", "document.title"),
					text("title_en", "文件英文名称", "document.titleEn"), bool("in_force", "生效", "inForce"),
					text("principle", "叠加原则", "principle"), number("total", "合计（元）", "total"),
					number("maximum", "最高合计（元）", "maximum")));
	}

	private static ExportList.Builder memberships(String entity, String what) {
		return ExportList.named(entity + "-memberships", "Memberships of " + what, "所属集群/分区")
			.params(ID.withDescription("the %s's id".formatted(entity)))
			.document("""
					query ($id: ID!) { %s(id: $id) { name memberships { ...MembershipRow } } }""".formatted(entity))
			.rows(entity + ".memberships")
			.fileTitle(entity + ".name")
			.columns(MEMBERSHIP);
	}

	private static ExportList.Builder supports(String entity, String what, String title, String titleZh) {
		return ExportList.named(entity + "-supports", title + " of " + what, titleZh)
			.params(ID.withDescription("the %s's id".formatted(entity)))
			.document("""
					query ($id: ID!) { %s(id: $id) { name supports { ...FocusRow } } }""".formatted(entity))
			.rows(entity + ".supports")
			.fileTitle(entity + ".name")
			.columns(FOCUS);
	}

	private static ExportList.Builder awards(String entity, String what) {
		return ExportList.named(entity + "-awards", "Awards of " + what, "荣誉")
			.params(ID.withDescription("the %s's id".formatted(entity)))
			.document("""
					query ($id: ID!) { %s(id: $id) { name awards { ...AwardRow } } }""".formatted(entity))
			.rows(entity + ".awards")
			.fileTitle(entity + ".name")
			.columns(AWARD);
	}

	/** Regions and clusters have the same three connections. */
	private enum Area {

		REGION("region", "code", "ID!", REGION_CODE, "a region", "地区"),
		CLUSTER("cluster", "id", "ID!", Param.required("id", "the cluster's id"), "a cluster", "集群");

		private final String field;

		private final String argument;

		private final String type;

		private final Param param;

		private final String what;

		private final String zh;

		Area(String field, String argument, String type, Param param, String what, String zh) {
			this.field = field;
			this.argument = argument;
			this.type = type;
			this.param = param;
			this.what = what;
			this.zh = zh;
		}

		ExportList.Builder connection(String connection, String title, String titleZh, String fragment,
				List<Column> columns) {
			return ExportList.named(this.field + "-" + connection, title + " of " + this.what, this.zh + titleZh)
				.params(this.param)
				.document("""
						query ($%s: %s, $first: Int, $after: String) {
						  %s(%s: $%s) {
						    name %s(first: $first, after: $after) { edges { node { ...%s } } pageInfo { ...Page } }
						  }
						}""".formatted(this.argument, this.type, this.field, this.argument, this.argument, connection,
						fragment))
				.rows(this.field + "." + connection)
				.fileTitle(this.field + ".name")
				.columns(columns);
		}

	}

	@SafeVarargs
	private static List<Column> join(List<Column>... parts) {
		List<Column> all = new ArrayList<>();
		for (List<Column> part : parts) {
			all.addAll(part);
		}
		return List.copyOf(all);
	}

	private static List<Column> under(List<Column> columns, String keyPrefix, String zhPrefix, String pathPrefix) {
		return columns.stream().map(c -> c.under(keyPrefix, zhPrefix, pathPrefix)).toList();
	}

	private static List<Column> outer(List<Column> columns) {
		return columns.stream().map(Column::outer).toList();
	}

}
