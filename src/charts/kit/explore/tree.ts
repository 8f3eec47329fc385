/** One place in a chart's navigation tree: the sentence read there and the places below it. */
export interface ExploreNode {
  text: string;
  children?: ExploreNode[];
  /** The series (an index into `ExploreTree.sound.series`) this node and its children play. */
  series?: number;
}

/** One point as a tone: its value (null for a gap, which stays silent) and how it is drawn. */
export interface Tone {
  value: number | null;
  uncertain: boolean;
  partYear: boolean;
}

/** A chart's navigation tree, built at build time from its records, and its series as tones. */
export interface ExploreTree {
  root: ExploreNode;
  /** Only for a chart whose data is a series: the pitch scale (min..max of the chart) and the series. */
  sound?: { domain: [number, number]; series: Tone[][] };
}

/** The compact form the page carries: `{t, c, s}` nodes, tones as `[value, flags]` (1 uncertain, 2 part-year). */
export interface PackedNode {
  t: string;
  c?: PackedNode[];
  s?: number;
}

/** What `packTree` writes and the explorer and sonifier read. */
export interface PackedTree {
  r: PackedNode;
  d?: [number, number];
  s?: [number | null, number][][];
}

const packNode = (node: ExploreNode): PackedNode => ({
  t: node.text,
  ...(node.children?.length ? { c: node.children.map(packNode) } : {}),
  ...(node.series !== undefined ? { s: node.series } : {}),
});

/** The tree as the JSON a figure carries in its `data-explore` attribute. */
export function packTree(tree: ExploreTree): string {
  const packed: PackedTree = { r: packNode(tree.root) };
  if (tree.sound) {
    packed.d = tree.sound.domain;
    packed.s = tree.sound.series.map((tones) =>
      tones.map((t): [number | null, number] => [t.value, (t.uncertain ? 1 : 0) | (t.partYear ? 2 : 0)]),
    );
  }
  return JSON.stringify(packed);
}
