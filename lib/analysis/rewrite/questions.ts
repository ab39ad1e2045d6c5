/**
 * Open forms for loaded questions no phrase entry fits (coaching-model.md, rewrite principle 14). The
 * question keeps its content (names, code, numbers) and loses what makes it a jab: a wh-question becomes an
 * indirect one ("Why is your code in a .cpp file?" → "Could you tell me why your code is in a .cpp file?"),
 * a negative yes/no question a plain one ("Isn't that AutoDesk's job?" → "Is that AutoDesk's job?"), and
 * "You do realise X, right?" a note ("Note that X."). Null when the grammar is not one of these.
 */
import nlp from '../nlp';

const WH = String.raw`(why|how come|what|how|where|when|who|which)`;
const BE = String.raw`(is|are|was|were|isn't|aren't|wasn't|weren't|'s|'re)`;
const DO = String.raw`(do|does|did|don't|doesn't|didn't)`;
const MODAL = String.raw`(would|could|should|can|will|might|must|wouldn't|couldn't|shouldn't|can't|won't|cannot)`;
const wh = (aux: string) => new RegExp(String.raw`^${WH}\s*${aux}\s+(.+?)[\s?!.]*$`, 'i');

/** Where a subject ends: a verb form, a preposition or an adverb follows it. */
const AFTER_SUBJECT = new RegExp(
  String.raw`^(?:\w+(?:ing|ed)|not|so|still|always|never|really|just|also|even|actually|now|doing|in|on|` +
    String.raw`at|from|to|with|for|of|by|about|into|than|being|been|be|have|get|go|make|use|need|want|` +
    String.raw`think|know|say|do)$`,
  'i',
);
const PRONOUN = /^(?:you|u|it|this|that|they|we|he|she|I|there|these|those|anyone|someone|everyone)$/i;
const DETERMINER = /^(?:your|ur|the|this|that|these|those|my|our|their|his|her|its|a|an|some|any)$/i;

/** "your `i` loop going from 1" → ["your `i` loop", "going from 1"]. */
export function splitSubject(rest: string): [string, string] | null {
  const words = rest.split(/\s+/);
  // "why would I pick…": the writer asking themself is rhetoric, not a question for the reader.
  if (/^I$/.test(words[0]!)) return null;
  if (PRONOUN.test(words[0]!)) return words.length > 1 ? [words[0]!, words.slice(1).join(' ')] : null;
  if (!DETERMINER.test(words[0]!)) return null;
  for (let i = 2; i <= Math.min(5, words.length - 1); i++)
    if (AFTER_SUBJECT.test(words[i]!.replace(/\W+$/, '')))
      return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
  return null;
}

const tense = (verb: string, form: 'PresentTense' | 'PastTense'): string => {
  const c = (nlp(verb).verbs().conjugate() as Array<Record<string, string>>)[0];
  return c?.[form] ?? verb;
};
const THIRD = /^(?:it|this|that|he|she|there|someone|anyone|everyone)$/i;

