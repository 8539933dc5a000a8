// How Counter talks to a payment gateway. The built-in manual provider records what staff did
// outside Counter (card terminal, bank transfer); a gateway plugin implements the same contract.

export interface GatewayRequest {
  orderId: number;
  amountCents: number;
  currency: string;
}

export type GatewayResult = { ok: true; reference?: string } | { ok: false; error: string };

export interface PaymentProvider {
  name: string;
  capture(request: GatewayRequest): Promise<GatewayResult>;
  refund(request: GatewayRequest): Promise<GatewayResult>;
  void(request: GatewayRequest): Promise<GatewayResult>;
}

export const manualProvider: PaymentProvider = {
  name: 'manual',
  capture: async () => ({ ok: true }),
  refund: async () => ({ ok: true }),
  void: async () => ({ ok: true }),
};
