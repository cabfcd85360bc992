export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type StageName = (typeof STAGES)[number];

/** Links grouped upstream to downstream, each group in chain order. */
export function byStage<L extends { link: { stage: string; position: number } }>(links: L[]): { stage: StageName; links: L[] }[] {
  return STAGES.map((stage) => ({
    stage,
    links: links.filter((l) => l.link.stage === stage).sort((a, b) => a.link.position - b.link.position),
  })).filter((g) => g.links.length > 0);
}

/** An area is a region code or a cluster id; the API takes exactly one of them. */
export function areaArgs(area: string): { region?: string; cluster?: string } {
  return /^\d{6}$/.test(area) ? { region: area } : { cluster: area };
}
