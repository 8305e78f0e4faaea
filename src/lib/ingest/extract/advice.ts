import { detokenise, features } from './advice-features.ts';
import model from './advice-model.json' with { type: 'json' };

const weights = new Map<string, number>(model.features.map((f, i) => [f, model.weights[i] ?? 0]));

/** The probability at or above which a sentence counts as advice; tuned for F1 on the dev split. */
export const adviceThreshold: number = model.threshold;

/*
 * Imperatives the model scores as advice but that serve the speaker, not the listener: requests
 * ("Remind me on Friday", "Help me understand", "Let's talk about focus", after an optional vocative
 * such as "Emma,") and courtesies ("Have a great weekend"). The Reddit training data has few of them;
 * in conversations they are everywhere.
 */
const request =
  /^(?:\w+,\s+)?(?:(?:and|but|so|oh|also|just|please|then|well|okay|ok|now),?\s+)*(?:please\s+)?(?:(?:remind|send|email|e-mail|text|call|ping|message|forward|show|give|tell|bring|get back to|let|drop|help|walk|take)\s+(?:me|us)\b|let's\b)/i;
const courtesy =
  /^(?:(?:and|but|so|oh|well),?\s+)*(?:have (?:fun|a (?:good|great|nice|lovely|wonderful|safe|happy) (?:day|time|night|evening|weekend|week|trip|one|wedding|holiday|flight))\b|good luck|best of luck|take care|congrat|thanks|thank you|cheers|see you|talk soon|bye)/i;
const question = /\?\s*["')\]]*$/;
// Questions that still suggest something: "Have you tried…?", "Maybe you could ask her?"
const suggestion =
  /^(?:(?:and|but|so|also|maybe|then),?\s+)*(?:have you|did you|why not|why don't you|how about|what about|would you consider)\b|\b(?:why not|maybe|perhaps|you (?:could|can|should|might|may))\b/i;

/** A request for the speaker's benefit ("Remind me on Friday") or a courtesy ("Thanks", "Take care"). */
export const isRequestOrCourtesy = (sentence: string): boolean => {
  const text = detokenise(sentence);
  return request.test(text) || courtesy.test(text);
};

/** The model's probability that one sentence is advice (tokenised or not), before the conversational rules. */
export function modelProbability(sentence: string): number {
  let z = model.bias;
  for (const f of features(sentence)) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The probability that a sentence gives the listener advice: what to do or not do. Accepts spaCy-tokenised
 * text ("do n't") and ordinary text alike. Requests for the speaker's benefit and courtesies score low, as
 * do questions other than suggestions ("have you tried…?", "why not…?").
 */
export function adviceProbability(sentence: string): number {
  const text = detokenise(sentence);
  const p = modelProbability(text);
  if (isRequestOrCourtesy(text)) return Math.min(p, 0.1);
  if (question.test(text) && !suggestion.test(text)) return Math.min(p, adviceThreshold * 0.75);
  return p;
}

/** Whether a sentence is advice, at the dev-tuned threshold. */
export const isAdvice = (sentence: string): boolean => adviceProbability(sentence) >= adviceThreshold;
