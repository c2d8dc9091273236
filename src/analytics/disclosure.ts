// Statistical disclosure control: the ONE suppression function for every figure a viewer without raw
// access can see (workforce cells and their margins, police powers, representation, analytics, exports).
//
// Policy (documented in data/README.md, "Disclosure control"):
// - Primary: a count of 1 to threshold−1 (1–4) is hidden. Zero is shown: it identifies no one.
//   "Not published" (null) is shown as null and counts as nothing in every sum.
// - A table is a cube of dimensions; each dimension has leaves and published margins (a margin is a
//   node whose value is the sum of its children: all ranks, stated ethnicity, England and Wales…).
//   Every margin combination is a cell of the table and is suppressed by the same rule.
// - Secondary (complementary): along every published line (a margin and its children) a hidden cell
//   must never be alone, or margin − the rest gives it back. While a line has fewer hidden cells than
//   its minimum (2; 3 along a dimension whose members some viewers know, e.g. a force knows its own
//   figures), the smallest non-zero visible child is hidden, or else the margin itself.
// - Anything else served is composed only from visible cells (`visibleSum`): a sum that would include a
//   hidden cell is hidden, so no served figure carries information about a hidden value.

export const disclosureThreshold = 5;

/** A count of 1 to threshold−1 identifies people; 0 identifies no one; null is "not published". */
export function isSmallCount(count: number | null | undefined, threshold = disclosureThreshold): boolean {
  return count != null && count > 0 && count < threshold;
}

export interface Dimension {
  name: string;
  /** The leaves (stored categories), in order. */
  leaves: readonly string[];
  /** Published margins: node → its children (leaves or other margins). Children before parents is not required. */
  margins?: ReadonlyArray<readonly [string, readonly string[]]>;
  /**
   * How many members of a line one viewer may already know (a force's own token sees its force raw):
   * lines along this dimension keep at least 2 + knownMembers hidden cells once any is hidden.
   */
  knownMembers?: number;
}

/** A leaf cell: one leaf per dimension, in the dimensions' order, and its count (null: not published). */
export interface LeafCell {
  at: readonly string[];
  count: number | null;
}

export interface DisclosureTable {
  readonly dimensions: readonly Dimension[];
  /** The true value of any cell (leaf or margin); null when no leaf under it has a number or it is unknown. */
  value(at: readonly string[]): number | null;
  /** Whether the cell is hidden from viewers without raw access. Unknown cells are not hidden (null). */
  hidden(at: readonly string[]): boolean;
  /** What a viewer without raw access sees: the value, or null when hidden. */
  visible(at: readonly string[]): number | null;
  /** A sum of cells, shown only when every one is visible (null when any is hidden, or none has data). */
  visibleSum(cells: ReadonlyArray<readonly string[]>): { value: number | null; hidden: boolean };
  /** Every hidden cell (for tests and audits). */
  hiddenCells(): string[][];
}

interface Axis {
  nodes: string[];
  index: Map<string, number>;
  /** Internal nodes with their children's indexes, children first. */
  margins: Array<{ node: number; children: number[] }>;
  minHidden: number;
}

function axisOf(dim: Dimension): Axis {
  const nodes = [...dim.leaves];
  const index = new Map(nodes.map((n, i) => [n, i]));
  for (const [node] of dim.margins ?? []) {
    if (index.has(node)) throw new Error(`${dim.name}: ${node} is both a leaf and a margin`);
    index.set(node, nodes.push(node) - 1);
  }
  const childrenOf = new Map((dim.margins ?? []).map(([node, children]) => [node, children]));
  const ordered: Array<{ node: number; children: number[] }> = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    if (done.has(node) || !childrenOf.has(node)) return;
    if (path.includes(node)) throw new Error(`${dim.name}: margin ${node} contains itself`);
    const children = childrenOf.get(node)!;
    for (const child of children) {
      if (!index.has(child)) throw new Error(`${dim.name}: ${node} has unknown child ${child}`);
      visit(child, [...path, node]);
    }
    done.add(node);
    ordered.push({ node: index.get(node)!, children: children.map((c) => index.get(c)!) });
  };
  for (const [node] of dim.margins ?? []) visit(node, []);
  return { nodes, index, margins: ordered, minHidden: 2 + (dim.knownMembers ?? 0) };
}

