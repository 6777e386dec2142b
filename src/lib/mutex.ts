/** A first-in, first-out lock: one holder at a time, the others wait their turn. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;
  #held = false;

  /** Waits for the lock and returns the function that releases it. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = () => {
        this.#held = false;
        resolve();
      };
    });
    this.#waiting++;
    const turn = this.#tail.then(() => {
      this.#waiting--;
      this.#held = true;
      return release;
    });
    this.#tail = this.#tail.then(() => held);
    return turn;
  }

  /** For the metrics: whether someone holds the lock and how many wait for it. */
  get state(): { held: boolean; waiting: number } {
    return { held: this.#held, waiting: this.#waiting };
  }
}
