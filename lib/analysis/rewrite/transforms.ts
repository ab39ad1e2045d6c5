/** Sentence transforms shared by the rules' rewrites. All keep every noun, number, date and name. */

const ACRONYMS = new Set(
  `ASAP OS EOD EOW COB FYI PDF KPI KPIS OKR OKRS ETA HR IT CEO CFO CTO COO VP SVP EVP PM AM QA UX UI API APIS ICU EHR ERP RF
  PTA PTO ID OK TBD USA US UK EU NYC LA SF SLA ROI CRM SOP OOO WFH ER OR RN MD CNA POS SKU FAQ URL CSV AI ML GPU IPO LLC
  INC DM PR PRS CI CD AWS GCP SQL JSON HTML CSS JS TS IOS RSVP BTW TBH IMO NDA MVP B2B B2C NB PS CC BCC RE FW FWD IRL
  NASA FBI IRS DMV NHS GP CPR EMT ICU OT PT TV PC IQ ASL NA N/A EST PST CST GMT UTC CET BST Q1 Q2 Q3 Q4 H1 H2 FY YTD
  MTD ADA OSHA GDPR HIPAA SOC KYC AML ACH P&L PO SOW RFP RFQ LOI MOU SMS MMS QR USB HDMI VPN PIN SSN DOB`.split(
    /\s+/,
  ),
);

export function isAcronym(word: string): boolean {
  const w = word.replace(/[^A-Za-z0-9&/]/g, '').toUpperCase();
  return ACRONYMS.has(w) || /\d/.test(w) || (w.endsWith('S') && ACRONYMS.has(w.slice(0, -1)));
}

/** Capitalises the first letter after leading spaces, quotes or an opening bracket only: "<script>" stays. */
export const upperFirst = (s: string) =>
  s.replace(/^([\s"'“‘(]*)(\p{Ll})/u, (_, p: string, c: string) => p + c.toUpperCase());
export const lowerFirst = (s: string) =>
  s.replace(/^(\W*)(\p{Lu})(?![\p{Lu}'\s])/u, (_, p: string, c: string) => p + c.toLowerCase());

/** Drop closing punctuation (and spaces) so a clause can be rebuilt: "Send it by Friday!!" → "Send it by Friday". */
export const stripEnd = (s: string) => s.replace(/[\s.!?…,;:]+$/u, '');

/** "i'm" → "I'm": chat style is fine, but a rewrite is written English. */
export const fixI = (s: string) =>
  s.replace(/((?:https?:\/\/|www\.)\S+)|\bi(?=\b|')/g, (m, url?: string) => url ?? 'I');

/** Lowercases shouted words (keeping acronyms) and collapses "!!" and "?!". */
export function calm(s: string): string {
  // URLs and addresses keep their case: split them out, calm the rest.
  const parts = s.split(/((?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/);
  if (parts.length > 1) return parts.map((p, i) => (i % 2 ? p : calm(p))).join('');
  // Shouting is a run of capitalised words, or one long one ("URGENT"); a lone short one ("CQC") is an acronym.
  const out = s.replace(/\b[A-Z][A-Z'-]*\b(?:[\s,&/-]+\b[A-Z][A-Z'-]*\b)*/g, (run, offset: number) => {
    const words = run.split(/[\s,&/-]+/).filter(Boolean);
    const loud = words.filter((w) => !isAcronym(w) && w !== 'I' && w !== 'A');
    if (loud.length < 2 && !(loud.length === 1 && (words.length >= 3 || loud[0]!.length >= 5))) return run;
    return run.replace(/\b[A-Z][A-Z'-]*\b/g, (w, i: number) =>
      isAcronym(w) || w === 'I' || (w.length === 1 && offset + i === 0) ? w : w.toLowerCase(),
    );
  });
  return out.replace(/!{2,}/g, '!').replace(/[!?]*\?![!?]*|!\?/g, '?');
}

const SOFTENERS = /^(?:(?:please|pls|plz|kindly|just|also|and|then|so|ok|okay|now|quickly|again)\b,?\s+)+/i;
const ASK_PREFIX = /^(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?/i;
const TRAILING_PLEASE = /,?\s+(?:please|pls|plz|thanks|thx|ty)$/i;

/** The verb phrase of a command, without softeners or "can you": "pls send me X asap" → "send me X asap". */
export function verbPhrase(clause: string): string {
  let s = stripEnd(calm(clause.trim()));
  for (let i = 0; i < 3; i++)
    s = s.replace(SOFTENERS, '').replace(ASK_PREFIX, '').replace(TRAILING_PLEASE, '');
  return fixI(lowerFirst(s));
}

/**
 * "Move the files by Monday." → "Could you move the files by Monday, so that [reason]?"
 * `subject` lets group obligations stay addressed ("Could everyone…"); `hasReason` skips the slot.
 */
export function toRequest(
  phrase: string,
  opts: { hasReason: boolean; subject?: string; midSentence?: boolean },
): string {
  // "Don't be late" → "Could you try not to be late".
  const body = verbPhrase(phrase)
    .replace(/^(?:don't|do not)\s+/i, 'try not to ')
    .replace(/^never\s+/i, 'try never to ')
    .replace(/\b(and|or)\s+(?:don't|do not)\s+/gi, '$1 not ');
  const out = `Could ${opts.subject ?? 'you'} ${body}${opts.hasReason ? '' : ', so that [reason]'}?`;
  return opts.midSentence ? lowerFirst(out) : out;
}

const WHEN = new RegExp(
  [
    String.raw`\b(?:by|before|until|no later than)\s+((?:next |this )?(?:monday|tuesday|wednesday|thursda`,
    String.raw`y|friday|saturday|sunday|tomorrow(?: morning| afternoon)?|tonight|today|noon|midnight|eod|`,
    String.raw`cob|end of (?:the )?(?:day|week|month)|the end of (?:the )?(?:day|week|month)|\d{1,2}(?::\d`,
    String.raw`\d)?\s*(?:am|pm)?|the \d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|no`,
    String.raw`v|dec)\w* \d{1,2}(?:st|nd|rd|th)?))`,
  ].join(''),
  'i',
);

/** A feasibility question that fits the request: "Does Friday work for you?" */
export function feasibilityQuestion(phrase: string): string {
  const when = WHEN.exec(phrase)?.[1];
  return when ? `Does ${when.replace(/^the end/i, 'the end')} work for you?` : 'Does that work for you?';
}

/** Replace s.slice(start, end) with `by`. */
export const splice = (s: string, start: number, end: number, by: string) =>
  s.slice(0, start) + by + s.slice(end);