/** A wh-question said in statement order: "why is X Y" → "why X is Y". */
function statementOrder(q: string): string | null {
  const be = wh(BE).exec(q);
  if (be) {
    const [, w, aux, rest] = be;
    const split = splitSubject(rest!);
    // "Why are your gradients 1024x768?": a determiner and a noun, then what is said of them.
    const words = rest!.split(/\s+/);
    if (!split && DETERMINER.test(words[0]!) && words.length >= 3)
      return `${w} ${words.slice(0, 2).join(' ')} ${aux} ${words.slice(2).join(' ')}`;
    if (!split) return null;
    return `${w} ${split[0]} ${aux!.replace(/^'s$/, 'is').replace(/^'re$/, 'are')} ${split[1]}`;
  }
  const modal = wh(MODAL).exec(q);
  if (modal) {
    const split = splitSubject(modal[3]!);
    return split ? `${modal[1]} ${split[0]} ${modal[2]} ${split[1]}` : null;
  }
  const d = wh(DO).exec(q);
  if (d) {
    const [, w, aux, rest] = d;
    const split = splitSubject(rest!);
    if (!split) return null;
    const [subj, pred] = split;
    if (/n't$/i.test(aux!)) return `${w} ${subj} ${aux} ${pred}`;
    const [verb, ...more] = pred.split(/\s+/);
    const lower = aux!.toLowerCase();
    const v =
      lower === 'did'
        ? tense(verb!, 'PastTense')
        : lower === 'does' || THIRD.test(subj)
          ? tense(verb!, 'PresentTense')
          : verb!;
    return `${w} ${subj} ${[v, ...more].join(' ')}`;
  }
  // "Who merges a failing test into main?": a habit asked about is a reproach; asking who would name someone.
  if (/^who\s+\w+[^s\W]s\b/i.test(q)) return null;
  // "How come you know…?", "Who broke the build?": already in statement order.
  if (/^(?:how come|who)\s+\w/i.test(q)) return q.replace(/\W*$/, '');
  return null;
}

const NEGATIVE_YES_NO =
  /^(isn't|aren't|wasn't|weren't|doesn't|don't|didn't|shouldn't|wouldn't|couldn't|can't|won't|haven't|hasn't)\s+(.+?)[\s?!.]*$/i;
const DID_NOT =
  /^(do|does|did|have|has|is|are|was|were|should|could|would|can)\s+(you|it|this|that|they|we)\s+not\s+(.+?)[\s?!.]*$/i;
const REALISE = new RegExp(
  String.raw`^(.*?[;,.]\s+)?(?:but\s+)?(?:you|u)\s+(?:do\s+)?(?:realise|realize|know|understand)\s+(?:that\s+)?` +
    String.raw`(?!(?:why|what|how|who|when|where|which|if|whether)\b)(.+?)(?:,?\s+right)?\W*$`,
  'i',
);

/** The open form of a loaded question, or null. `q` is calm (no heat words) and ends with "?". */
export function openForm(q: string): string | null {
  // "…; you do understand that X, right?" → "…; note that X." (what comes before stays).
  const note = REALISE.exec(q);
  if (note && note[2]!.split(/\s+/).length >= 3)
    return note[1] ? `${note[1]}note that ${note[2]}.` : `Note that ${note[2]}.`;
  const neg = NEGATIVE_YES_NO.exec(q);
  if (neg) {
    const aux = neg[1]!.toLowerCase().replace(/n't$/, '').replace(/^ca$/, 'can').replace(/^wo$/, 'will');
    return `${aux[0]!.toUpperCase()}${aux.slice(1)} ${neg[2]}?`;
  }
  const not = DID_NOT.exec(q);
  if (not) return `${not[1]![0]!.toUpperCase()}${not[1]!.slice(1).toLowerCase()} ${not[2]} ${not[3]}?`;
  // "What are you trying to do, and why can't you plug it in?": each wh-clause in statement order.
  const [first, second] = q
    .replace(/^\W*(?:and|so|but|also|or)\s+/i, '')
    .split(/,?\s+and\s+(?=(?:why|how|what|where|when|who)\b)/i);
  const a = statementOrder(first!);
  const b = second && statementOrder(second);
  const said = second ? a && b && `${a}, and ${b}` : a;
  if (!said || said.split(/\s+/).length < 4) return null;
  return `Could you tell me ${said.replace(/^how come\b/i, 'why').replace(/^(\w)/, (c) => c.toLowerCase())}?`;
}

/** Abilities a rhetorical "if you can X, why can't you Y?" sets against each other. */
const ABLE =
  String.raw`(?:can|could|managed to|manage to|are able to|were able to|(?:have |'ve )?(?:got|had) time to|` +
  String.raw`have time to|find time to|found time to)`;
const CANT =
  String.raw`(?:can't|cant|cannot|can not|couldn't|couldnt|could not|don't|dont|didn't|didnt|won't|wont|` +
  String.raw`wouldn't|haven't)`;
const CONTRAST = new RegExp(
  // Chat may leave out the comma: "if u can post on linkedin why cant u reply to me".
  String.raw`^\W*(?:(?:but|and|so)\s+)?if\s+(.+?)\s+(${ABLE})\s+(.+?)\s*[,;:]?\s+` +
    String.raw`(?:then\s+)?why\s+(${CANT})` +
    String.raw`\s+(?:you|u)(?:\s+(?:just|even|simply))?\b\s*([^?!]*?)[\s?!.]*$`,
  'i',
);
const PAST_ABLE = /^(?:could|couldn't|couldnt|could not|managed|were|had|found|didn't|didnt)\b/i;
const OBJECT_OF: Record<string, string> = { i: 'me', he: 'him', she: 'her', they: 'them', we: 'us' };
/** The -ing form, by spelling when the tagger does not know the verb ("e-mail one" → "e-mailing one"). */
function asGerund(vp: string, gerund: (vp: string) => string): string {
  const out = gerund(vp);
  if (out !== vp) return out;
  // "[e-]mail an [electronic] letter": the first word may carry the writer's own brackets.
  return vp.replace(/^\S*[a-z]\b/i, (w) => (/[^eoy]e$/i.test(w) ? w.slice(0, -1) : w) + 'ing');
}
/** "have time to answer my emails" is asked about as "answering my emails". */
const withoutTime = (vp: string) =>
  vp.replace(/^(?:have\s+)?(?:have|find|make|had|found|got)\s+(?:the\s+)?time\s+to\s+/i, '');

/**
 * "If you can mail a letter, why can't you e-mail one?" sets what the reader did against what they did not;
 * the honest question asks what makes the second harder: "What makes e-mailing one harder than mailing a
 * letter?" "If Priya can close the till on time, why can't you?" → "What makes closing the till on time
 * harder for you than for Priya?" Null when the question is not this shape.
 */
export function contrastQuestion(q: string, toGerund: (vp: string) => string): string | null {
  // "If you're able to…": the contraction is read as its two words.
  const m = CONTRAST.exec(
    q.replace(/\b(you|we|they)'re\b/gi, '$1 are').replace(/\b(you|we|they)'ve\b/gi, '$1 have'),
  );
  const gerund = (vp: string) => asGerund(vp, toGerund);
  if (!m) return null;
  const [, subject, able, done, cant, asked] = m as unknown as string[];
  const made = PAST_ABLE.test(able!) || PAST_ABLE.test(cant!) ? 'made' : 'makes';
  const them = subject!.toLowerCase();
  if (/^(?:you|u)$/.test(them))
    return asked ? `What ${made} ${gerund(withoutTime(asked))} harder than ${gerund(done!)}?` : null;
  if (asked || subject!.split(/\s+/).length > 4) return null;
  // "If Dana can hit her numbers, why can't you?": asked of the reader, her numbers are theirs.
  const yours = done!.replace(
    /\b(?:his|her|their)\s+(?!(?:the|a|an|this|that|to|on|in|at|for)\b)(?=\w)/gi,
    'your ',
  );
  return `What ${made} ${gerund(yours)} harder for you than for ${OBJECT_OF[them] ?? subject}?`;
}

/** "Why didn't you say so?" asks about the past: what got in the way, not whether it would work. */
const WHY_DIDNT = new RegExp(
  String.raw`^\W*why (?:didn't|did not|didnt|couldn't|could not|couldnt) (?:you|u) (?:just |even )?` +
    String.raw`(?!(?:think|believe|feel|want|like|agree|see|understand|know)\b)([a-z][^?!]*?)[\s?!.]*$`,
  'i',
);

/** "Why didn't you tell me?" → "What got in the way of telling me?" Null for other shapes. */
export function pastWhyNot(q: string, gerund: (vp: string) => string): string | null {
  const m = WHY_DIDNT.exec(q);
  return m ? `What got in the way of ${asGerund(m[1]!, gerund)}?` : null;
}

/** "Skip the tests and expect the build to pass?": an order and its mocked outcome (sarcasm, no request). */
const AND_EXPECT = new RegExp(
  String.raw`^\W*([a-z][^?!]*?)\s+and (?:then |just )?` +
    String.raw`(expect|hope|wonder|complain|act (?:all )?surprised|be surprised|pretend)\b` +
    String.raw`\s*([^?!]*?)[\s?!.]*$`,
  'i',
);

/**
 * The sarcastic order asked honestly: "Skip the tests and expect the build to pass?" → "If you skip the
 * tests, would you expect the build to pass?"; with another mocked outcome ("…and hope nobody notices?")
 * → "What would you expect to happen if you ignore the style guide?" Null for other shapes.
 */
export function sarcasticOrder(q: string): string | null {
  const m = AND_EXPECT.exec(q);
  if (!m) return null;
  const [, done, outcome, rest] = m as unknown as string[];
  // "You skip the tests and expect…?" says the subject the rewrite says again.
  const act = done!.replace(/^(?:you|u)\s+/i, '').replace(/^\w/, (c) => c.toLowerCase());
  return /^expect$/i.test(outcome!) && rest
    ? `If you ${act}, would you expect ${rest}?`
    : `What would you expect to happen if you ${act}?`;
}
