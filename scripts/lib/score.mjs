// Scores SummitReport predictions against gold annotations, following
// ../shared/corpus/GUIDELINES.md. The figures and their printout are those of
// the corpus's reference scorer (shared/eval/score-report.mjs); a test checks
// that both agree on the dev corpus. Micro averages over all documents.

const SPEECH = new Set(["direct", "partial"]);
const TITLES = new Set(["mr", "mrs", "ms", "dr", "president", "prime", "minister", "chancellor", "secretary", "general", "sir"]);
const EDGE = /[\s"“”«»„'‘’.,;:!?-]/;

/** Lower case, accents and punctuation folded away. */
export function fold(s) {
  return (s ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, " ").trim();
}

function tokens(s) {
  return fold(s).split(/\s+/).filter(Boolean);
}

/**
 * A predicted speaker name matches a gold one when the surnames agree
 * (allowing a Lukashenko/Lukashenka variant: same stem, last letter differs)
 * and any given first names agree too.
 */
export function sameName(pred, gold) {
  if (pred == null || gold == null) return pred == null && gold == null;
  const p = tokens(pred).filter((t) => !TITLES.has(t));
  const g = tokens(gold).filter((t) => !TITLES.has(t));
  if (!p.length || !g.length) return false;
  if (g.length === 1 && p.length === 1) return p[0] === g[0];
  const ps = p.at(-1);
  const gs = g.at(-1);
  const surname = ps === gs || (ps.length > 4 && ps.slice(0, -1) === gs.slice(0, -1));
  if (!surname) return false;
  if (p.length > 1 && g.length > 1 && p[0] !== g[0]) return false;
  return true;
}

const speakerOk = (name, gold) => sameName(name, gold.speaker) || (gold.speakerAlternates ?? []).some((g) => sameName(name, g));

/** Share of the shorter span that the two spans have in common. */
export function overlap(a, b) {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
}

/** Shrinks a span past spaces, quotation marks and punctuation at both ends. */
export function trim(text, span) {
  let { start, end } = span;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

/** Greedy one-to-one matching of gold to predictions by overlap of trimmed spans (at least `min`). */
export function match(gold, pred, min, text) {
  const pairs = [];
  const used = new Set();
  for (const g of gold) {
    let best = null;
    let bestOverlap = 0;
    for (const [j, p] of pred.entries()) {
      if (used.has(j)) continue;
      const ov = overlap(trim(text, g), trim(text, p));
      if (ov >= min && ov > bestOverlap) {
        best = j;
        bestOverlap = ov;
      }
    }
    if (best != null) {
      used.add(best);
      pairs.push([g, pred[best]]);
    }
  }
  return pairs;
}

export function prf(tp, predicted, gold) {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred: predicted, gold };
}

function first(o, ...keys) {
  for (const k of keys) if (o && o[k] != null) return o[k];
  return undefined;
}

function spanOf(o) {
  const s = first(o, "span", "content") ?? o;
  return { start: s.start, end: s.end };
}

function speakerName(o) {
  const s = first(o, "speaker", "source");
  if (s == null) return null;
  return typeof s === "string" ? s : first(s, "name", "text") ?? null;
}

/**
 * Adds one document's counts to `totals`.
 * @param {Record<string, number>} totals running counts
 * @param {{id: string, text: string, gold: any, pred: any}} doc the gold annotations and the prediction (`{}` when missing)
 * @param {string[]} notes verbose notes are appended here when `verbose`
 */
export function scoreDocument(totals, { id, text, gold, pred }, notes, verbose = false) {
  const add = (k, v) => {
    totals[k] = (totals[k] ?? 0) + v;
  };
  const gq = gold.quotes.filter((q) => SPEECH.has(q.kind));
  const pq = (pred.quotes ?? []).filter((q) => SPEECH.has(q.kind ?? "direct")).map((q) => ({ ...q, ...spanOf(q) }));
  const loose = match(gq, pq, 0.5, text);
  const exact = loose.filter(([g, p]) => {
    const a = trim(text, g);
    const b = trim(text, p);
    return a.start === b.start && a.end === b.end;
  });
  add("q.gold", gq.length);
  add("q.pred", pq.length);
  add("q.loose", loose.length);
  add("q.exact", exact.length);
  add("q.spk.gold", gq.filter((g) => g.speaker != null).length);
  add("q.spk.matched", loose.filter(([g]) => g.speaker != null).length);
  for (const [g, p] of loose) {
    const ok = speakerOk(speakerName(p), g);
    add("q.e2e.ok", ok ? 1 : 0);
    if (g.speaker != null) add("q.spk.ok", ok ? 1 : 0);
    if (!ok && verbose) notes.push(`${id}: speaker ${JSON.stringify(speakerName(p))} for "${g.text.slice(0, 50)}…", gold ${g.speaker}`);
  }
  for (const [g, p] of loose) add("q.kind.ok", (p.kind ?? "direct") === g.kind ? 1 : 0);
  if (verbose) {
    const hit = new Set(loose.map(([g]) => g));
    for (const g of gq) if (!hit.has(g)) notes.push(`${id}: missed quote "${g.text.slice(0, 60)}…"`);
    const hitP = new Set(loose.map(([, p]) => p));
    for (const p of pq) if (!hitP.has(p)) notes.push(`${id}: spurious quote "${text.slice(p.start, p.end).slice(0, 60)}…"`);
  }

  const ga = gold.attributions ?? [];
  const pa = (pred.attributions ?? []).filter((a) => (a.kind ?? "indirect") !== "direct").map((a) => ({ ...a, ...spanOf(a) }));
  const am = match(ga, pa, 0.5, text);
  add("a.gold", ga.length);
  add("a.pred", pa.length);
  add("a.match", am.length);
  for (const [g, p] of am) add("a.src.ok", speakerOk(speakerName(p), g) ? 1 : 0);

  // Temporal expressions, TempEval-3 style: strict = same span, relaxed = any overlap.
  const gt = gold.timexes ?? [];
  const pt = (pred.timexes ?? pred.temporalExpressions ?? []).map((t) => ({ ...t, ...spanOf(t) }));
  const relaxed = [];
  const usedT = new Set();
  for (const g of gt) {
    const j = pt.findIndex((p, k) => !usedT.has(k) && Math.min(g.end, p.end) > Math.max(g.start, p.start));
    if (j >= 0) {
      usedT.add(j);
      relaxed.push([g, pt[j]]);
    }
  }
  add("t.gold", gt.length);
  add("t.pred", pt.length);
  add("t.relaxed", relaxed.length);
  add("t.strict", relaxed.filter(([g, p]) => g.start === p.start && g.end === p.end).length);
  add("t.type.ok", relaxed.filter(([g, p]) => g.type === p.type).length);
  add("t.value.ok", relaxed.filter(([g, p]) => g.value === p.value).length);
  if (verbose) for (const [g, p] of relaxed) if (g.value !== p.value) notes.push(`${id}: timex "${g.text}" value ${p.value}, gold ${g.value}`);

  const values = new Set((pred.timeline ?? []).map((e) => first(e, "value", "date") ?? first(first(e, "when") ?? {}, "value")));
  add("e.gold", (gold.events ?? []).length);
  add("e.found", (gold.events ?? []).filter((e) => values.has(e.date)).length);

  const names = (pred.people ?? []).map((p) => p.name);
  add("p.gold", (gold.people ?? []).length);
  add("p.pred", names.length);
  add("p.found", (gold.people ?? []).filter((g) => names.some((n) => sameName(n, g.name))).length);

  if (gold.summit) {
    const s = pred.summit ?? {};
    add("s.n", 1);
    add("s.date", first(s, "date", "value") === gold.summit.date || first(first(s, "date") ?? {}, "value") === gold.summit.date ? 1 : 0);
    const loc = first(s, "location");
    const locName = typeof loc === "string" ? loc : first(loc ?? {}, "name");
    add("s.location", fold(locName) === fold(gold.summit.location) ? 1 : 0);
    const parts = (s.participants ?? []).map((x) => (typeof x === "string" ? x : first(x, "name") ?? ""));
    const people = parts.map((x) => (pred.people ?? []).find((p) => p.id === x)?.name ?? x);
    add("s.participants", gold.summit.participants.every((g) => people.some((n) => sameName(n, g))) ? 1 : 0);
  }
}

/** The figures from summed counts. */
export function summarize(t) {
  return {
    quotes: { ...prf(t["q.loose"] ?? 0, t["q.pred"] ?? 0, t["q.gold"] ?? 0), exactF1: prf(t["q.exact"] ?? 0, t["q.pred"] ?? 0, t["q.gold"] ?? 0).f1 },
    speakerAccuracy: t["q.spk.matched"] ? t["q.spk.ok"] / t["q.spk.matched"] : 0,
    quoteEndToEnd: prf(t["q.e2e.ok"] ?? 0, t["q.pred"] ?? 0, t["q.gold"] ?? 0),
    quoteKindAccuracy: t["q.loose"] ? t["q.kind.ok"] / t["q.loose"] : 0,
    attributions: prf(t["a.match"] ?? 0, t["a.pred"] ?? 0, t["a.gold"] ?? 0),
    attributionSourceAccuracy: t["a.match"] ? t["a.src.ok"] / t["a.match"] : 0,
    timexStrict: prf(t["t.strict"] ?? 0, t["t.pred"] ?? 0, t["t.gold"] ?? 0),
    timexRelaxed: prf(t["t.relaxed"] ?? 0, t["t.pred"] ?? 0, t["t.gold"] ?? 0),
    timexTypeAccuracy: t["t.relaxed"] ? t["t.type.ok"] / t["t.relaxed"] : 0,
    timexValueAccuracy: t["t.relaxed"] ? t["t.value.ok"] / t["t.relaxed"] : 0,
    timelineEventRecall: t["e.gold"] ? t["e.found"] / t["e.gold"] : 0,
    peopleRecall: t["p.gold"] ? t["p.found"] / t["p.gold"] : 0,
    summit: t["s.n"] ? { date: t["s.date"] / t["s.n"], location: t["s.location"] / t["s.n"], participants: t["s.participants"] / t["s.n"] } : null,
  };
}

/** The figures as the reference scorer prints them, one line each. */
export function formatFigures(r) {
  const pc = (x) => (100 * x).toFixed(1).padStart(5);
  const line = (name, m) => `${name.padEnd(28)} P ${pc(m.p)}  R ${pc(m.r)}  F1 ${pc(m.f1)}   (${m.tp} of ${m.gold} gold, ${m.pred} predicted)`;
  const out = [
    line("quotes (overlap >= 50%)", r.quotes),
    `${"quotes exact span F1".padEnd(28)} ${pc(r.quotes.exactF1)}`,
    `${"speaker accuracy".padEnd(28)} ${pc(r.speakerAccuracy)}   quote kind accuracy ${pc(r.quoteKindAccuracy)}`,
    line("quote + speaker end to end", r.quoteEndToEnd),
    line("reported speech", r.attributions),
    `${"reported speech source acc".padEnd(28)} ${pc(r.attributionSourceAccuracy)}`,
    line("timex strict", r.timexStrict),
    line("timex relaxed", r.timexRelaxed),
    `${"timex type / value accuracy".padEnd(28)} ${pc(r.timexTypeAccuracy)} / ${pc(r.timexValueAccuracy)}`,
    `${"timeline event recall".padEnd(28)} ${pc(r.timelineEventRecall)}   people recall ${pc(r.peopleRecall)}`,
  ];
  if (r.summit) out.push(`${"summit date/location/people".padEnd(28)} ${pc(r.summit.date)} / ${pc(r.summit.location)} / ${pc(r.summit.participants)}`);
  return out.join("\n");
}
