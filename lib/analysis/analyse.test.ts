import { describe, expect, it } from 'vitest';
import { analyse, createAnalyser, rewriteMessage } from './index';

const rulesOf = (text: string) => [...new Set(analyse(text).findings.map((f) => f.rule))].sort();

describe('analyse: real drafts', () => {
  it.each([
    ['greeting and sign-off are not orders', 'Hi Sam,\n\nThanks for the notes.\n\nBest,\nDana', []],
    [
      'quoted reply is skipped',
      'Sounds good.\n\nOn Mon, 3 Mar 2025, Raj wrote:\n> Send it TODAY, NO EXCUSES.',
      [],
    ],
    ['> lines are skipped', 'Done!\n> per my last email, fix it ASAP', []],
    ['signature is skipped', 'All sorted.\n-- \nPer my last email, NO EXCUSES', []],
    [
      'URLs and e-mail addresses are not words',
      'FYI the doc is at https://EXAMPLE.COM/PLEASE-READ and ops@acme.com',
      [],
    ],
    ['@mention before an order', '@jess send me the deck before lunch', ['bare-command']],
    ['code spans are skipped', 'The flag is `STOP NOW ASAP` in the config.', []],
    ['smart quotes', 'I don’t care what you had planned.', ['dismissive']],
    ['lowercase chat', 'get the endcap reset done by EOD', ['bare-command', 'urgency']],
    ['list items', 'Two things:\n- Update the tracker.\n- Email the vendor.', ['bare-command']],
    ['emoji', 'great job everyone 🎉🎉 THANK YOU SO MUCH', ['shouting']],
  ])('%s', (_, text, rules) => {
    expect(rulesOf(text)).toEqual(rules);
  });

  it('offsets point into the original text, after skipped parts and astral characters', () => {
    const text = '🎉 Quick one.\n\nOn Tue, Ana wrote:\n> hello\n';
    const draft = `👋🏽 Hi!\n\nSend me the report by Friday.\n\n${text}`;
    const [f] = analyse(draft).findings;
    expect(f?.rule).toBe('bare-command');
    expect(draft.slice(f!.start, f!.end)).toBe('Send me the report by Friday.');
    expect(f!.text).toBe('Send me the report by Friday.');
  });
});

describe('analyse: labels', () => {
  it.each([
    ['Thanks for staying late on Wednesday, it made all the difference.', 'no-ask'],
    ['Send me the report by Friday.', 'process-only'],
    ['Could you send me the report by Friday, so finance can close the month?', 'people-aware'],
    ['Send me the report by Friday. Does that work for you?', 'people-aware'],
    // A stock closer is not an invitation to weigh in on the decision.
    ['From now on, stand-ups are moved to 8am. Let me know if you have any questions.', 'process-only'],
    ['From now on, stand-ups are moved to 8am. Let me know if you have any concerns.', 'people-aware'],
    ['Please update the tracker by noon, because the client call is at 1. Deal with it.', 'process-only'],
  ] as const)('%j → %s', (text, label) => {
    expect(analyse(text).label).toBe(label);
  });

  it('scores a people-aware message above a process-only one', () => {
    const bossy = analyse('Send me the report by Friday. No excuses.').score;
    const kind = analyse(
      'Could you send me the report by Friday, so finance can close? Thanks — how can I help?',
    ).score;
    expect(kind).toBeGreaterThan(bossy);
    expect(bossy).toBeGreaterThanOrEqual(0);
    expect(kind).toBeLessThanOrEqual(100);
  });
});

