import { startsImperative } from '../grammar';
import { TABLES } from '../patterns';
import { fixI, lowerFirst, stripEnd, toRequest, upperFirst } from '../rewrite/transforms';
import { toSentenceEnd, type Candidate, type Rule } from './rule';

/** The scolding phrase plus what hangs off it up to its comma ("As I already said at Monday's meeting,"). */
function scoldingPart(text: string): [number, number] | undefined {
  const hit = TABLES['passive-aggressive'].first(text);
  if (!hit) return undefined;
  let end = hit.end;
  const comma = /^[^,.;!?]{0,40},\s*/.exec(text.slice(end));
  if (hit.start === 0 || /^\W*$/.test(text.slice(0, hit.start))) end += comma?.[0].length ?? 0;
  else end += /^,/.test(text.slice(end)) ? 1 : 0;
  return [hit.start, end];
}

export const passiveAggressive: Rule = {
  id: 'passive-aggressive',
  severity: 'warning',
  message: 'Stock phrases like "per my last email" scold; the reader hears the tone, not the request.',
  source: 'coaching-model.md; most-disliked email phrases surveys (e.g. Adobe 2019, Perkbox 2018)',
  asks: false,
  examples: {
    flag: [
      'Per my last email, the deadline is Friday.',
      'As I already said, permission slips go to the front office.',
      'as previously stated, discharge orders should be in before 11.',
      'Friendly reminder that timesheets are due today.',
      'For the last time, sign in at the front desk.',
      'once again, pls restock the gloves in bay 3',
      "I shouldn't have to remind you about this.",
      'Not sure why this is so hard.',
      'As mentioned several times already, the fire exit stays clear.',
      "This is the third time I've asked for the receipts.",
      "I'm tired of repeating this: gloves on the floor.",
      'For future reference, invoices go to accounts.',
      "Please make sure this doesn't happen again.",
    ],
    pass: [
      "As I mentioned at Monday's meeting, I'll be at the district training.",
      'Once again, thank you all for a great season.',
      'As we discussed, the launch moves to May.',
    ],
  },
  detect(s) {
    const part = scoldingPart(s.text);
    if (!part) return [];
    // "How many times do I have to remind you…?" is a loaded question; that rule coaches it.
    const loaded = TABLES['loaded-question/accusing'].first(s.text);
    if (loaded && loaded.start < part[1] && part[0] < loaded.end) return [];
    const [start, end] = toSentenceEnd(s, 0);
    // Drop every scolding phrase in the sentence, not just the first.
    let kept = s.raw.slice(start, part[0]) + s.raw.slice(part[1], end);
    for (let more = scoldingPart(kept), i = 0; more && i < 4; more = scoldingPart(kept), i++)
      kept = kept.slice(0, more[0]) + kept.slice(more[1]);
    const rest = fixI(stripEnd(kept.replace(/\s{2,}/g, ' ')).trim())
      .replace(/^[,:;—–\-\s]+/, '')
      .replace(/^(?:but|and|so|though|that)\s+/i, '');
    let rewrite: string;
    const words = rest
      .toLowerCase()
      .replace(/^(?:please|pls|plz|kindly)\s+/, '')
      .split(/[^a-z'-]+/)
      .filter(Boolean);
    if (
      !/[a-z]{2}/i.test(rest) ||
      /^(?:remind|tell|ask) you\b/i.test(words.join(' ')) ||
      rest.split(/\s+/).length < 3
    ) {
      rewrite = 'Just checking in on this — let me know if anything is in the way.';
    } else if (
      startsImperative(words) ||
      /^(?:please|pls|plz|kindly|(?:can|could|would|will) you)\b/i.test(rest)
    ) {
      rewrite = toRequest(rest, { hasReason: s.explains });
    } else {
      rewrite = `Just flagging again that ${lowerFirst(rest)} — let me know if anything is in the way.`;
    }
    const candidate: Candidate = {
      rule: 'passive-aggressive',
      start,
      end,
      severity: 'warning',
      rewrites: [
        rewrite,
        ...(rewrite.startsWith('Just flagging') ? [`Quick reminder: ${upperFirst(lowerFirst(rest))}.`] : []),
      ],
    };
    return [candidate];
  },
};
