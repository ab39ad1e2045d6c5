import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { gerund } from './forms';
import { contrastQuestion, openForm, pastWhyNot, sarcasticOrder, splitSubject } from './questions';

const ROWS: Array<[string, string | null]> = [
  [
    'Why is your code stored in a `.cpp` (C++) file, while the question is about C?',
    'Could you tell me why your code is stored in a `.cpp` (C++) file, while the question is about C?',
  ],
  [
    'Why are you not using `use strict; use warnings;`?',
    'Could you tell me why you are not using `use strict; use warnings;`?',
  ],
  [
    "Why can't your second snippet just `return result`?",
    "Could you tell me why your second snippet can't just `return result`?",
  ],
  [
    'Why would your application need such a structure?',
    'Could you tell me why your application would need such a structure?',
  ],
  ['And why did you say poorly implementing?', 'Could you tell me why you said poorly implementing?'],
  ['Why does it store the number as text?', 'Could you tell me why it stores the number as text?'],
  ['Why are your gradients 1024x768?', 'Could you tell me why your gradients are 1024x768?'],
  [
    'How come you have a need to to_str on a name?',
    'Could you tell me why you have a need to to_str on a name?',
  ],
  ["Isn't that AutoDesk's job?", "Is that AutoDesk's job?"],
  [
    'Did you not get any advice from the teacher on how to proceed?',
    'Did you get any advice from the teacher on how to proceed?',
  ],
  [
    "You do realise the snippet won't compile without the `Config` class, right?",
    "Note that the snippet won't compile without the `Config` class.",
  ],
  // No open form by grammar alone: the writer asking themself, a "see why" aside, a bare noun question.
  ['Why would I pick a dynamic language?', null],
  ['(but u do see why u need to learn c right?)', null],
  ['Are you for real?', null],
];

describe('open form of a loaded question', () => {
  it('has at least ten rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(10));
  it.each(ROWS)('%j', (question, open) => {
    expect(openForm(question)).toBe(open);
    // What it offers is not loaded itself.
    if (open) expect(analyse(open).findings.map((f) => f.rule)).not.toContain('loaded-question');
  });
  it('splits a subject from what is said of it', () => {
    expect(splitSubject('your `i` loop going from 1')).toEqual(['your `i` loop', 'going from 1']);
    expect(splitSubject('you so reluctant')).toEqual(['you', 'so reluctant']);
    expect(splitSubject('magic')).toBeNull();
  });
});

describe('conditional contrast questions', () => {
  it.each([
    [
      "If you can mail a letter, why can't you e-mail one?",
      'What makes e-mailing one harder than mailing a letter?',
    ],
    [
      "If you could find time for lunch, why couldn't you find time for the report?",
      'What made finding time for the report harder than finding time for lunch?',
    ],
    ["If I can do it, why can't you?", 'What makes doing it harder for you than for me?'],
    ["If it works on your machine, why doesn't it work on the server?", null],
    ['Why would you do that?', null],
  ])('%j', (q, open) => expect(contrastQuestion(q, gerund)).toBe(open));

  it('asks what got in the way of what was not done', () => {
    expect(pastWhyNot("why didn't you say so?", gerund)).toBe('What got in the way of saying so?');
    expect(pastWhyNot("Why wouldn't you use GET?", gerund)).toBeNull();
  });
});

describe('sarcastic orders put as questions', () => {
  it.each([
    [
      'Show up late and expect to be paid for the full shift?',
      'If you show up late, would you expect to be paid for the full shift?',
    ],
    [
      'Ignore the style guide and hope nobody notices?',
      'What would you expect to happen if you ignore the style guide?',
    ],
    ['Send the report to Priya?', null],
  ])('%j', (q, open) => expect(sarcasticOrder(q)).toBe(open));
});
