/**
 * Personal asides: sentences about someone's family, health or private life ("my wife was in
 * hospital", "after my divorce", "how is your daughter finding the new school?"). They are not
 * knowledge, and they were said in confidence, so the whole sentence is dropped.
 */
import { sentences } from './sentences.ts';
import type { AsideSpan } from './types.ts';

/** Subjects that make a sentence private on their own. */
const PRIVATE_TOPIC =
  /\b(?:divorc\w*|separat(?:ed|ion) from|funeral\w*|bereave\w*|grie(?:f|ving)|passed away|miscarri\w*|pregnan\w*|ivf|fertility|maternity leave|paternity leave|parental leave|diagnos\w*|therap(?:y|ist|ies)|counsel+(?:ing|or)|psychiatri\w*|psychologist|rehab|chemo\w*|cancer|tumou?r|surgery|hospital\w*|hospice|illness|terminal(?:ly)? ill|sick leave|mental health|depression|anxiety|panic attacks?|nervous breakdown|addict(?:ion|ed)|alcoholi\w*|medication|dementia|alzheimer\w*|heart attack|custody|widow\w*)\b/iu;
/** Family and close relations. */
const RELATION = `(?:wife|husband|partner|spouse|fianc[ée]e?|girlfriend|boyfriend|son|sons|daughter|daughters|kid|kids|child|children|baby|babies|mum|mom|mother|dad|father|parents?|brother|sister|siblings?|grandma|grandmother|grandpa|grandfather|grandparents?|grandson|granddaughter|aunt|uncle|cousin|nephew|niece|family|in-laws?|mother-in-law|father-in-law|twins)`;
/** "my wife", "your daughter", "his kids": a relation of a particular person. */
const PERSONAL_RELATION = new RegExp(
  String.raw`\b(?:my|your|his|her|their|our)\s+(?:(?:eldest|oldest|youngest|little|older|younger|late|new|ex-?)\s+)?${RELATION}(?:['’]s)?\b`,
  'iu',
);
/** First and second person, and people referred to: the topic is about someone, not about work. */
const PERSONAL = /\b(?:i|i'm|i've|i'd|me|my|mine|we|our|us|you|your|he|she|his|her|him|they|their)\b/iu;
/** Topics that look private but are about the work ("the operation", "death march", "accident report"). */
const WORK_CONTEXT =
  /\b(?:incident|outage|project|release|launch|deploy\w*|system|server|database|customer|client|problem|issue|bug|root cause|fault|market|product|pipeline)s?\b/iu;

export function detectAsides(text: string): AsideSpan[] {
  const out: AsideSpan[] = [];
  for (const s of sentences(text)) {
    const relation = PERSONAL_RELATION.exec(s.text);
    const topic = PRIVATE_TOPIC.exec(s.text);
    let rule: string | undefined;
    if (relation) rule = relation[0];
    else if (topic && PERSONAL.test(s.text) && !WORK_CONTEXT.test(s.text)) rule = topic[0];
    if (rule) out.push({ start: s.start, end: s.end, text: s.text, rule: rule.toLowerCase() });
  }
  return out;
}
