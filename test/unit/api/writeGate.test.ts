import { describe, expect, it } from 'vitest';
import { WriteGate } from '../../../main/api/writeGate';

describe('the write gate', () => {
  it('is held by one job at a time, in the order they asked', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const first = await gate.acquire();
    const second = gate.acquire().then((release) => {
      order.push('second');
      return release;
    });
    const third = gate.acquire().then((release) => {
      order.push('third');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    expect(gate.open).toBe(true);
  });

  it('lets a write through at once when open, and after the holder when held', async () => {
    const gate = new WriteGate();
    await gate.whenOpen();
    const release = await gate.acquire();
    let through = false;
    const waiting = gate.whenOpen().then(() => {
      through = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(through).toBe(false);
    release();
    await waiting;
    expect(through).toBe(true);
  });
});
