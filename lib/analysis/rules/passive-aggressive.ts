import { startsImperative } from '../grammar';
import { TABLES } from '../patterns';
import { fixI, lowerFirst, stripEnd, toRequest, upperFirst } from '../rewrite/transforms';
import { toSentenceEnd, type Candidate, type Rule } from './rule';

const PHRASES =
  /\b(?:(?:as )?per my (?:last|previous|earlier|prior) (?:email|e-mail|message|note|mail|reply)|as (?:I|we)(?:'ve| have)? (?:already |previously |clearly |repeatedly )(?:said|mentioned|stated|explained|noted|told you|asked|pointed out)|as I(?:'ve| have) (?:said|told you|explained|mentioned) (?:before|multiple times|many times|several times|a few times|repeatedly)|as I said (?:before|earlier|already|last week|yesterday)|like I (?:already )?said|as (?:previously|already|clearly) (?:stated|mentioned|discussed|noted|said|communicated|explained)|as stated (?:above|below|previously|before)|as you (?:should|ought to) (?:already |all )?(?:know|be aware)|(?:just a )?(?:friendly|gentle) reminder|as (?:(?:I|we)(?:'ve| have)? )?(?:mentioned|said|stated|explained|noted|pointed out|told you|discussed)(?: [\w']+){0,4}? (?:before|previously|already|several times|multiple times|many times|repeatedly|more than once|twice|a few times|countless times)|(?:this is the |that's the )?(?:second|third|fourth|fifth|umpteenth|nth) time (?:I've |I have |I'm |I am )?(?:asking|asked|raising|raised|mentioning|mentioned|reminding|chasing)(?: \w+)?|I'm (?:tired|sick) of (?:repeating|saying|asking|reminding|chasing|telling)|not sure why [^.?!]{0,60}?(?:is|are) still|not sure why [^.?!]{0,60}?(?:so hard|so difficult|such a mess|so complicated)|why (?:is|are) (?:this|these|that|it) still|for the (?:last|final|third|fourth|fifth|hundredth|umpteenth) time|(?<!(?:thank you|thanks|thank u|congrats|congratulations|you've|you have) )once again(?!,? (?:thank|thanks|congrat|great|well done|nice|amazing|you (?:nailed|crushed|did|saved|came through|pulled))|,? you(?:'ve| have) (?:pulled|saved|nailed|smashed|crushed|delivered|outdone|come through|stepped up|made|done it))|yet again|I (?:really )?shouldn't (?:have|need) to|I (?:really )?should not (?:have|need) to|as you(?:'re| are) (?:well|fully|no doubt) aware|as you well know|(?:mentioned|said|told you|raised|asked|explained) (?:this |that |it )?(?:more than once|several times|multiple times|repeatedly|again and again|over and over)|(?:keep|keeps) repeating myself|as I told you\b|for future reference|(?:make sure|ensure) (?:this|it) (?:doesn't|does not|never) happens? again|I'm sure you(?:'re| are) (?:aware|well aware)|I'm sure you know|not sure if you (?:saw|got|read) (?:my|the) (?:last |previous )?(?:email|message|note|memo)|sorry if (?:you found me|I was|that was|I wasn't|you were) (?:unclear|confusing|confused|offended|clear enough)|sorry you feel that way|in case you missed (?:it|my)|I(?:'ve| have) told you (?:this |that )?(?:before|already|twice|more than once|several times)|as you(?:'ve| have) been told|not sure what(?:'s| is) (?:unclear|confusing|hard|difficult) about|(?:not going to |won't )repeat myself|as (?:I|we)(?:'ve| have)? (?:said|mentioned|pointed out|explained|stated) (?:at|in) every\b|as I (?:said|mentioned|stated|explained) in my (?:last|previous|earlier) (?:message|email|e-mail|note)|as I (?:said|mentioned|explained) (?:at|in) the last (?:two|three|few|several|\d+) \w+|as you (?:should|ought to) all know|not sure why this is so (?:hard|difficult|complicated)|how (?:many|often) times do I have to|I(?:'ve| have) (?:already )?asked (?:you )?(?:twice|three times|several times|multiple times|repeatedly|more than once)|did you (?:even )?(?:read|see|get) my (?:last |previous |earlier )?(?:email|e-mail|message|note)|I(?:'ve| have) already (?:explained|said|told you|covered) (?:this|that)|(?:explained|told you|said) (?:this |that )?(?:twice|three times|multiple times|several times|more than once))\b/i;

/** The scolding phrase plus what hangs off it up to its comma ("As I already said at Monday's meeting,"). */
function scoldingPart(text: string): [number, number] | undefined {
  const m = PHRASES.exec(text);
  if (!m) return undefined;
  let end = m.index + m[0].length;
  const comma = /^[^,.;!?]{0,40},\s*/.exec(text.slice(end));
  if (m.index === 0 || /^\W*$/.test(text.slice(0, m.index))) end += comma?.[0].length ?? 0;
  else end += /^,/.test(text.slice(end)) ? 1 : 0;
  return [m.index, end];
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
