/** Time, passed in so tests can stop it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// "Today in China" is the domain's shanghaiDate(clock.now()) (periods/shanghai-calendar.ts).
