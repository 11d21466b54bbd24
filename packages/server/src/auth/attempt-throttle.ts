/**
 * How guessing is slowed down: each key (an account seen from an address, an address) gets a few
 * free attempts, then every further attempt doubles the wait before the next one, up to a cap.
 * Attempts made while waiting are refused without being counted, so an attacker can never renew a
 * block for ever, and nothing is keyed on the account alone: the owner, from another address,
 * is never locked out by someone else's guesses.
 */
export type ThrottlePolicy = {
  /** Attempts allowed before the first wait. */
  freeAttempts: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key that saw no attempt for this long starts again from zero. */
  forgetAfterSeconds: number;
  /** What a successful attempt does: forget the key, or give back the attempt it took. */
  onSuccess: 'forget' | 'give_back' | 'keep';
};

export type Throttles = {
  logInPerAccountAndAddress: ThrottlePolicy;
  logInPerAddress: ThrottlePolicy;
  signUpPerAddress: ThrottlePolicy;
};

/**
 * - Log-in, per (email, address): 5 tries, then 1 s, 2 s, 4 s … up to 15 min between tries.
 * - Log-in, per address (a whole shop behind one router): 30 failures an hour, then the same.
 * - Owner sign-up, per address (each one costs a password hash and creates a business): 5, then
 *   1 min, 2 min … up to 1 h.
 */
export const DEFAULT_THROTTLES: Throttles = {
  logInPerAccountAndAddress: {
    freeAttempts: 5,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetAfterSeconds: 3_600,
    onSuccess: 'forget',
  },
  logInPerAddress: {
    freeAttempts: 30,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetAfterSeconds: 3_600,
    onSuccess: 'give_back',
  },
  signUpPerAddress: {
    freeAttempts: 5,
    firstDelaySeconds: 60,
    maxDelaySeconds: 3_600,
    forgetAfterSeconds: 24 * 3_600,
    onSuccess: 'keep',
  },
};

/**
 * The wait, in seconds, imposed after the `attempts`-th attempt.
 * @example delaySeconds(5, DEFAULT_THROTTLES.logInPerAccountAndAddress) // 1 (then 2, 4, …)
 */
export function delaySeconds(attempts: number, policy: ThrottlePolicy): number {
  const beyond = attempts - policy.freeAttempts;
  if (beyond < 0) return 0;
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** Math.min(beyond, 30));
}

/** The state of one key after one more attempt at `nowMs`, given its state before. */
export function afterAttempt(
  before: { attempts: number; lastAttemptMs: number },
  policy: ThrottlePolicy,
  nowMs: number,
): { attempts: number; blockedUntilMs: number | null } {
  const quiet = nowMs - before.lastAttemptMs > policy.forgetAfterSeconds * 1000;
  const attempts = (quiet ? 0 : before.attempts) + 1;
  const delay = delaySeconds(attempts, policy);
  return { attempts, blockedUntilMs: delay > 0 ? nowMs + delay * 1000 : null };
}