describe('analyse: options and limits', () => {
  it('drops disabled rules and hints below the chosen severity', () => {
    const text = 'Could you send the figures? You need to fix the build.';
    expect(rulesOf(text)).toEqual(['bare-command', 'obligation']);
    expect(analyse(text, { disabledRules: ['obligation'] }).findings.map((f) => f.rule)).toEqual([
      'bare-command',
    ]);
    expect(analyse(text, { minSeverity: 'warning' }).findings.map((f) => f.rule)).toEqual(['obligation']);
  });

  it('skips ignore ranges given by a site adapter', () => {
    const text = 'Looks good.\nSend it NOW ASAP.';
    expect(analyse(text, { ignore: [[12, text.length]] }).findings).toEqual([]);
  });

  it('does not coach non-English text, and says so', () => {
    const a = analyse('Hola equipo, necesito que terminen el informe para el viernes sin falta, por favor.');
    expect(a.language).toBe('other');
    expect(a.findings).toEqual([]);
    expect(a.notice).toMatch(/English/);
  });

  it('returns a partial result within the time budget on a 1 MB draft', () => {
    const big = Array.from(
      { length: 20_000 },
      (_, i) => `Send me the ${i} numbers by Friday. Client ${i} waits. `,
    ).join('');
    expect(big.length).toBeGreaterThan(1_000_000);
    const t0 = performance.now();
    const a = analyse(big, { timeBudgetMs: 300 });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(a.partial).toBe(true);
    expect(a.findings.length).toBeGreaterThan(0);
  });

  it('never throws on odd input', () => {
    for (const t of [
      '',
      ' ',
      '\n\n\n',
      '???!!!',
      '\u200b\u202e',
      'a'.repeat(50_000),
      '\ud83d',
      '<script>alert(1)</script>',
    ])
      expect(() => analyse(t)).not.toThrow();
  });
});

describe('createAnalyser', () => {
  it('gives the same result as a full analysis after every edit', () => {
    const analyser = createAnalyser();
    let text = 'Hi team,\n\nSend me the report by Friday. Thanks!';
    for (const edit of [' You need to fix the build.', ' Because the client asked.', ' ASAP']) {
      text += edit;
      expect(analyser.update(text)).toEqual(analyse(text));
    }
  });
});

describe('rewriteMessage', () => {
  it('applies the first rewrite of every finding, back to front', () => {
    const text = 'Send me the report by Friday. Per my last email, the deadline is Friday.';
    const out = rewriteMessage(text, analyse(text))!;
    expect(out).toContain('Could you send me the report by Friday, so that [reason]?');
    expect(out).not.toMatch(/per my last email/i);
    // The blank left is its own finding until filled; the polite request may stay a hint.
    expect(
      analyse(out).findings.filter((f) => f.rule !== 'bare-command' && f.rule !== 'unfilled-slot'),
    ).toEqual([]);
  });

  it('capitalises a rewrite only after leading quotes or brackets, never inside markup-like text', () => {
    const rewrites = (text: string) => analyse(text).findings.flatMap((f) => f.rewrites);
    const markup = rewrites('Please <script>send it</script> by Friday.');
    expect(markup.some((r) => r.includes('<script>send it</script> by Friday'))).toBe(true);
    expect(markup.join('\n')).not.toContain('<Script>');
    expect(
      rewrites('Per my last email, <script>x=2</script> the deadline is Friday.').join('\n'),
    ).not.toContain('<Script>');
    expect(rewrites('(send me the report by Friday.)')).toContain(
      '(Could you send me the report by Friday, so that [reason]?)',
    );
    expect(rewrites('"send me the report by Friday."')).toContain(
      '"Could you send me the report by Friday, so that [reason]?"',
    );
  });
});

describe('rewriteMessage with overlapping findings', () => {
  it('prefers the rewrite of the whole order over the phrase inside it', () => {
    const text = 'pls send me the grant budget spreadsheet asap';
    const out = rewriteMessage(text, analyse(text));
    expect(out).toBe('Could you send me the grant budget spreadsheet asap, so that [reason]?');
  });
});

describe('a reason from the next sentence (principle 3)', () => {
  const first = (text: string) => analyse(text).findings[0]!;
  it('is tied in from the same paragraph', () => {
    const f = first('Send me the report by Friday. The auditors arrive on Monday.');
    expect(f.rewrites[0]).toContain('since the auditors arrive on Monday');
  });
  it('is not taken from the next paragraph, which is another thought', () => {
    const f = first('Send me the report by Friday.\n\nNotes from the call are in the doc.');
    expect(f.text).toBe('Send me the report by Friday.');
    expect(f.rewrites[0]).not.toContain('Notes');
  });
});
