import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { openForm, splitSubject } from './questions';

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
