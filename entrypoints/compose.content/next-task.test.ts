import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task';

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('nextTask', () => {
  it('runs the function in a later task, not synchronously', async () => {
    const order: string[] = [];
    nextTask(() => order.push('task'));
    order.push('now');
    await Promise.resolve();
    order.push('microtask');
    await settle();
    expect(order).toEqual(['now', 'microtask', 'task']);
  });

  it('does not run a cancelled function', async () => {
    let ran = 0;
    const cancel = nextTask(() => ran++);
    cancel();
    await settle();
    expect(ran).toBe(0);
  });
});
