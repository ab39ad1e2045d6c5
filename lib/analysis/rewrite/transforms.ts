/** Sentence transforms shared by the rules' rewrites. All keep every noun, number, date and name. */
import { tagsOf } from '../grammar';

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
  if (ACRONYMS.has(w) || /\d/.test(w) || (w.endsWith('S') && ACRONYMS.has(w.slice(0, -1)))) return true;
  // "IE / FF", "CSS": two capitals, or three without a vowel, that are no English word name a thing.
  // A single capital ("K&R", "plan B") is a name or a label; "I" and "A" are words the callers keep apart.
  if (w.length === 1) return w !== 'I' && w !== 'A';
  return (w.length === 2 || (w.length === 3 && !/[AEIOU]/.test(w))) && !COMMON_SHORT.has(w);
}

/** Capitalises the first letter after leading spaces, quotes or an opening bracket only: "<script>" stays. */
export const upperFirst = (s: string) =>
  s.replace(/^([\s"'“‘(]*)(\p{Ll})/u, (_, p: string, c: string) => p + c.toUpperCase());
export const lowerFirst = (s: string) =>
  s.replace(/^([\W_]*)(\p{Lu})(?![\p{Lu}'\s])/u, (_, p: string, c: string) => p + c.toLowerCase());

/** Drop closing punctuation (and spaces) so a clause can be rebuilt: "Send it by Friday!!" → "Send it by Friday". */
/** A sentence without its end punctuation; "send it by …" keeps its ellipsis, a blank the writer left. */
export const stripEnd = (s: string) => {
  const blank =
    /(?:…|\.{3})\s*$/.test(s) &&
    /\b(?:by|at|on|to|for|from|with|in|until|before|after|of|is|are)\s(?:…|\.{3})\s*$/iu.exec(s);
  return blank ? s.slice(0, blank.index + blank[0].search(/\s/)) + ' …' : s.replace(/[\s.!?…,;:]+$/u, '');
};

/** Two- and three-letter English words, which in capitals are shouting, not acronyms. */
const COMMON_SHORT = new Set(
  `NO GO DO SO UP ME MY WE BE IS IT IN ON AT TO OF OR IF AN AM US HE BY OH HI YES THE AND YOU ARE NOT ALL BUT FOR NOW
  WHY HOW GET OUT CAN DID HAS HAD WAS ONE TWO NEW OLD BIG BAD MAD SAD OUR HIS HER SHE THEY ANY ASK SAY SEE SET PUT
  RUN USE WAY DAY END TOP OFF TOO YET GOT LET NOR OWN WHO WON'T CAN'T DON'T ITS HAVE EVER STOP THIS THAT LOL OMG WTF
  WOW YAY HEY OK DON WON ISN MIS PRE NON`.split(/\s+/),
);

/** "i'm" → "I'm": chat style is fine, but a rewrite is written English. */
export const fixI = (s: string) =>
  s.replace(/((?:https?:\/\/|www\.)\S+|`[^`]*`)|\bi(?=\b|')/g, (m, kept?: string) => kept ?? 'I');

/**
 * A word in capitals that is shouted: an English word ("URGENT", "NEVER", "DON'T"), not an acronym ("CQC"), a
 * name ("ESRI", "TAOCP", "NASDAQ") or "I" and "A".
 */
export function isShout(word: string): boolean {
  if (word.includes('-')) return word.split('-').some((w) => w && isShout(w)); // "MIS-PICKS"
  if (isAcronym(word) || /^[IA](?:['’].*)?$/.test(word)) return false;
  return isWord(word) || isWord(word.replace(/['’]\w*$/, ''));
}

/** One word in capitals is shouted when it is emphasis ("URGENT", "NEVER", "REALLY"), not a name ("DEBUG"). */
function isEmphasis(caps: string): boolean {
  const w = caps.toLowerCase();
  return (
    /ly$|^(?:now|today|tonight|again|ever|always|all|every|only|no|not|must)$/.test(w) ||
    tagsOf(w).some((t) => t === 'Adjective' || t === 'Adverb' || t === 'Negative')
  );
}

function isWord(caps: string): boolean {
  const w = caps.toLowerCase();
  const common = (tags: string[]) => tags.some((t) => !NAME_TAGS.has(t));
  return common(tagsOf(w)) || common(tagsOf(w.replace(/(?:s|es|ed|ing|ly)$/, '')));
}
const NAME_TAGS = new Set([
  'Organization',
  'Place',
  'Country',
  'City',
  'Region',
  'Person',
  'FirstName',
  'LastName',
]);

/** Lowercases shouted words (keeping acronyms) and collapses "!!" and "?!". */
export function calm(s: string): string {
  // URLs, addresses and `code` keep their case: split them out, calm the rest.
  const parts = s.split(/((?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`]+`)/);
  if (parts.length > 1) return parts.map((p, i) => (i % 2 ? p : calm(p))).join('');
  // Shouting is a run of capitalised words, or one long one ("URGENT"); a lone short one ("CQC") is an acronym.
  const out = s.replace(/\b[A-Z][A-Z'-]*\b(?:[\s,&/-]+\b[A-Z][A-Z'-]*\b)*/g, (run, offset: number) => {
    const words = run.split(/[\s,&/-]+/).filter(Boolean);
    const loud = words.filter(isShout);
    const lone =
      loud.length === 1 &&
      (words.length >= 3 ||
        (loud[0]!.length >= 3 && isEmphasis(loud[0]!)) ||
        // "Please STOP", "could you READ the brief": the verb of a request, in capitals.
        /(?:^|\b(?:please|pls|you|u)\s+)$/i.test(s.slice(0, offset)));
    if (loud.length < 2 && !lone) return run;
    // "WHY WHY WHY": a word shouted again and again is said once.
    return run
      .replace(/\b([A-Z][A-Z'-]*)(?:\s+\1\b)+/g, '$1')
      .replace(/\b[A-Z][A-Z'-]*\b/g, (w, i: number) =>
        !isShout(w) || (w.length === 1 && offset + i === 0) ? w : w.toLowerCase(),
      );
  });
  return out.replace(/!{2,}/g, '!').replace(/[!?]*\?![!?]*|!\?/g, '?');
}
