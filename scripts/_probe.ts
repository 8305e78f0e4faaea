import { namesInConversation } from '../src/lib/ingest/redact/index.ts';
import { findRedactions } from '../src/lib/ingest/redact/redact.ts';
import { single, multi } from '/tmp/probe/sentences.ts';
const opts = { knownNames: [] as string[], mentorNames: ['Dana Whitfield'], organizations: 'keep' as const };
for (const [tag, s] of single) {
  const names = namesInConversation([{ text: s }], opts);
  console.log(tag, JSON.stringify(s), '→', JSON.stringify(findRedactions(s, { ...opts, knownNames: names }).map((r) => r.text)));
}
for (const [tag, turns] of multi) {
  const names = namesInConversation(
    turns.map((text) => ({ text })),
    opts,
  );
  console.log(tag, 'names=', JSON.stringify(names));
  for (const s of turns) console.log('   ', JSON.stringify(s), '→', JSON.stringify(findRedactions(s, { ...opts, knownNames: names }).map((r) => r.text)));
}
