import type { Message, Person, SummitReport } from "../../model/index.js";
import { SCHEMA_VERSION } from "../../model/constants.js";
import type { ParseContext } from "../../pipeline/context.js";
import type { ParseState } from "../../pipeline/state.js";

/** Turns the final state into the public report: drafts become people, messages are put in text order. */
export function assemble(ctx: ParseContext, state: ParseState): SummitReport {
  const people: Person[] = state.people.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: [...p.aliases],
    descriptors: [...p.descriptors],
    roles: [...p.roles],
    country: p.country,
    mentions: p.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
  const messages: Message[] = [...state.messages].sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return {
    schemaVersion: SCHEMA_VERSION,
    text: ctx.text,
    referenceDate: ctx.referenceDate,
    blocks: [...state.blocks],
    sentences: [...state.sentences],
    people,
    organizations: [...state.organizations],
    places: [...state.places],
    summit: state.summit,
    quotes: [...state.quotes],
    attributions: [...state.attributions],
    timexes: [...state.timexes],
    timeline: [...state.timeline],
    messages,
  };
}