/**
 * Builds the table and its suppression pattern. Deterministic: the same counts give the same pattern
 * whoever asks and in whatever order, so no two answers can be combined against each other.
 */
export function disclosureTable(
  dimensions: readonly Dimension[],
  cells: Iterable<LeafCell>,
  threshold = disclosureThreshold,
  options: {
    /**
     * Which cells are served (default: every leaf and margin combination). A cell that is not served
     * is never chosen as a complement and reads as hidden; lines through it are not enforced.
     * Leaves must be served.
     */
    published?: (at: readonly string[]) => boolean;
    /**
     * How much hiding a cell costs, per person in it (default 1): complements are the cheapest
     * candidates (value × weight), so headline margins can be spared where a leaf will do.
     */
    weight?: (at: readonly string[]) => number;
  } = {},
): DisclosureTable {
  const axes = dimensions.map(axisOf);
  const sizes = axes.map((a) => a.nodes.length);
  const strides = sizes.map((_, d) => sizes.slice(d + 1).reduce((a, b) => a * b, 1));
  const total = sizes.reduce((a, b) => a * b, 1);
  const values = new Float64Array(total);
  const known = new Uint8Array(total);

  const offset = (at: readonly string[]): number | null => {
    if (at.length !== axes.length) throw new Error(`expected ${axes.length} coordinates, got ${at.length}`);
    let o = 0;
    for (let d = 0; d < axes.length; d++) {
      const i = axes[d]!.index.get(at[d]!);
      if (i === undefined) return null;
      o += i * strides[d]!;
    }
    return o;
  };

  for (const cell of cells) {
    const o = offset(cell.at);
    if (o === null) throw new Error(`cell outside the table: ${cell.at.join(" | ")}`);
    if (cell.count === null) continue;
    values[o] = (values[o] ?? 0) + cell.count;
    known[o] = 1;
  }

  // Margins, one dimension at a time: after dimension d every cell whose coordinates beyond d are
  // leaves holds its sum.
  const forEachOther = (d: number, fn: (base: number) => void) => {
    const rec = (k: number, base: number) => {
      if (k === axes.length) return fn(base);
      if (k === d) return rec(k + 1, base);
      for (let i = 0; i < sizes[k]!; i++) rec(k + 1, base + i * strides[k]!);
    };
    rec(0, 0);
  };
  axes.forEach((axis, d) => {
    forEachOther(d, (base) => {
      for (const { node, children } of axis.margins) {
        const target = base + node * strides[d]!;
        let sum = 0;
        let any = 0;
        for (const child of children) {
          const o = base + child * strides[d]!;
          sum += values[o]!;
          any |= known[o]!;
        }
        values[target] = sum;
        known[target] = any;
      }
    });
  });

  const coordinates = (o: number) =>
    axes.map((axis, d) => axis.nodes[Math.floor(o / strides[d]!) % sizes[d]!]!);
  const served = new Uint8Array(total).fill(1);
  if (options.published)
    for (let o = 0; o < total; o++) served[o] = options.published(coordinates(o)) ? 1 : 0;

  const hiddenFlags = new Uint8Array(total);
  for (let o = 0; o < total; o++)
    if (served[o] && known[o] && values[o]! > 0 && values[o]! < threshold) hiddenFlags[o] = 1;

  // The complement search has a scope of its own: its costs, lines and indexes (about 2 MB for an
  // all-ranks year) become garbage once the pattern is set, rather than living as long as the table's
  // methods, which callers keep (src/loaders.ts caches tables per data version).
  const protect = () => {
    const cost = new Float64Array(total);
    for (let o = 0; o < total; o++)
      cost[o] = values[o]! * (options.weight ? options.weight(coordinates(o)) : 1);

    // Lines: (dimension, margin, base offset of the other coordinates).
    const lines: Array<{ parent: number; children: number[]; minHidden: number }> = [];
    axes.forEach((axis, d) => {
      forEachOther(d, (base) => {
        for (const { node, children } of axis.margins) {
          const parent = base + node * strides[d]!;
          const members = children.map((c) => base + c * strides[d]!);
          if (served[parent] && members.every((m) => served[m]))
            lines.push({ parent, children: members, minHidden: axis.minHidden });
        }
      });
    });
    const linesThrough = new Map<number, number[]>();
    lines.forEach((line, k) => {
      for (const cell of [line.parent, ...line.children])
        linesThrough.set(cell, [...(linesThrough.get(cell) ?? []), k]);
    });
    const enforceLines = () => {
      for (let changed = true; changed; ) {
        changed = false;
        for (const line of lines) {
          let count = hiddenFlags[line.parent]!;
          for (const c of line.children) count += hiddenFlags[c]!;
          while (count > 0 && count < line.minHidden) {
            let pick = -1;
            for (const c of line.children)
              if (!hiddenFlags[c] && values[c]! > 0 && (pick < 0 || cost[c]! < cost[pick]!)) pick = c;
            if (pick < 0 && !hiddenFlags[line.parent] && values[line.parent]! > 0) pick = line.parent;
            if (pick < 0) break; // the rest are zeros or not published: nothing left that could hide it
            hiddenFlags[pick] = 1;
            count++;
            changed = true;
          }
        }
      }
    };
    /**
     * The smallest visible non-zero cell sharing a line with the cell, or else with the hidden cells
     * around it (breadth first): hiding it adds an unknown to the equations that pinned the cell.
     */
    const nearestComplement = (start: number): number => {
      const seen = new Set([start]);
      let frontier = [start];
      while (frontier.length) {
        let pick = -1;
        const next: number[] = [];
        for (const cell of frontier)
          for (const k of linesThrough.get(cell) ?? [])
            for (const c of [lines[k]!.parent, ...lines[k]!.children]) {
              if (!hiddenFlags[c]) {
                if (values[c]! > 0 && (pick < 0 || cost[c]! < cost[pick]!)) pick = c;
              } else if (!seen.has(c)) {
                seen.add(c);
                next.push(c);
              }
            }
        if (pick >= 0) return pick;
        frontier = next;
      }
      return -1;
    };
    // Lines alone do not protect a cell that several lines pin down together (a hidden cell can be the
    // only unknown left once other equations are combined). Audit the whole system as an attacker would
    // and hide one more cell next to each cell found, until the audit finds nothing.
    for (let round = 0; round < 200; round++) {
      enforceLines();
      const exposed = auditLines(lines, hiddenFlags, values);
      if (exposed.length === 0) break;
      let added = 0;
      for (const cell of exposed) {
        const pick = nearestComplement(cell);
        if (pick >= 0 && !hiddenFlags[pick]) {
          hiddenFlags[pick] = 1;
          added++;
        }
      }
      if (added === 0) throw new Error(`disclosure control cannot protect ${exposed.length} cells`);
    }
  };
  protect();

  const table: DisclosureTable = {
    dimensions,
    value(at) {
      const o = offset(at);
      return o === null || !known[o] ? null : values[o]!;
    },
    hidden(at) {
      const o = offset(at);
      return o !== null && (hiddenFlags[o] === 1 || served[o] === 0);
    },
    visible(at) {
      return table.hidden(at) ? null : table.value(at);
    },
    visibleSum(list) {
      let sum: number | null = null;
      for (const at of list) {
        if (table.hidden(at)) return { value: null, hidden: true };
        const v = table.value(at);
        if (v !== null) sum = (sum ?? 0) + v;
      }
      return { value: sum, hidden: false };
    },
    hiddenCells() {
      const out: string[][] = [];
      for (let o = 0; o < total; o++) {
        if (hiddenFlags[o]) out.push(coordinates(o));
      }
      return out;
    },
  };
  return table;
}

