// Typed refusals: each carries a message a shop manager understands and the HTTP status an API caller gets.

export class ShopError extends Error {
  constructor(message: string, readonly status = 409) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input itself is wrong (negative amount, unknown line…): 422. */
export class InvalidInput extends ShopError {
  constructor(message: string) {
    super(message, 422);
  }
}

export class NotFound extends ShopError {
  constructor(message: string) {
    super(message, 404);
  }
}

/** The shop's state forbids it (already fulfilled, nothing captured…): 409. */
export class Refused extends ShopError {}

/** Same idempotency key, different request (Stripe's rule). */
export class IdempotencyKeyReused extends ShopError {
  constructor() {
    super('This idempotency key was already used for a different request.', 422);
  }
}