/**
 * One list of counts and its total (e.g. ethnic groups of one force): the hidden keys. For tables
 * with more than one published margin, build a `disclosureTable` with every margin instead: a
 * pattern computed one list at a time can be differenced across lists.
 */
export function suppressList<K>(
  counts: ReadonlyMap<K, number | null>,
  options: { threshold?: number; knownMembers?: number } = {},
): { hidden: Set<K>; totalHidden: boolean } {
  const keys = [...counts.keys()];
  const names = keys.map((_, i) => String(i));
  const table = disclosureTable(
    [{ name: "list", leaves: names, margins: [["TOTAL", names]], knownMembers: options.knownMembers }],
    keys.map((key, i) => ({ at: [names[i]!], count: counts.get(key) ?? null })),
    options.threshold,
  );
  return {
    hidden: new Set(keys.filter((_, i) => table.hidden([names[i]!]))),
    totalHidden: table.hidden(["TOTAL"]),
  };
}

/**
 * The hidden cells an attacker can recover from the published lines (margin = sum of its children,
 * visible values known): those determined by the equations (sparse Gauss-Jordan elimination), and
 * those pinned by bounds propagation, given that a hidden cell is at least 1 (zeros are shown).
 */
function auditLines(
  lines: ReadonlyArray<{ parent: number; children: number[] }>,
  hidden: Uint8Array,
  values: Float64Array,
): number[] {
  const system: Array<{ terms: Map<number, number>; rhs: number }> = [];
  for (const line of lines) {
    const terms = new Map<number, number>();
    let rhs = 0;
    const add = (cell: number, coefficient: number) => {
      if (hidden[cell]) terms.set(cell, (terms.get(cell) ?? 0) + coefficient);
      else rhs -= coefficient * values[cell]!;
    };
    add(line.parent, 1);
    for (const c of line.children) add(c, -1);
    if (terms.size > 0) system.push({ terms, rhs });
  }
  const exposed = new Set<number>();

  const reduced: Array<{ pivot: number; terms: Map<number, number>; rhs: number }> = [];
  const eliminate = (target: { terms: Map<number, number>; rhs: number }, by: (typeof reduced)[number]) => {
    const f = target.terms.get(by.pivot);
    if (!f) return;
    for (const [k, v] of by.terms) {
      const next = (target.terms.get(k) ?? 0) - f * v;
      if (Math.abs(next) < 1e-9) target.terms.delete(k);
      else target.terms.set(k, next);
    }
    target.rhs -= f * by.rhs;
  };
  for (const eq of system) {
    const row = { terms: new Map(eq.terms), rhs: eq.rhs };
    for (const r of reduced) eliminate(row, r);
    if (row.terms.size === 0) continue;
    const pivot = row.terms.keys().next().value!;
    const scale = row.terms.get(pivot)!;
    const normal = {
      pivot,
      terms: new Map([...row.terms].map(([k, v]) => [k, v / scale])),
      rhs: row.rhs / scale,
    };
    for (const r of reduced) eliminate(r, normal);
    reduced.push(normal);
  }
  for (const r of reduced) if (r.terms.size === 1) exposed.add(r.pivot);

  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  for (const eq of system) for (const k of eq.terms.keys()) lo.set(k, 1);
  const low = (k: number) => lo.get(k) ?? 1;
  const high = (k: number) => hi.get(k) ?? Number.POSITIVE_INFINITY;
  for (let changed = true, round = 0; changed && round < 200; round++) {
    changed = false;
    for (const { terms, rhs } of system) {
      // Σ a·x = rhs: each x = (rhs − Σ others) / a, with the others at their extremes.
      let minAll = 0;
      let maxAll = 0;
      for (const [k, a] of terms) {
        minAll += a > 0 ? a * low(k) : a * high(k);
        maxAll += a > 0 ? a * high(k) : a * low(k);
      }
      for (const [k, a] of terms) {
        const minOthers = minAll - (a > 0 ? a * low(k) : a * high(k));
        const maxOthers = maxAll - (a > 0 ? a * high(k) : a * low(k));
        const [b1, b2] = [(rhs - maxOthers) / a, (rhs - minOthers) / a];
        const [lower, upper] = a > 0 ? [b1, b2] : [b2, b1];
        if (Number.isFinite(lower) && lower > low(k) + 1e-9) {
          lo.set(k, lower);
          changed = true;
        }
        if (Number.isFinite(upper) && upper < high(k) - 1e-9) {
          hi.set(k, upper);
          changed = true;
        }
      }
    }
  }
  for (const k of lo.keys()) if (high(k) - low(k) < 0.5) exposed.add(k);
  return [...exposed];
}
